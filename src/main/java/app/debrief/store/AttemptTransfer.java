package app.debrief.store;

import app.debrief.rubric.FeedbackJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Moves whole attempts out of and into the store. An export reads in batches (memory stays flat
 * for any history) inside one read transaction; an import is one write transaction that skips
 * attempts whose uid is already there, so importing a file twice adds nothing the second time.
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

    ImportResult importAll(List<ExportedAttempt> attempts) {
        ImportResult result = db.write("import the attempts", () -> {
            int added = 0;
            int followUps = 0;
            for (ExportedAttempt e : attempts) {
                Optional<Long> id = store.insert(e.uid(), e.attempt());
                if (id.isPresent()) {
                    added++;
                    if (e.feedback().isPresent()) {
                        store.insertFeedback(id.get(), e.feedback().get());
                    }
                    store.insertGrades(id.get(), e.grades());
                }
                // An attempt already here may have been exported before its follow-ups were answered.
                Optional<Long> main = id.isPresent() || e.followUps().isEmpty() ? id : idOf(e.uid());
                for (FollowUpAnswer f : e.followUps()) {
                    followUps += main.isPresent() && store.followUps().insert(main.get(), f) ? 1 : 0;
                }
            }
            return new ImportResult(added, attempts.size() - added, followUps);
        });
        LOG.info("imported {} attempts and {} follow-ups into {}; {} attempts were already there", result.added(),
                result.followUpsAdded(), db.file(), result.alreadyPresent());
        return result;
    }

    private Optional<Long> idOf(String uid) throws SQLException {
        return db.one("SELECT id FROM attempts WHERE uid = ? AND status = 'SUBMITTED' AND deleted_at IS NULL", rs -> rs.getLong(1), uid);
    }
}
