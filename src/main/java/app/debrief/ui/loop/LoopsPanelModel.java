package app.debrief.ui.loop;

import app.debrief.bank.PromptKind;
import app.debrief.loop.Loop;
import app.debrief.loop.LoopRound;
import app.debrief.loop.RoundDraw;
import app.debrief.practice.Durations;
import app.debrief.rubric.CheckContext;
import app.debrief.rubric.Feedback;
import app.debrief.store.Attempt;
import app.debrief.store.Draft;
import app.debrief.store.LoopSitting;
import app.debrief.ui.common.Format;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The loops on the home screen: every loop to start, and a sitting left unfinished (by a crash too)
 * to resume where it stopped or to abandon. One sitting at a time: a new one starts once the last
 * has ended.
 */
public final class LoopsPanelModel {

    private final UiServices services;
    private final Navigator navigator;
    private final Random random;
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper resumeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private LoopSitting unfinished;

    public LoopsPanelModel(UiServices services, Navigator navigator, Random random) {
        this.services = services;
        this.navigator = navigator;
        this.random = random;
        if (!services.loops().problems().isEmpty()) {
            message.set(services.loops().problems().size() + " problem(s) in your loops files; those loops were skipped:\n"
                    + services.loops().problems().stream().limit(3).map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    public List<Loop> loops() {
        return services.loops().library().all();
    }

    /** "Launch plan 35 · Battle card 25 · Pricing and TCO 25 · Executive explainer 5 min". */
    public String rounds(Loop loop) {
        return loop.rounds().stream().map(r -> (r instanceof LoopRound.OfKind k ? kindLabel(k.kind())
                        : services.bank().byId(((LoopRound.Fixed) r).promptId()).map(p -> kindLabel(p.kind())).orElse("?")) + " " + r.minutes())
                .collect(Collectors.joining(" \u00b7 ")) + " min";
    }

    private String kindLabel(String kind) {
        return services.bank().kind(kind).map(PromptKind::label).orElse(kind);
    }

    public void load() {
        services.executor().run(() -> services.store().loops().unfinished(), this::showUnfinished,
                e -> message.set("Your loops could not be read: " + e.getMessage()));
    }

    private void showUnfinished(Optional<LoopSitting> s) {
        unfinished = s.orElse(null);
        canResume.set(unfinished != null);
        resumeText.set(unfinished == null ? "" : describe(unfinished));
    }

    private String describe(LoopSitting s) {
        String where = switch (s.stage()) {
            case BREAK -> s.round() == 1 ? "not started" : "in the break before round " + s.round();
            case ROUND -> "in round " + s.round() + " of " + s.rounds().size() + (s.current().followUpId().isPresent() ? ", at its follow-up" : "")
                    + ", " + Durations.clock(s.stageMillis()) + " into it";
            case GRADING -> "every round handed in, your grades to give";
            case DONE -> "ended";
        };
        return "Unfinished loop: \u201c" + s.title() + "\u201d, " + where + ", last saved "
                + Format.ago(Duration.between(s.updatedAt(), Instant.now(services.clock()))) + ".";
    }

    /** Starts {@code loop}: its rounds' prompts are drawn now, among the ones you answered least. */
    public void start(Loop loop) {
        if (unfinished != null || busy.get()) {
            return;
        }
        busy.set(true);
        services.executor().run(() -> {
            var prompts = RoundDraw.draw(loop, services.bank(), RoundDraw.seen(services.store().promptStats()), random);
            return services.store().loops().start(loop.id(), loop.track(), loop.title(), loop.breakMinutes(), prompts,
                    Instant.now(services.clock()));
        }, s -> {
            busy.set(false);
            navigator.loop(s.id());
        }, e -> {
            busy.set(false);
            message.set("The loop could not start: " + e.getMessage());
        });
    }

    public void resume() {
        if (unfinished != null) {
            navigator.loop(unfinished.id());
        }
    }

    /**
     * Gives the unfinished sitting up: a round (or its follow-up) being answered is handed in as it stands (and checked),
     * and the sitting is kept as abandoned, with its rounds, in the history.
     */
    public void abandon() {
        LoopSitting s = unfinished;
        if (s == null) {
            return;
        }
        services.executor().run(() -> {
            Instant now = Instant.now(services.clock());
            Optional<Attempt> a = services.store().loops().answering(s);
            if (a.isPresent()) {
                Attempt round = RoundViewModel.resumed(a.get(), s.stageMillis());
                Feedback feedback = services.checker().check(round.answer(), CheckContext.of(round.prompt()));
                services.store().submit(new Draft(round.id(), round.answer(), round.elapsedMillis(), round.phaseTimes()), feedback, now);
            }
            services.store().loops().abandon(s.id(), now);
            return services.store().loops().unfinished();
        }, next -> {
            showUnfinished(next);
            message.set("Loop abandoned: \u201c" + s.title() + "\u201d is kept in the history as abandoned, with the rounds you handed in.");
        }, e -> message.set("The loop could not be abandoned: " + e.getMessage()));
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resumeTextProperty() {
        return resumeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
