package app.debrief.store;

import app.debrief.bank.Prompt;
import app.debrief.rubric.Feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every attempt, draft, feedback and self-grade, kept in one SQLite file. Calls block on I/O:
 * the UI makes them from a background executor. Safe to use from several threads and from
 * several processes at once (WAL, busy timeout).
 */
public final class AttemptStore implements AutoCloseable {

    /** An open store and, when the old file had to be moved aside, what to tell the user. */
    public record Opened(AttemptStore store, Optional<String> notice) {
    }

    private AttemptStore() {
    }

    /**
     * Opens (creating or migrating) the database at {@code file}. A file that is not a database
     * or is damaged is moved aside to {@code debrief.db.corrupt-<timestamp>} and a fresh one is
     * opened, with a notice saying where the old one went. A database written by a newer Debrief,
     * or a folder that cannot be written, is a {@link StoreException} naming the file.
     */
    public static Opened open(Path file) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Starts an attempt at {@code prompt}, keeping a snapshot of it; the answer is empty. */
    public Attempt start(Prompt prompt, Mode mode, Instant at) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Saves a draft in one short transaction. */
    public void saveDraft(Draft draft, Instant at) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Submits the attempt with its final text, time and the checker's feedback, in one transaction. */
    public Attempt submit(Draft finalDraft, Feedback feedback, Instant at) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Marks an unfinished attempt as abandoned (the user chose not to keep the draft). */
    public void abandon(long attemptId, Instant at) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Replaces the attempt's self-grades with {@code grades}. */
    public void saveGrades(long attemptId, List<SelfGrade> grades) {
        throw new UnsupportedOperationException("not built yet");
    }

    public Optional<Attempt> attempt(long id) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The feedback stored at submit, as the checker of that day wrote it. */
    public Optional<Feedback> feedback(long attemptId) {
        throw new UnsupportedOperationException("not built yet");
    }

    public List<SelfGrade> grades(long attemptId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The newest attempt still in progress (after a crash too), if any. */
    public Optional<Attempt> latestUnfinished() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Submitted attempts, newest first. */
    public List<AttemptSummary> recent(int limit) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Per prompt id: how often it was attempted and how the last submitted attempt fared. */
    public Map<String, PromptStats> promptStats() {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not built yet");
    }
}
