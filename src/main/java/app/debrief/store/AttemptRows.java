package app.debrief.store;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.Words;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns the store reads, and how a row becomes a record. */
final class AttemptRows {

    static final String ATTEMPT = "a.id, a.prompt_json, a.mode, a.status, a.started_at, a.submitted_at, a.elapsed_ms,"
            + " a.phase_times, a.answer, a.words, a.updated_at";

    /**
     * Enough to list attempts without their text; the flagged ids come from a column, not by parsing
     * feedback. Mistakes and talking points are graded on scales of their own, so each has its own
     * average (a mistake's 0 is a note without a grade, and does not count). Last, how many follow-ups
     * were answered.
     */
    static final String SUMMARY = "a.id, a.prompt_id, a.title, a.track, a.kind, a.mode, a.status, a.started_at,"
            + " a.submitted_at, a.budget_seconds, a.elapsed_ms, a.words, f.flagged,"
            + " (SELECT avg(g.score) FROM grades g WHERE g.attempt_id = a.id AND g.item = 'MISTAKE' AND g.score > 0) AS grade_avg,"
            + " (SELECT avg(g.score) FROM grades g WHERE g.attempt_id = a.id AND g.item = 'TALKING_POINT') AS points_avg,"
            + " (SELECT count(*) FROM follow_ups fu JOIN attempts c ON c.id = fu.attempt_id WHERE fu.main_id = a.id"
            + "  AND c.status = 'SUBMITTED' AND c.deleted_at IS NULL) AS follow_ups";

    static final String SUMMARY_FROM = " FROM attempts a LEFT JOIN feedback f ON f.attempt_id = a.id";

    static final String GRADE = "item, item_id, score, note";

    /** The columns an insert fills, in the order of {@link #inserted}. */
    static final String INSERTED = "uid, prompt_id, prompt_json, track, kind, title, mode, status, started_at, submitted_at,"
            + " updated_at, budget_seconds, elapsed_ms, phase_times, answer, words";

    private AttemptRows() {
    }

    static Attempt attempt(ResultSet rs) throws SQLException {
        return attempt(rs, 1);
    }

    /** An attempt whose {@link #ATTEMPT} columns start at column {@code c}. */
    static Attempt attempt(ResultSet rs, int c) throws SQLException {
        return new Attempt(rs.getLong(c), SnapshotJson.prompt(rs.getString(c + 1)), Mode.valueOf(rs.getString(c + 2)),
                AttemptStatus.valueOf(rs.getString(c + 3)), instant(rs.getLong(c + 4)), optionalInstant(rs, c + 5),
                rs.getLong(c + 6), SnapshotJson.phases(rs.getString(c + 7)), rs.getString(c + 8), rs.getInt(c + 9),
                instant(rs.getLong(c + 10)));
    }

    static AttemptSummary summary(ResultSet rs) throws SQLException {
        return new AttemptSummary(rs.getLong(1), rs.getString(2), rs.getString(3), Track.valueOf(rs.getString(4)),
                rs.getString(5), Mode.valueOf(rs.getString(6)), AttemptStatus.valueOf(rs.getString(7)),
                instant(rs.getLong(8)), optionalInstant(rs, 9), rs.getInt(10), rs.getLong(11), rs.getInt(12),
                flagged(rs.getString(13)), optionalDouble(rs, 14), optionalDouble(rs, 15), rs.getInt(16));
    }

    private static Optional<Double> optionalDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static SelfGrade grade(ResultSet rs) throws SQLException {
        return grade(rs, 1);
    }

    /** A grade whose {@link #GRADE} columns start at column {@code c}. */
    static SelfGrade grade(ResultSet rs, int c) throws SQLException {
        return new SelfGrade(GradeItem.valueOf(rs.getString(c)), rs.getString(c + 1), rs.getInt(c + 2), rs.getString(c + 3));
    }

    /** The values of {@link #INSERTED} for attempt {@code a} under {@code uid}. */
    static Object[] inserted(String uid, Attempt a) {
        Prompt p = a.prompt();
        return new Object[]{uid, p.id(), SnapshotJson.prompt(p), p.track(), p.kind(), p.title(), a.mode(), a.status(), a.startedAt(),
                a.submittedAt().orElse(null), a.updatedAt(), p.budgetSeconds(), a.elapsedMillis(), SnapshotJson.phases(a.phaseTimes()),
                a.answer(), Words.count(a.answer())};
    }

    /** Flagged mistake ids are kebab-case, so a space-separated list needs no escaping. */
    static String flagged(Feedback feedback) {
        return feedback.flagged().stream().map(MistakeFinding::id).collect(Collectors.joining(" "));
    }

    static List<String> flagged(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(" "));
    }

    static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    static Optional<Instant> optionalInstant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
