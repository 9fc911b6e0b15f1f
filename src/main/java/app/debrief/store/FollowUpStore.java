package app.debrief.store;

import app.debrief.bank.FollowUp;
import app.debrief.bank.FollowUpPrompt;
import app.debrief.rubric.FeedbackJson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-ups of attempts. A follow-up's answer is an attempt of its own, started, saved as a
 * draft, resumed and submitted through {@link AttemptStore} like any answer; this keeps which
 * attempt it follows up, in which order, and what the interviewer asked and why. Every list of
 * attempts leaves follow-up answers out ({@link #MAIN_ONLY}) and shows them with their attempt.
 * Calls block on I/O, as the store's do.
 */
public final class FollowUpStore {

    /** Appended to a WHERE clause over {@code attempts a}: the attempts that are no follow-up of another. */
    static final String MAIN_ONLY = " AND a.id NOT IN (SELECT attempt_id FROM follow_ups)";

    private static final String INSERT = "INSERT INTO follow_ups (attempt_id, main_id, round, question, probes, minutes, reason)"
            + " VALUES (?, ?, (SELECT coalesce(max(round), 0) + 1 FROM follow_ups WHERE main_id = ?), ?, ?, ?, ?)";
    private static final String SELECT = "SELECT fu.main_id, a.uid, fu.question, fu.probes, fu.minutes, fu.reason, " + AttemptRows.ATTEMPT
            + ", f.json FROM follow_ups fu JOIN attempts a ON a.id = fu.attempt_id LEFT JOIN feedback f ON f.attempt_id = a.id"
            + " WHERE a.deleted_at IS NULL";
    private static final int ATTEMPT_COLUMN = 7;
    private static final int FEEDBACK_COLUMN = ATTEMPT_COLUMN + 11;

    private final AttemptStore store;
    private final StoreConnection db;

    FollowUpStore(AttemptStore store, StoreConnection db) {
        this.store = store;
        this.db = db;
    }

    /**
     * Asks {@code followUp} after the submitted attempt {@code mainId}: starts its answer, an attempt in
     * the same mode whose prompt is the follow-up's ({@link FollowUpPrompt}), tied to the main attempt in
     * the same transaction. IllegalStateException when the main attempt is not submitted or is itself a
     * follow-up.
     */
    public Attempt ask(long mainId, FollowUp followUp, String reason, Instant at) {
        return ask(mainId, followUp, reason, at, id -> { });
    }

    /** {@link #ask}, and {@code also} in the same transaction (a loop's round restarts its clock for the follow-up). */
    Attempt ask(long mainId, FollowUp followUp, String reason, Instant at, AttemptStore.Started also) {
        Attempt main = store.attempt(mainId).orElseThrow(() -> new IllegalStateException("attempt " + mainId + " is gone"));
        if (main.status() != AttemptStatus.SUBMITTED || FollowUpPrompt.is(main.prompt())) {
            throw new IllegalStateException("attempt " + mainId + " is " + (FollowUpPrompt.is(main.prompt()) ? "a follow-up itself"
                    : "not submitted") + ", so no follow-up can be asked after it");
        }
        return store.start(FollowUpPrompt.of(main.prompt(), followUp), main.mode(), at, id -> {
            link(id, mainId, followUp, reason);
            also.then(id);
        });
    }

    private void link(long attemptId, long mainId, FollowUp followUp, String reason) throws SQLException {
        db.update(INSERT, attemptId, mainId, mainId, followUp.question(), String.join(" ", followUp.probes()), followUp.minutes(), reason);
    }

    /** The follow-up whose answer is the attempt {@code attemptId}; empty for an attempt that follows up nothing. */
    public Optional<FollowUpAnswer> asked(long attemptId) {
        return db.run("read the follow-up", () -> db.one(SELECT + " AND fu.attempt_id = ?", FollowUpStore::answer, attemptId));
    }

    /** The follow-ups of one attempt, in the order they were asked; those whose draft was discarded are left out. */
    public List<FollowUpAnswer> of(long mainId) {
        return of(List.of(mainId)).getOrDefault(mainId, List.of());
    }

    /** The follow-ups of each of these attempts (those with none are left out), in the order they were asked. */
    public Map<Long, List<FollowUpAnswer>> of(Collection<Long> mainIds) {
        if (mainIds.isEmpty()) {
            return Map.of();
        }
        return db.run("read the follow-ups", () -> read(mainIds));
    }

    /** {@link #of(Collection)} inside a transaction the caller holds. */
    Map<Long, List<FollowUpAnswer>> read(Collection<Long> mainIds) throws SQLException {
        String marks = String.join(",", Collections.nCopies(mainIds.size(), "?"));
        Map<Long, List<FollowUpAnswer>> byMain = new LinkedHashMap<>();
        for (FollowUpAnswer f : db.list(SELECT + " AND fu.main_id IN (" + marks + ") ORDER BY fu.main_id, fu.round",
                FollowUpStore::answer, mainIds.toArray())) {
            byMain.computeIfAbsent(f.mainId(), id -> new java.util.ArrayList<>()).add(f);
        }
        return byMain;
    }

    /**
     * Inside an import's transaction: adds the follow-up to the attempt {@code mainId} unless its uid is
     * already stored, with its feedback. Returns whether it was added.
     */
    boolean insert(long mainId, FollowUpAnswer f) throws SQLException {
        Optional<Long> id = store.insert(f.uid(), f.attempt());
        if (id.isEmpty()) {
            return false;
        }
        link(id.get(), mainId, f.followUp(), f.reason());
        if (f.feedback().isPresent()) {
            store.insertFeedback(id.get(), f.feedback().get());
        }
        return true;
    }

    private static FollowUpAnswer answer(ResultSet rs) throws SQLException {
        String probes = rs.getString(4);
        FollowUp followUp = new FollowUp(rs.getString(3), probes.isEmpty() ? List.of() : Arrays.asList(probes.split(" ")), rs.getInt(5));
        String feedback = rs.getString(FEEDBACK_COLUMN);
        return new FollowUpAnswer(rs.getLong(1), rs.getString(2), followUp, rs.getString(6), AttemptRows.attempt(rs, ATTEMPT_COLUMN),
                Optional.ofNullable(feedback).map(FeedbackJson::read));
    }
}
