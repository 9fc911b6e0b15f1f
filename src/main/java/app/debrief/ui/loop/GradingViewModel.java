package app.debrief.ui.loop;

import app.debrief.loop.Lean;
import app.debrief.loop.RoundResult;
import app.debrief.practice.Durations;
import app.debrief.store.LoopSitting;
import app.debrief.text.Plural;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Before the packet: the candidate grades each round on the committee's scale, from memory and
 * their own answer, without the checker's findings. The packet opens once every round is graded.
 */
public final class GradingViewModel {

    /** A round to grade and the candidate's grade of it. */
    public final class Row {
        private final RoundResult round;
        private final ObjectProperty<Optional<Lean>> grade = new SimpleObjectProperty<>();

        Row(RoundResult round) {
            this.round = round;
            grade.set(round.selfGrade());
            grade.addListener((o, was, now) -> graded(this, now));
        }

        public RoundResult round() {
            return round;
        }

        public String summary() {
            return "Round " + round.number() + " \u00b7 " + round.kindLabel() + " \u00b7 " + Durations.clock(round.elapsedMillis()) + " of "
                    + Durations.clock(round.prompt().budgetSeconds() * 1000L) + " \u00b7 " + Plural.of(round.words(), "word");
        }

        public ObjectProperty<Optional<Lean>> gradeProperty() {
            return grade;
        }
    }

    private final UiServices services;
    private final Navigator navigator;
    private final LoopSitting sitting;
    private final List<Row> rows;
    private final ReadOnlyBooleanWrapper canReveal = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public GradingViewModel(UiServices services, Navigator navigator, LoopSitting sitting, List<RoundResult> rounds) {
        this.services = services;
        this.navigator = navigator;
        this.sitting = sitting;
        this.rows = rounds.stream().map(Row::new).toList();
        update();
    }

    public String title() {
        return sitting.title();
    }

    public List<Row> rows() {
        return rows;
    }

    private void graded(Row row, Optional<Lean> lean) {
        update();
        lean.ifPresent(l -> services.executor().run(() -> {
            services.store().loops().grade(sitting.id(), row.round().number(), l.id());
            return l;
        }, x -> { }, e -> message.set("Your grade could not be saved: " + e.getMessage())));
    }

    private void update() {
        long left = rows.stream().filter(r -> r.gradeProperty().get() == null || r.gradeProperty().get().isEmpty()).count();
        canReveal.set(left == 0);
        message.set(left == 0 ? "Every round graded: the committee's view is ready."
                : Plural.of((int) left, "round") + " left to grade before the packet.");
    }

    /** Ends the loop and opens its debrief packet. */
    public void reveal() {
        if (!canReveal.get()) {
            return;
        }
        canReveal.set(false);
        services.executor().run(() -> {
            services.store().loops().finish(sitting.id(), Instant.now(services.clock()));
            return sitting.id();
        }, navigator::loop, e -> {
            canReveal.set(true);
            message.set("The loop could not be closed: " + e.getMessage());
        });
    }

    public ReadOnlyBooleanProperty canRevealProperty() {
        return canReveal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
