package app.debrief.ui.loop;

import app.debrief.bank.FollowUpPrompt;
import app.debrief.bank.Prompt;
import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;
import app.debrief.practice.Interviewer;
import app.debrief.store.Attempt;
import app.debrief.store.LoopSitting;
import app.debrief.store.PhaseTime;
import app.debrief.ui.answer.AnswerViewModel;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A round of a loop, or its follow-up: a mock answer (the answer screen's own flow) whose clock the
 * loop also saves every second. The round's hand-in has the interviewer ask one follow-up, chosen
 * from the gaps and timed as a mock on its own budget; the follow-up's hand-in (or the round's, when
 * there is no follow-up to ask) moves the loop on instead of showing feedback.
 */
public final class RoundViewModel {

    /** A loop's round has one follow-up, as a real round has time for (outside loops the interviewer asks up to two). */
    static final int FOLLOW_UPS = 1;

    private final UiServices services;
    private final Navigator navigator;
    private final LoopSitting sitting;
    private final Attempt attempt;
    private final boolean followUp;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StageClock clock;
    private boolean handedIn;

    public RoundViewModel(UiServices services, Navigator navigator, LoopSitting sitting, Attempt attempt) {
        this.services = services;
        this.navigator = navigator;
        this.sitting = sitting;
        this.attempt = attempt;
        this.followUp = FollowUpPrompt.is(attempt.prompt());
        this.clock = new StageClock(services, sitting.id(), sitting.round(), attempt.id(), attempt.elapsedMillis());
    }

    /**
     * The interviewer of the sitting's current round: one follow-up, whose answer starts with the
     * round's clock set back to zero for it (in the same transaction). Blocks on the store, as its calls do.
     */
    static Interviewer interviewer(UiServices services, LoopSitting sitting) {
        return new Interviewer(services.store(), FOLLOW_UPS, (mainId, f, reason, at) ->
                services.store().loops().askFollowUp(sitting.id(), sitting.round(), mainId, f, reason, at));
    }

    /** How the answer screen interviews in a round: the round's interviewer, and no reason shown (it is feedback). */
    public AnswerViewModel.Interviewing interviewing() {
        return new AnswerViewModel.Interviewing(interviewer(services, sitting), false);
    }

    /** True when this is the round's follow-up, not its own answer. */
    public boolean followUp() {
        return followUp;
    }

    /**
     * The attempt as the loop resumes it: the round's clock is the later of the draft's and the
     * loop's own (saved every second), the difference going to the phase it was in.
     */
    static Attempt resumed(Attempt a, long loopMillis) {
        if (loopMillis <= a.elapsedMillis()) {
            return a;
        }
        List<PhaseTime> phases = new ArrayList<>(a.phaseTimes());
        long gap = loopMillis - a.elapsedMillis();
        if (phases.isEmpty()) {
            phases.add(new PhaseTime(a.prompt().phases().isEmpty() ? "Answer" : a.prompt().phases().get(0).name(), gap));
        } else {
            PhaseTime last = phases.remove(phases.size() - 1);
            phases.add(new PhaseTime(last.phase(), last.millis() + gap));
        }
        return new Attempt(a.id(), a.prompt(), a.mode(), a.status(), a.startedAt(), a.submittedAt(), loopMillis, phases, a.answer(),
                a.words(), a.updatedAt());
    }

    public Attempt attempt() {
        return attempt;
    }

    /** "PMM onsite · Round 2 of 4 · Battle card", then " · follow-up" for its follow-up: what the strip above the answer says. */
    public String heading() {
        Prompt p = sitting.current().prompt();
        String kind = services.bank().kind(p.kind()).map(PromptKind::label).orElse(p.kind());
        return sitting.title() + " \u00b7 Round " + sitting.round() + " of " + sitting.rounds().size() + " \u00b7 " + kind
                + (followUp ? " \u00b7 follow-up" : "");
    }

    public Track track() {
        return sitting.track();
    }

    /** The navigator the answer screen uses: its hand-in goes on with the loop. */
    public Navigator answerNavigator() {
        return new Navigator() {
            public void home() {
                navigator.home();
            }

            public void pick(Track track) {
                navigator.pick(track);
            }

            public void practise(Prompt prompt) {
                navigator.practise(prompt);
            }

            public void answer(Attempt a) {
                followUpAsked();
            }

            public void feedback(long attemptId) {
                handedIn(attemptId);
            }

            public void debrief(long attemptId, java.util.Optional<app.debrief.practice.ChosenFollowUp> offer) {
                handedIn(attemptId);
            }

            public void history() {
                navigator.history();
            }

            public void compare(long first, long second) {
                navigator.compare(first, second);
            }

            public void progress() {
                navigator.progress();
            }

            public void loop(long sittingId) {
                navigator.loop(sittingId);
            }
        };
    }

    /** The round's screen is up and its clock runs. */
    public void shown() {
        clock.start();
    }

    /** Called a few times a second: saves the round's clock once a second has passed. */
    public void tick() {
        if (!handedIn) {
            clock.tick(message::set);
        }
    }

    /** The window is closing: the round's clock is saved now. */
    public void closing() {
        if (!handedIn) {
            clock.stop();
        }
    }

    /** The round is left for now (to resume from Home): its clock is saved where it is. */
    public void leaving() {
        if (!handedIn) {
            clock.leave(message::set);
        }
    }

    /** The round's answer is in and its follow-up was asked (and started): the loop shows it, under the round's strip. */
    private void followUpAsked() {
        if (handedIn) {
            return;
        }
        handedIn = true;
        clock.halt();
        navigator.loop(sitting.id());
    }

    /** The round is over (its follow-up's answer is in, or its own with no follow-up to ask): on to the break or the grading. */
    private void handedIn(long attemptId) {
        if (handedIn) {
            return;
        }
        handedIn = true;
        clock.halt();
        services.executor().run(() -> services.store().loops().roundHandedIn(sitting.id(), sitting.round(), Instant.now(services.clock())),
                next -> navigator.loop(next.id()),
                e -> message.set("The loop could not move on: " + e.getMessage() + ". Your answer is kept; resume the loop from Home."));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
