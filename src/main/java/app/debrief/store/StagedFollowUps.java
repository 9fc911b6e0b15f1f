package app.debrief.store;

import java.sql.SQLException;

/**
 * The import's last step for follow-ups: the staged follow-up answers whose uid the store lacks,
 * after an attempt that was handed in and is here (imported just now, or before: an attempt may
 * have been exported before its follow-ups were answered), go in with their feedback and their tie
 * to that attempt. Runs inside the import's transaction; attempts above {@code before} are the
 * ones the import added.
 */
final class StagedFollowUps {

    private StagedFollowUps() {
    }

    /** Returns how many follow-ups went in. */
    static int moveIn(StoreConnection db, long before) throws SQLException {
        long mainsEnd = db.number("SELECT coalesce(max(id), 0) FROM attempts");
        db.update("INSERT INTO attempts (" + AttemptRows.INSERTED + ", deleted_at) SELECT " + AttemptRows.INSERTED
                + ", -1 FROM staged.attempts s WHERE s.follows IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.uid = s.uid)"
                + " AND EXISTS (SELECT 1 FROM attempts m WHERE m.uid = s.follows AND m.status = 'SUBMITTED'"
                + " AND (m.deleted_at IS NULL OR m.id > ?)) ORDER BY s.id", before);
        AttemptTransfer.moveFeedback(db, mainsEnd);
        // rounds go on from those the attempt already has, in the order the export lists them
        return db.update("INSERT INTO follow_ups (attempt_id, main_id, round, question, probes, minutes, reason)"
                + " SELECT a.id, m.id, coalesce((SELECT max(round) FROM follow_ups f WHERE f.main_id = m.id), 0)"
                + " + row_number() OVER (PARTITION BY m.id ORDER BY a.id), s.question, s.probes, s.minutes, s.reason"
                + " FROM staged.attempts s JOIN attempts a ON a.uid = s.uid JOIN attempts m ON m.uid = s.follows"
                + " WHERE a.id > ? ORDER BY a.id", mainsEnd);
    }
}
