package app.debrief.store;

import app.debrief.rubric.FeedbackJson;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Attempts on their way in: written as they are read, in batches of {@value #BATCH} per
 * transaction, to a scratch SQLite file in the temporary folder, so that neither the reader nor
 * the store holds a whole export in memory. {@link AttemptStore#importAttempts(ImportStaging)}
 * then moves them into the store in one transaction. Closing deletes the file.
 */
public final class ImportStaging implements AutoCloseable {

    static final int BATCH = 500;
    /** What a staged follow-up adds to its attempt's row (null for an attempt that follows up nothing). */
    static final String FOLLOW_UP = "follows, question, probes, minutes, reason";

    private final Path file;
    private final StoreConnection db;
    private int count;
    private boolean inBatch;

    private ImportStaging(Path file, StoreConnection db) {
        this.file = file;
        this.db = db;
    }

    /** A fresh, empty staging file. Throws {@link StoreException} when the temporary folder cannot take one. */
    public static ImportStaging create() {
        Path file;
        try {
            file = Files.createTempFile("debrief-import-", ".db");
        } catch (IOException e) {
            throw new StoreException("cannot import: no room for a scratch file in the temporary folder ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        try {
            // Scratch data, thrown away on any failure: no journal, no syncs.
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.OFF);
            config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
            StoreConnection db = new StoreConnection(config.createConnection("jdbc:sqlite:" + file), file);
            ImportStaging staging = new ImportStaging(file, db);
            db.run("prepare the import", () -> {
                // a follow-up's answer is an attempt too: "follows" is the uid of the attempt it follows up
                db.execute("CREATE TABLE attempts (id INTEGER PRIMARY KEY, " + AttemptRows.INSERTED.replace("uid,", "uid UNIQUE,")
                        + ", checker_version, flagged, feedback, " + FOLLOW_UP + ")");
                db.execute("CREATE TABLE grades (attempt_id INTEGER NOT NULL, " + AttemptRows.GRADE + ")");
                return null;
            });
            return staging;
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(file);
            throw e instanceof StoreException s ? s : new StoreException("cannot import: the scratch file " + file
                    + " cannot be used (" + e.getMessage() + ")", e);
        }
    }

    /** Adds one attempt; an attempt whose uid was staged already is left out. */
    public void add(ExportedAttempt e) {
        add(e, e.feedback().map(FeedbackJson::write));
    }

    /**
     * The same, with its feedback as the export holds it, as text or as UTF-8 bytes: written again
     * from the record, it was a quarter of all the garbage an import made (a tree per evidence span),
     * and as a String another tenth (its UTF-8 copy for SQLite), for the same JSON.
     */
    void add(ExportedAttempt e, java.util.Optional<?> feedbackJson) {
        db.run("stage the import", () -> {
            if (!inBatch) {
                db.execute("BEGIN");
                inBatch = true;
            }
            java.util.Optional<Long> id = stage(e.uid(), e.attempt(), e.feedback(), feedbackJson, null);
            if (id.isPresent()) {
                count++;
                for (SelfGrade g : e.grades()) {
                    db.update("INSERT INTO grades VALUES (?, ?, ?, ?, ?)", id.get(), g.item(), g.itemId(), g.score(), g.note());
                }
                for (FollowUpAnswer f : e.followUps()) {
                    stage(f.uid(), f.attempt(), f.feedback(), java.util.Optional.empty(), new Object[]{e.uid(), f.followUp().question(),
                            String.join(" ", f.followUp().probes()), f.followUp().minutes(), f.reason()});
                }
            }
            if (count % BATCH == 0) {
                commit();
            }
            return null;
        });
    }

    private java.util.Optional<Long> stage(String uid, Attempt attempt, java.util.Optional<app.debrief.rubric.Feedback> feedback,
                                           java.util.Optional<?> feedbackJson, Object[] followUp) throws SQLException {
        Object[] row = AttemptRows.inserted(uid, attempt);
        Object[] values = java.util.Arrays.copyOf(row, row.length + 8);
        feedback.ifPresent(f -> {
            values[row.length] = f.checkerVersion();
            values[row.length + 1] = AttemptRows.flagged(f);
            values[row.length + 2] = feedbackJson.isPresent() ? feedbackJson.get() : FeedbackJson.write(f);
        });
        if (followUp != null) {
            System.arraycopy(followUp, 0, values, row.length + 3, followUp.length);
        }
        return db.one("INSERT INTO attempts (" + AttemptRows.INSERTED + ", checker_version, flagged, feedback, " + FOLLOW_UP + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(values.length, "?")) + ") ON CONFLICT (uid) DO NOTHING RETURNING id",
                rs -> rs.getLong(1), values);
    }

    /** Attempts staged (follow-ups not counted). */
    public int count() {
        return count;
    }

    /** Commits the last batch: everything staged is in the file, ready to move. */
    Path finished() {
        db.run("stage the import", () -> {
            commit();
            return null;
        });
        return file;
    }

    private void commit() throws SQLException {
        if (inBatch) {
            db.execute("COMMIT");
            inBatch = false;
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
