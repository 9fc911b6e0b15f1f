package app.debrief.ui.loop;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptKind;
import app.debrief.practice.Durations;
import app.debrief.store.LoopSitting;
import app.debrief.store.SittingRound;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.util.List;

/**
 * The break before a round (before the first, the loop's start): the next round's kind and time,
 * and how much of the break is left. The next round starts when the break runs out, or at once on
 * request. The round's prompt is not shown until it starts, as in a real loop.
 */
public final class BreakViewModel {

    /** A round of the plan as the break lists it. */
    public record PlanRow(int number, String kind, int minutes, boolean done, boolean next) {
    }

    private final UiServices services;
    private final Navigator navigator;
    private final LoopSitting sitting;
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StageClock clock;

    public BreakViewModel(UiServices services, Navigator navigator, LoopSitting sitting) {
        this.services = services;
        this.navigator = navigator;
        this.sitting = sitting;
        this.clock = new StageClock(services, sitting.id(), sitting.round(), sitting.stageMillis());
        refresh();
    }

    public String title() {
        return sitting.title();
    }

    /** Before the first round there is no break: the candidate starts when ready. */
    public boolean timed() {
        return sitting.round() > 1 && sitting.breakMinutes() > 0;
    }

    public String heading() {
        return sitting.round() == 1 ? "Your loop: " + sitting.rounds().size() + " rounds, back to back"
                : "Break: round " + (sitting.round() - 1) + " is handed in";
    }

    /** "Next: round 2 of 4, Battle card, 25 minutes." */
    public String next() {
        SittingRound r = sitting.current();
        return "Next: round " + r.number() + " of " + sitting.rounds().size() + ", " + kind(r.prompt()) + ", " + r.prompt().minutes()
                + " minutes.";
    }

    public String rules() {
        return "Each round is a mock answer: no pause, and the editor locks and hands the answer in at zero. "
                + "No feedback until the end: then you grade each round yourself, and the debrief packet shows the committee's view.";
    }

    public List<PlanRow> plan() {
        return sitting.rounds().stream().map(r -> new PlanRow(r.number(), kind(r.prompt()), r.prompt().minutes(),
                r.number() < sitting.round(), r.number() == sitting.round())).toList();
    }

    public int round() {
        return sitting.round();
    }

    private String kind(Prompt p) {
        return services.bank().kind(p.kind()).map(PromptKind::label).orElse(p.kind());
    }

    private long breakMillis() {
        return sitting.breakMinutes() * 60_000L;
    }

    public void shown() {
        clock.start();
    }

    /** A few times a second: the countdown, the break's clock saved every second, and the next round at zero. */
    public void tick() {
        refresh();
        if (!timed() || !clock.running() || starting.get()) {
            return;
        }
        if (clock.elapsedMillis() >= breakMillis()) {
            startRound();
            return;
        }
        clock.tick(message::set);
    }

    private void refresh() {
        countdown.set(timed() ? "Round " + sitting.round() + " starts in " + Durations.countdown(breakMillis() - clock.elapsedMillis()) : "");
    }

    /** Starts the next round now. */
    public void startRound() {
        if (starting.get()) {
            return;
        }
        starting.set(true);
        services.executor().run(() -> services.store().loops().startRound(sitting.id(), Instant.now(services.clock())),
                a -> navigator.loop(sitting.id()), e -> {
                    starting.set(false);
                    message.set("The round could not start: " + e.getMessage());
                });
    }

    /** The window is closing: the break's clock is saved now. */
    public void closing() {
        if (timed() && !starting.get()) {
            clock.stop();
        }
    }

    /** The break is left (for another screen): its clock is saved where it is. */
    public void leaving() {
        if (timed() && !starting.get()) {
            clock.leave(message::set);
        }
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
