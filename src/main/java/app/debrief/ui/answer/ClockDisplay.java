package app.debrief.ui.answer;

import app.debrief.practice.AnswerTimer;
import app.debrief.practice.Durations;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The answer's clock as the screen shows it: the countdown, its colour, and the current phase. */
final class ClockDisplay {

    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<AnswerViewModel.TimeState> state = new ReadOnlyObjectWrapper<>(AnswerViewModel.TimeState.CALM);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper phaseOver = new ReadOnlyBooleanWrapper(false);

    void show(AnswerTimer timer) {
        long remaining = timer.remainingMillis();
        countdown.set(Durations.countdown(remaining));
        double share = timer.remainingShare();
        state.set(remaining <= 0 ? AnswerViewModel.TimeState.OVER
                : share <= 0.10 || remaining <= 30_000 ? AnswerViewModel.TimeState.CRITICAL
                : share <= 0.25 ? AnswerViewModel.TimeState.LOW : AnswerViewModel.TimeState.CALM);
        timer.currentPhase().ifPresentOrElse(p -> {
            long left = timer.phaseRemainingMillis();
            phase.set("Phase " + (timer.phaseIndex() + 1) + " of " + timer.phaseCount() + ": " + p.name() + " \u00b7 "
                    + (left >= 0 ? Durations.countdown(left) + " left" : Durations.clock(-left) + " over its share"));
            phaseOver.set(left < 0);
        }, () -> phase.set(""));
    }

    ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<AnswerViewModel.TimeState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty phaseOverProperty() {
        return phaseOver.getReadOnlyProperty();
    }
}
