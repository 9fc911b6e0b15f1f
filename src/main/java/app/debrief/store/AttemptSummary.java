package app.debrief.store;

import app.debrief.bank.Track;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A row of the history: enough to list, sort and filter attempts without loading their text. The
 * self-grades are averaged per scale: the mistakes' grades, and the talking points' grades.
 * {@code followUps} counts the follow-ups answered after it.
 */
public record AttemptSummary(long id, String promptId, String title, Track track, String kind, Mode mode,
                             AttemptStatus status, Instant startedAt, Optional<Instant> submittedAt,
                             int budgetSeconds, long elapsedMillis, int words, List<String> flaggedMistakes,
                             Optional<Double> mistakeGradeAverage, Optional<Double> pointGradeAverage, int followUps) {
    public AttemptSummary {
        flaggedMistakes = List.copyOf(flaggedMistakes);
    }
}
