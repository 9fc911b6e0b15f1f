package app.debrief.ui.loop;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;
import app.debrief.store.Attempt;
import app.debrief.store.LoopSitting;
import app.debrief.store.LoopStage;
import app.debrief.store.PhaseTime;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A round of a loop: a mock answer (the answer screen's own flow) whose clock the loop also saves
 * every second, and whose hand-in moves the loop on instead of showing feedback.
 *
 * <p>The follow-up seam: when follow-ups land, {@link #handedIn} is the one place where a round's
 * follow-up would be asked (as a mock, before the loop moves on).
 */
public final class RoundViewModel {

    private final UiServices services;
    private final Navigator navigator;
    private final LoopSitting sitting;
    private final Attempt attempt;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StageClock clock;
    private boolean handedIn;

    public RoundViewModel(UiServices services, Navigator navigator, LoopSitting sitting, Attempt attempt) {
        this.services = services;
        this.navigator = navigator;
        this.sitting = sitting;
        this.attempt = attempt;
        this.clock = new StageClock(services, sitting.id(), LoopStage.ROUND, sitting.round(), attempt.elapsedMillis());
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

    /** "Round 2 of 4 · Battle card · 25 minutes": what the strip above the answer says. */
    public String heading() {
        Prompt p = attempt.prompt();
        String kind = services.bank().kind(p.kind()).map(PromptKind::label).orElse(p.kind());
        return sitting.title() + " \u00b7 Round " + sitting.round() + " of " + sitting.rounds().size() + " \u00b7 " + kind;
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
                navigator.answer(a);
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

    private void handedIn(long attemptId) {
        if (handedIn) {
            return;
        }
        handedIn = true;
        clock.halt();
        // Follow-ups, once they land, are asked here: the round's follow-up runs as a mock before the loop moves on.
        services.executor().run(() -> services.store().loops().roundHandedIn(sitting.id(), sitting.round(), Instant.now(services.clock())),
                next -> navigator.loop(next.id()),
                e -> message.set("The loop could not move on: " + e.getMessage() + ". Your answer is kept; resume the loop from Home."));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
