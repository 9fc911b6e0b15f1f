package app.debrief.store;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which window writes an unfinished attempt's draft: one row per claimed attempt, naming the
 * owner (one open store, which is one window) and when it last said it was still there. Two
 * windows on one data folder would otherwise overwrite each other's draft with every keystroke.
 *
 * <p>A claim is taken when the window starts or opens the attempt, renewed every
 * {@link #RENEW_EVERY} while it stays open, and dropped when the window leaves it. A claim not
 * renewed for {@link #STALE_AFTER} belongs to a window that died (a crash, {@code kill -9}) and
 * may be taken without asking; a live one only by an explicit take-over. Every write of the draft
 * checks the claim in the same statement, so a window that lost it writes nothing.
 */
final class DraftOwners {

    static final Duration RENEW_EVERY = Duration.ofSeconds(3);
    static final Duration STALE_AFTER = Duration.ofSeconds(10);

    /** Appended to an UPDATE of attempts: the row is written only while this owner (the last parameter) holds it. */
    static final String HELD = " AND EXISTS (SELECT 1 FROM draft_owners o WHERE o.attempt_id = attempts.id AND o.owner = ?)";

    private record Holder(String owner, Instant seenAt) {
    }

    private final StoreConnection db;
    private final String owner;

    DraftOwners(StoreConnection db, String owner) {
        this.db = db;
        this.owner = owner;
    }

    String owner() {
        return owner;
    }

    /** Inside the transaction that starts an attempt: the window that starts it writes it. */
    void claimNew(long attemptId, Instant at) throws SQLException {
        db.update("INSERT INTO draft_owners (attempt_id, owner, seen_at) VALUES (?, ?, ?)", attemptId, owner, at);
    }

    DraftClaim claim(long attemptId, boolean takeOver, Instant at, AttemptStore store) {
        return db.write("claim the draft", () -> {
            Optional<Attempt> attempt = store.attempt(attemptId).filter(a -> a.status() == AttemptStatus.IN_PROGRESS);
            if (attempt.isEmpty()) {
                return new DraftClaim.Closed();
            }
            Optional<Holder> holder = db.one("SELECT owner, seen_at FROM draft_owners WHERE attempt_id = ?",
                    rs -> new Holder(rs.getString(1), AttemptRows.instant(rs.getLong(2))), attemptId);
            if (holder.isPresent() && !holder.get().owner().equals(owner) && !takeOver
                    && holder.get().seenAt().isAfter(at.minus(STALE_AFTER))) {
                return new DraftClaim.HeldElsewhere(holder.get().seenAt());
            }
            db.update("INSERT INTO draft_owners (attempt_id, owner, seen_at) VALUES (?, ?, ?) ON CONFLICT (attempt_id)"
                    + " DO UPDATE SET owner = excluded.owner, seen_at = excluded.seen_at", attemptId, owner, at);
            return new DraftClaim.Claimed(attempt.get());
        });
    }

    DraftWrite renew(long attemptId, Instant at) {
        return db.run("keep the claim on the draft", () -> {
            int renewed = db.update("UPDATE draft_owners SET seen_at = ? WHERE attempt_id = ? AND owner = ?", at, attemptId, owner);
            return renewed > 0 ? DraftWrite.WRITTEN : refusal(attemptId);
        });
    }

    void release(long attemptId) {
        db.run("let go of the draft", () -> db.update("DELETE FROM draft_owners WHERE attempt_id = ? AND owner = ?", attemptId, owner));
    }

    /** Why a write guarded by {@link #HELD} changed nothing. */
    DraftWrite refusal(long attemptId) throws SQLException {
        boolean open = db.number("SELECT count(*) FROM attempts WHERE id = ? AND status = 'IN_PROGRESS' AND deleted_at IS NULL",
                attemptId) > 0;
        return open ? DraftWrite.TAKEN_OVER : DraftWrite.CLOSED;
    }
}
