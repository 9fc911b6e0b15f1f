package app.debrief.store;

import app.debrief.bank.Track;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The tables of interview loops, their schema step and how their rows become records. A round's
 * answer is an attempt of its own (saved, resumed and checked like any answer), tied here to its
 * sitting; while the sitting is in progress its rounds stay out of the history, the recent
 * attempts and progress, so no feedback shows before the packet. An attempt of a round is never
 * offered as an unfinished answer: the loop resumes it.
 */
final class LoopRows {

    /** Appended to the history's WHERE clause: the rounds of sittings still in progress are not shown. */
    static final String OUTSIDE_OPEN_LOOPS = " AND a.id NOT IN (SELECT r.attempt_id FROM loop_rounds r"
            + " JOIN loop_sittings s ON s.id = r.sitting_id WHERE s.status = 'IN_PROGRESS' AND r.attempt_id IS NOT NULL)";

    /** Appended to the unfinished-answer query: a round's draft, and its follow-up's, are resumed with their loop. */
    static final String NOT_A_ROUND = " AND a.id NOT IN (SELECT attempt_id FROM loop_rounds WHERE attempt_id IS NOT NULL)"
            + " AND a.id NOT IN (SELECT fu.attempt_id FROM follow_ups fu JOIN loop_rounds r ON r.attempt_id = fu.main_id)";

    /** Over {@code loop_rounds}: the answer of the round's follow-up, the latest asked whose draft was not discarded. */
    static final String FOLLOW_UP = "(SELECT fu.attempt_id FROM follow_ups fu JOIN attempts x ON x.id = fu.attempt_id"
            + " WHERE fu.main_id = loop_rounds.attempt_id AND x.deleted_at IS NULL ORDER BY fu.round DESC LIMIT 1)";

    static final String SITTING = "s.id, s.loop_id, s.track, s.title, s.status, s.stage, s.round, s.stage_ms, s.break_minutes,"
            + " s.started_at, s.ended_at, s.updated_at";

    private LoopRows() {
    }

    /** The one schema step of loops, at whatever place it takes in the list. */
    static Migration migration(int version) {
        return new Migration(version, "interview loops: sittings and their rounds", List.of(
                """
                CREATE TABLE loop_sittings (
                  id            INTEGER PRIMARY KEY,
                  uid           TEXT    NOT NULL UNIQUE,
                  loop_id       TEXT    NOT NULL,
                  track         TEXT    NOT NULL CHECK (track IN ('PM', 'PMM')),
                  title         TEXT    NOT NULL,
                  status        TEXT    NOT NULL CHECK (status IN ('IN_PROGRESS', 'FINISHED', 'ABANDONED')),
                  stage         TEXT    NOT NULL CHECK (stage IN ('BREAK', 'ROUND', 'GRADING', 'DONE')),
                  round         INTEGER NOT NULL,
                  stage_ms      INTEGER NOT NULL DEFAULT 0,
                  break_minutes INTEGER NOT NULL,
                  started_at    INTEGER NOT NULL,
                  ended_at      INTEGER,
                  updated_at    INTEGER NOT NULL
                )""",
                "CREATE INDEX loop_sittings_by_status ON loop_sittings (status, updated_at)",
                """
                CREATE TABLE loop_rounds (
                  sitting_id  INTEGER NOT NULL REFERENCES loop_sittings (id) ON DELETE CASCADE,
                  round       INTEGER NOT NULL,
                  attempt_id  INTEGER UNIQUE REFERENCES attempts (id) ON DELETE SET NULL,
                  self_grade  TEXT,
                  prompt_json TEXT    NOT NULL,
                  PRIMARY KEY (sitting_id, round)
                )""",
                "CREATE INDEX loop_rounds_by_attempt ON loop_rounds (attempt_id)"));
    }

    static LoopSitting sitting(ResultSet rs, List<SittingRound> rounds) throws SQLException {
        return new LoopSitting(rs.getLong(1), rs.getString(2), Track.valueOf(rs.getString(3)), rs.getString(4),
                LoopStatus.valueOf(rs.getString(5)), LoopStage.valueOf(rs.getString(6)), rs.getInt(7), rs.getLong(8), rs.getInt(9),
                AttemptRows.instant(rs.getLong(10)), AttemptRows.optionalInstant(rs, 11), AttemptRows.instant(rs.getLong(12)), rounds);
    }

    static SittingRound round(ResultSet rs) throws SQLException {
        long attempt = rs.getLong(2);
        Optional<Long> attemptId = rs.wasNull() ? Optional.empty() : Optional.of(attempt);
        long followUp = rs.getLong(5);
        Optional<Long> followUpId = rs.wasNull() ? Optional.empty() : Optional.of(followUp);
        return new SittingRound(rs.getInt(1), SnapshotJson.prompt(rs.getString(4)), attemptId, followUpId, Optional.ofNullable(rs.getString(3)));
    }
}
