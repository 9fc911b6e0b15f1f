package app.debrief.store;

import java.util.List;

/** The answer as it stands while it is typed, with the clock. */
public record Draft(long attemptId, String answer, long elapsedMillis, List<PhaseTime> phaseTimes) {
    public Draft {
        phaseTimes = List.copyOf(phaseTimes);
    }
}
