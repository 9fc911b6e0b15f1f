package app.debrief.store;

import app.debrief.bank.Track;

import java.time.Instant;
import java.util.List;

/** One submitted attempt as a progress chart plots it: when, which mistakes were flagged, how it was graded. */
public record ProgressPoint(long attemptId, String promptId, Track track, String kind, Mode mode, Instant submittedAt,
                            int words, long elapsedMillis, int budgetSeconds, List<String> flaggedMistakes,
                            List<SelfGrade> grades) {
    public ProgressPoint {
        flaggedMistakes = List.copyOf(flaggedMistakes);
        grades = List.copyOf(grades);
    }
}
