package app.debrief.store;

import app.debrief.rubric.FeedbackJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Moves whole attempts out of and into the store. An export reads in batches (memory stays flat
 * for any history) inside one read transaction; an import moves what was staged (see
 * {@link ImportStaging}) in one write transaction that skips attempts whose uid is already there,
 * so importing a file twice adds nothing the second time.
 */
final class AttemptTransfer {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptTransfer.class);
    private static final int BATCH = 200;

    private final AttemptStore store;
    private final StoreConnection db;

    AttemptTransfer(AttemptStore store, StoreConnection db) {
        this.store = store;
        this.db = db;
    }

    void export(Optional<Long> onlyId, Consumer<ExportedAttempt> sink) {
        db.snapshot("export the history", () -> {
            long after = -1;
            while (true) {
                List<Row> batch = db.list("SELECT a.uid, " + AttemptRows.ATTEMPT + ", f.json FROM attempts a"
                                + " LEFT JOIN feedback f ON f.attempt_id = a.id WHERE a.deleted_at IS NULL" + FollowUpStore.MAIN_ONLY
                                + " AND a.id > ?" + (onlyId.isPresent() ? " AND a.id = ?" : "") + " ORDER BY a.id LIMIT ?",
                        rs -> new Row(rs.getString(1), AttemptRows.attempt(rs, 2), rs.getString(13)),
                        onlyId.isPresent() ? new Object[]{after, onlyId.get(), BATCH} : new Object[]{after, BATCH});
                if (batch.isEmpty()) {
                    return null;
                }
                Map<Long, List<SelfGrade>> grades = grades(batch.get(0).attempt.id(), batch.get(batch.size() - 1).attempt.id());
                Map<Long, List<FollowUpAnswer>> followUps = store.followUps().read(batch.stream().map(r -> r.attempt.id()).toList());
                for (Row r : batch) {
                    sink.accept(new ExportedAttempt(r.uid, r.attempt, Optional.ofNullable(r.feedback).map(FeedbackJson::read),
                            grades.getOrDefault(r.attempt.id(), List.of()), followUps.getOrDefault(r.attempt.id(), List.of())));
                }
                after = batch.get(batch.size() - 1).attempt.id();
            }
        });
    }

    private record Row(String uid, Attempt attempt, String feedback) {
    }

    private Map<Long, List<SelfGrade>> grades(long fromId, long toId) throws SQLException {
        Map<Long, List<SelfGrade>> byAttempt = new HashMap<>();
        db.list("SELECT attempt_id, " + AttemptRows.GRADE + " FROM grades WHERE attempt_id BETWEEN ? AND ? ORDER BY rowid", rs -> {
            SelfGrade g = AttemptRows.grade(rs, 2);
            byAttempt.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(g);
            return g;
        }, fromId, toId);
        return byAttempt;
    }

    /** The staged feedback of the attempts this import added above {@code afterId}. */
    static void moveFeedback(StoreConnection db, long afterId) throws SQLException {
        db.update("INSERT INTO feedback (attempt_id, checker_version, flagged, json) SELECT a.id, s.checker_version, s.flagged,"
                + " CAST(s.feedback AS TEXT) FROM staged.attempts s JOIN attempts a ON a.uid = s.uid WHERE a.id > ? AND s.feedback IS NOT NULL"
                + " ORDER BY a.id", afterId);
    }

    /**
     * Moves the staged attempts in: those whose uid the store lacks, with their feedback and grades, in
     * one write transaction. New rows get ids above every id before them, which is how their feedback
     * and grades find them.
     */
    ImportResult importStaged(ImportStaging staged) {
        Path file = staged.finished();
        return db.run("import the attempts", () -> {
            db.update("ATTACH DATABASE ? AS staged", file.toString());
            try {
                ImportResult result = db.write("import the attempts", () -> {
                    long before = db.number("SELECT coalesce(max(id), 0) FROM attempts");
                    // Hidden (deleted_at, within this transaction only) until their grades are in, so that the search index
                    // takes each answer once, with its notes: indexed at insert, it was indexed again for every grade
                    // (42 of 72 s for 20,000 attempts).
                    int added = db.update("INSERT INTO attempts (" + AttemptRows.INSERTED + ", deleted_at) SELECT " + AttemptRows.INSERTED
                            + ", -1 FROM staged.attempts s WHERE NOT EXISTS (SELECT 1 FROM attempts a WHERE a.uid = s.uid) AND s.follows IS NULL"
                            + " ORDER BY s.id");
                    moveFeedback(db, before);
                    db.update("INSERT INTO grades (attempt_id, " + AttemptRows.GRADE + ") SELECT a.id, g.item, g.item_id, g.score, g.note"
                            + " FROM staged.grades g JOIN staged.attempts s ON s.id = g.attempt_id JOIN attempts a ON a.uid = s.uid"
                            + " WHERE a.id > ? ORDER BY g.rowid", before);
                    int followUps = StagedFollowUps.moveIn(db, before);
                    db.update("UPDATE attempts SET deleted_at = NULL WHERE id > ?", before);
                    return new ImportResult(added, staged.count() - added, followUps);
                });
                LOG.info("imported {} attempts and {} follow-ups into {}; {} attempts were already there", result.added(),
                        result.followUpsAdded(), db.file(), result.alreadyPresent());
                return result;
            } finally {
                db.execute("DETACH DATABASE staged");
            }
        });
    }
}
