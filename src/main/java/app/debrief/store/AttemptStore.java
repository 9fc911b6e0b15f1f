package app.debrief.store;

import app.debrief.bank.Prompt;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.FeedbackJson;
import app.debrief.rubric.Words;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every attempt, draft, feedback and self-grade, kept in one SQLite file. Calls block on I/O:
 * the UI makes them from a background executor. Safe to use from several threads and from
 * several processes at once (WAL, busy timeout).
 *
 * <p>Times are kept to the millisecond. Soft-deleted attempts are hidden from every read until
 * they are restored.
 */
public final class AttemptStore implements AutoCloseable {

    private static final String ACTIVE = " AND a.deleted_at IS NULL";
    private static final String INSERT_ATTEMPT = "INSERT INTO attempts (" + AttemptRows.INSERTED + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING RETURNING id";
    private static final String SAVE_DRAFT = "UPDATE attempts SET answer = ?, words = ?, elapsed_ms = ?, phase_times = ?,"
            + " updated_at = ? WHERE id = ? AND status = 'IN_PROGRESS' AND deleted_at IS NULL" + DraftOwners.HELD;
    private static final String SUBMIT = "UPDATE attempts SET status = 'SUBMITTED', answer = ?, words = ?, elapsed_ms = ?,"
            + " phase_times = ?, submitted_at = ?, updated_at = ? WHERE id = ? AND status = 'IN_PROGRESS' AND deleted_at IS NULL"
            + DraftOwners.HELD;
    private static final String DROP_CLAIM = "DELETE FROM draft_owners WHERE attempt_id = ?";
    private static final String INSERT_FEEDBACK = "INSERT INTO feedback (attempt_id, checker_version, flagged, json) VALUES (?, ?, ?, ?)";
    private static final String INSERT_GRADE = "INSERT INTO grades (attempt_id, item, item_id, score, note) VALUES (?, ?, ?, ?, ?)";

    /** An open store and, when the old file had to be moved aside, what to tell the user. */
    public record Opened(AttemptStore store, Optional<String> notice) {
    }

    private final StoreConnection db;
    private final HistoryQueries queries;
    private final FollowUpStore followUps;
    /** This store is one window: the owner it names when it claims a draft is its own. */
    private final DraftOwners drafts;

    private AttemptStore(StoreConnection db) {
        this.db = db;
        this.queries = new HistoryQueries(db);
        this.followUps = new FollowUpStore(this, db);
        this.drafts = new DraftOwners(db, UUID.randomUUID().toString());
    }

    /**
     * Opens (creating or migrating) the database at {@code file}. A file that is not a database
     * or is damaged is moved aside to {@code debrief.db.corrupt-<timestamp>} and a fresh one is
     * opened, with a notice saying where the old one went. A database written by a newer Debrief,
     * or a folder that cannot be written, is a {@link StoreException} naming the file.
     */
    public static Opened open(Path file) {
        return open(file, Schema.MIGRATIONS, Clock.systemUTC());
    }

    /**
     * Opens the database at {@code file} for reading only, writing nothing (see {@code DatabaseFile});
     * for the commands that only read. A missing file is an empty history.
     */
    public static AttemptStore openForReading(Path file) {
        return new AttemptStore(new DatabaseFile(file, Schema.MIGRATIONS, Clock.systemUTC()).openReadOnly().connection());
    }

    static Opened open(Path file, List<Migration> migrations, Clock clock) {
        DatabaseFile.Ready ready = new DatabaseFile(file, migrations, clock).open();
        return new Opened(new AttemptStore(ready.connection()), ready.notice());
    }

    public Path file() {
        return db.file();
    }

    /** Starts an attempt at {@code prompt}, keeping a snapshot of it; the answer is empty, and its draft is this store's to write. */
    public Attempt start(Prompt prompt, Mode mode, Instant at) {
        return start(prompt, mode, at, id -> { });
    }

    /** What else a start writes, in its transaction, once the attempt has its id (a follow-up's tie to its attempt). */
    @FunctionalInterface
    interface Started {
        void then(long attemptId) throws java.sql.SQLException;
    }

    Attempt start(Prompt prompt, Mode mode, Instant at, Started also) {
        Instant t = at.truncatedTo(ChronoUnit.MILLIS);
        Attempt fresh = new Attempt(0, prompt, mode, AttemptStatus.IN_PROGRESS, t, Optional.empty(), 0, List.of(), "", 0, t);
        long id = db.write("start an attempt", () -> {
            long inserted = insert(UUID.randomUUID().toString(), fresh).orElseThrow();
            drafts.claimNew(inserted, t);
            also.then(inserted);
            return inserted;
        });
        return new Attempt(id, prompt, mode, AttemptStatus.IN_PROGRESS, t, Optional.empty(), 0, List.of(), "", 0, t);
    }

    /** The follow-ups asked after attempts, and their answers. */
    public FollowUpStore followUps() {
        return followUps;
    }

    /** Inserts {@code a} under {@code uid}; empty when that uid is already stored. */
    Optional<Long> insert(String uid, Attempt a) throws java.sql.SQLException {
        return db.one(INSERT_ATTEMPT, rs -> rs.getLong(1), AttemptRows.inserted(uid, a));
    }

    /**
     * Saves a draft in one short transaction (a single UPDATE), if this store holds the draft's claim
     * (see {@link #claimDraft}) and the attempt is still in progress: a late autosave must never
     * overwrite a submitted answer, nor a window overwrite the draft another window writes. Says
     * whether a row was written, and if not, why.
     */
    public DraftWrite saveDraft(Draft draft, Instant at) {
        String phases = SnapshotJson.phases(draft.phaseTimes());
        int words = Words.count(draft.answer());
        return db.run("save the draft", () -> {
            int saved = db.update(SAVE_DRAFT, draft.answer(), words, draft.elapsedMillis(), phases, at, draft.attemptId(), drafts.owner());
            return saved > 0 ? DraftWrite.WRITTEN : drafts.refusal(draft.attemptId());
        });
    }

    /**
     * Asks to write the draft of an unfinished attempt from this store (this window). Granted when no
     * other window holds it, when the one that did has not been heard of for a while (it crashed), or
     * when {@code takeOver} says to take it from a live one, which then writes nothing more.
     */
    public DraftClaim claimDraft(long attemptId, boolean takeOver, Instant at) {
        return drafts.claim(attemptId, takeOver, at, this);
    }

    /** Tells other windows this one still writes the draft; says so if it was taken over meanwhile. */
    public DraftWrite renewDraftClaim(long attemptId, Instant at) {
        return drafts.renew(attemptId, at);
    }

    /** This window stops writing the draft (it left the answer); another window may claim it at once. */
    public void releaseDraft(long attemptId) {
        drafts.release(attemptId);
    }

    /**
     * Submits the attempt with its final text, time and the checker's feedback, in one transaction.
     * Throws {@link DraftRefusedException}, changing nothing, when this store does not hold the
     * draft's claim or the attempt is no longer in progress.
     */
    public Attempt submit(Draft finalDraft, Feedback feedback, Instant at) {
        Instant t = at.truncatedTo(ChronoUnit.MILLIS);
        long id = finalDraft.attemptId();
        db.write("submit the answer", () -> {
            int changed = db.update(SUBMIT, finalDraft.answer(), Words.count(finalDraft.answer()), finalDraft.elapsedMillis(),
                    SnapshotJson.phases(finalDraft.phaseTimes()), t, t, id, drafts.owner());
            if (changed == 0) {
                throw new DraftRefusedException(id, drafts.refusal(id));
            }
            insertFeedback(id, feedback);
            db.update(DROP_CLAIM, id);
            return null;
        });
        return attempt(id).orElseThrow();
    }

    void insertFeedback(long id, Feedback feedback) throws java.sql.SQLException {
        db.update(INSERT_FEEDBACK, id, feedback.checkerVersion(), AttemptRows.flagged(feedback), FeedbackJson.write(feedback));
    }

    /**
     * The user does not want this unfinished answer: it is hidden from every read at once (as a
     * deletion is) and can be restored until {@link #purgeDiscarded} deletes it. Returns whether
     * anything changed.
     */
    public boolean discard(long attemptId, Instant at) {
        // the draft's window lets go of it too, so no other window is told it is open elsewhere
        return db.write("discard the draft", () -> {
            int changed = db.update("UPDATE attempts SET deleted_at = ? WHERE id = ? AND status = 'IN_PROGRESS'"
                    + " AND deleted_at IS NULL", at, attemptId);
            db.update(DROP_CLAIM, attemptId);
            return changed;
        }) > 0;
    }

    /** The newest draft with some text discarded at {@code since} or later (it can still be restored). */
    public Optional<Attempt> discardedSince(Instant since) {
        return db.run("find a discarded draft", () -> db.one("SELECT " + AttemptRows.ATTEMPT + " FROM attempts a"
                + " WHERE a.status = 'IN_PROGRESS' AND a.deleted_at >= ? AND a.answer <> ''"
                + " ORDER BY a.deleted_at DESC, a.id DESC LIMIT 1",
                AttemptRows::attempt, since));
    }

    /**
     * Deletes, text and all, the drafts discarded before {@code before}, and the drafts earlier
     * versions kept as abandoned. Returns how many went.
     */
    public int purgeDiscarded(Instant before) {
        return db.run("delete discarded drafts", () -> db.update("DELETE FROM attempts WHERE status = 'ABANDONED'"
                + " OR (status = 'IN_PROGRESS' AND deleted_at IS NOT NULL AND deleted_at < ?)", before));
    }

    /** Replaces the attempt's self-grades with {@code grades}; one grade per item. */
    public void saveGrades(long attemptId, List<SelfGrade> grades) {
        Set<String> seen = new HashSet<>();
        for (SelfGrade g : grades) {
            if (!seen.add(g.item() + "/" + g.itemId())) {
                throw new IllegalArgumentException("two grades for " + g.item() + " '" + g.itemId() + "'");
            }
        }
        db.write("save the self-grades", () -> {
            db.update("DELETE FROM grades WHERE attempt_id = ?", attemptId);
            insertGrades(attemptId, grades);
            return null;
        });
    }

    void insertGrades(long attemptId, List<SelfGrade> grades) throws java.sql.SQLException {
        for (SelfGrade g : grades) {
            db.update(INSERT_GRADE, attemptId, g.item(), g.itemId(), g.score(), g.note());
        }
    }

    public Optional<Attempt> attempt(long id) {
        return db.run("read the attempt", () -> db.one("SELECT " + AttemptRows.ATTEMPT + " FROM attempts a WHERE a.id = ?" + ACTIVE,
                AttemptRows::attempt, id));
    }

    /** The feedback stored at submit, as the checker of that day wrote it. */
    public Optional<Feedback> feedback(long attemptId) {
        return db.run("read the feedback", () -> db.one("SELECT f.json FROM feedback f JOIN attempts a ON a.id = f.attempt_id"
                + " WHERE f.attempt_id = ?" + ACTIVE, rs -> FeedbackJson.read(rs.getString(1)), attemptId));
    }

    /** How many answers carry feedback of another checker than {@code checkerVersion}. */
    public int staleFeedbackCount(String checkerVersion) {
        return db.run("count the answers to check again", () -> StaleFeedback.count(db, checkerVersion));
    }

    /** The next answers to check again with checker {@code checkerVersion}, oldest first. */
    public List<StaleAnswer> staleAnswers(String checkerVersion, int limit) {
        return db.run("read the answers to check again", () -> StaleFeedback.next(db, checkerVersion, limit));
    }

    /** Replaces an answer's feedback with a newer checker's; its self-grades stay. */
    public void replaceFeedback(long attemptId, Feedback feedback) {
        db.write("save the new feedback", () -> StaleFeedback.replace(db, attemptId, feedback));
    }

    public List<SelfGrade> grades(long attemptId) {
        return db.run("read the self-grades", () -> db.list("SELECT " + AttemptRows.GRADE
                + " FROM grades WHERE attempt_id = ? ORDER BY rowid", AttemptRows::grade, attemptId));
    }

    /** The newest attempt still in progress (after a crash too), if any; a loop's round resumes with its loop instead. */
    public Optional<Attempt> latestUnfinished() {
        return db.run("find an unfinished attempt", () -> db.one("SELECT " + AttemptRows.ATTEMPT + " FROM attempts a"
                + " WHERE a.status = 'IN_PROGRESS'" + ACTIVE + LoopRows.NOT_A_ROUND + " ORDER BY a.updated_at DESC, a.id DESC LIMIT 1",
                AttemptRows::attempt));
    }

    /** Submitted attempts, newest first. */
    public List<AttemptSummary> recent(int limit) {
        return history(HistoryQuery.newest(limit).withStatuses(AttemptStatus.SUBMITTED)).attempts();
    }

    /** Per prompt id: how often it was attempted and how the last submitted attempt fared. */
    public Map<String, PromptStats> promptStats() {
        return queries.promptStats();
    }

    /** One page of the history, filtered and sorted in SQL, with the number of all matching attempts. */
    public HistoryPage history(HistoryQuery query) {
        return queries.history(query);
    }

    /** What a list shows of these attempts, without their text; deleted ones are left out. */
    public List<AttemptSummary> summaries(List<Long> ids) {
        return queries.summaries(ids);
    }

    /**
     * Submitted answers, follow-up answers and grade notes matching {@code text} (words, all of which
     * must match; word endings are ignored, so "quantize" finds "quantization"), best match first. A
     * follow-up's answer is a hit on its attempt, naming the follow-up.
     */
    public List<SearchHit> search(String text, int offset, int limit) {
        return queries.search(text, offset, limit);
    }

    /** Submitted attempts matching the query's filters, oldest first, with their flags and grades. */
    public List<ProgressPoint> progress(HistoryQuery filter) {
        return queries.progress(filter);
    }

    /** Hides an attempt from every list; {@link #restore} undoes it. Returns whether anything changed. */
    public boolean delete(long attemptId, Instant at) {
        return db.run("delete the attempt", () -> db.update("UPDATE attempts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                at, attemptId)) > 0;
    }

    /** Undoes {@link #delete}. Returns whether anything changed. */
    public boolean restore(long attemptId) {
        return db.run("restore the attempt", () -> db.update("UPDATE attempts SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                attemptId)) > 0;
    }

    /** Hands every attempt (or only {@code onlyId}) to {@code sink}, oldest first, all read from one consistent state. */
    public void export(Optional<Long> onlyId, Consumer<ExportedAttempt> sink) {
        new AttemptTransfer(this, db).export(onlyId, sink);
    }

    /** Adds the attempts whose uid the store lacks, all in one transaction: all of them, or none on failure. */
    public ImportResult importAttempts(List<ExportedAttempt> attempts) {
        try (ImportStaging staged = ImportStaging.create()) {
            attempts.forEach(staged::add);
            return importAttempts(staged);
        }
    }

    /**
     * Adds the staged attempts whose uid the store lacks, all in one transaction: all of them, or none
     * on failure. The store is locked only for that last step, not while the file was read.
     */
    public ImportResult importAttempts(ImportStaging staged) {
        return new AttemptTransfer(this, db).importStaged(staged);
    }

    /** Caps the file at its present size (PRAGMA max_page_count), or lifts the cap: how tests fill the "disk". */
    void capSize(boolean capped) {
        db.run("cap the file size", () -> {
            db.execute(capped ? "PRAGMA max_page_count = 1" : "PRAGMA max_page_count = 4294967294");
            return null;
        });
    }

    /** The sittings of interview loops, kept in this file; each round's answer is an attempt of this store. */
    public LoopStore loops() {
        return new LoopStore(this, db);
    }

    @Override
    public void close() {
        db.close();
    }
}
