package app.debrief.ui.answer;

import app.debrief.practice.AnswerTimer;
import app.debrief.practice.Durations;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The answer's clock as the screen shows it: the countdown, its colour, and the current phase. */
final class ClockDisplay {

    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<AnswerViewModel.TimeState> state = new ReadOnlyObjectWrapper<>(AnswerViewModel.TimeState.CALM);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AnswerViewModel.PhaseState> phaseState = new ReadOnlyObjectWrapper<>(AnswerViewModel.PhaseState.ON_PLAN);

    void show(AnswerTimer timer) {
        long remaining = timer.remainingMillis();
        countdown.set(Durations.countdown(remaining));
        double share = timer.remainingShare();
        state.set(remaining <= 0 ? AnswerViewModel.TimeState.OVER
                : share <= 0.10 || remaining <= 30_000 ? AnswerViewModel.TimeState.CRITICAL
                : share <= 0.25 ? AnswerViewModel.TimeState.LOW : AnswerViewModel.TimeState.CALM);
        timer.currentPhase().ifPresentOrElse(p -> {
            long left = timer.phaseRemainingMillis();
            long ahead = timer.aheadOfPlanMillis();
            phase.set("Phase " + (timer.phaseIndex() + 1) + " of " + timer.phaseCount() + ": " + p.name() + " \u00b7 "
                    + (left >= 0 ? Durations.countdown(left) + " left" : Durations.clock(-left) + " over its share")
                    + (ahead < 0 ? ", " + Durations.clock(-ahead) + " behind overall"
                    : left < 0 ? ", " + Durations.clock(ahead) + " ahead overall" : ""));
            phaseState.set(ahead < 0 ? AnswerViewModel.PhaseState.BEHIND
                    : left < 0 ? AnswerViewModel.PhaseState.OVER_SHARE : AnswerViewModel.PhaseState.ON_PLAN);
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

    ReadOnlyObjectProperty<AnswerViewModel.PhaseState> phaseStateProperty() {
        return phaseState.getReadOnlyProperty();
    }
}
