package app.debrief.store;

import app.debrief.rubric.Feedback;
import app.debrief.rubric.FeedbackJson;

import java.sql.SQLException;
import java.util.List;

/**
 * Feedback written by another checker than the current one, found and replaced when the checker
 * changes, so the history, the progress charts and the practise-next queue compare like with
 * like. Self-grades are the user's and stay as they are.
 */
final class StaleFeedback {

    private static final String STALE = " FROM attempts a JOIN feedback f ON f.attempt_id = a.id WHERE f.checker_version <> ?";

    private StaleFeedback() {
    }

    static int count(StoreConnection db, String version) throws SQLException {
        return (int) db.number("SELECT count(*)" + STALE, version);
    }

    /** The oldest {@code limit} answers checked by another checker than {@code version}. */
    static List<StaleAnswer> next(StoreConnection db, String version, int limit) throws SQLException {
        return db.list("SELECT a.id, a.prompt_json, a.answer" + STALE + " ORDER BY a.id LIMIT ?",
                rs -> new StaleAnswer(rs.getLong(1), SnapshotJson.prompt(rs.getString(2)), rs.getString(3)), version, limit);
    }

    static int replace(StoreConnection db, long attemptId, Feedback feedback) throws SQLException {
        return db.update("UPDATE feedback SET checker_version = ?, flagged = ?, json = ? WHERE attempt_id = ?",
                feedback.checkerVersion(), AttemptRows.flagged(feedback), FeedbackJson.write(feedback), attemptId);
    }
}
