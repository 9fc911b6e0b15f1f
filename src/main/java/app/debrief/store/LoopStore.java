package app.debrief.store;

import app.debrief.bank.FollowUp;
import app.debrief.bank.Prompt;
import app.debrief.bank.Track;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sittings of interview loops, in the attempt store's file. Each round's answer is an attempt
 * of the store; this keeps which sitting and round it belongs to, where the sitting stands (round,
 * break or grading, and for how long the current stage has run), and the candidate's own lean per
 * round. Calls block on I/O, like the store's.
 */
public final class LoopStore {

    private static final String ROUNDS = "SELECT round, attempt_id, self_grade, prompt_json, " + LoopRows.FOLLOW_UP
            + " FROM loop_rounds WHERE sitting_id = ? ORDER BY round";
    /** Over {@code loop_sittings}: the answer its current round is on, the follow-up's once asked, else the round's own. */
    private static final String ANSWERING = "(SELECT coalesce((SELECT fu.attempt_id FROM follow_ups fu WHERE fu.main_id = r.attempt_id"
            + " ORDER BY fu.round DESC LIMIT 1), r.attempt_id) FROM loop_rounds r WHERE r.sitting_id = loop_sittings.id"
            + " AND r.round = loop_sittings.round)";

    private final AttemptStore attempts;
    private final StoreConnection db;

    LoopStore(AttemptStore attempts, StoreConnection db) {
        this.attempts = attempts;
        this.db = db;
    }

    /** Starts a sitting at the break before its first round, with the prompts drawn for its rounds. */
    public LoopSitting start(String loopId, Track track, String title, int breakMinutes, List<Prompt> prompts, Instant at) {
        Instant t = at.truncatedTo(ChronoUnit.MILLIS);
        long id = db.write("start the loop", () -> {
            long sitting = db.one("INSERT INTO loop_sittings (uid, loop_id, track, title, status, stage, round, break_minutes, started_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, 'IN_PROGRESS', 'BREAK', 1, ?, ?, ?) RETURNING id", rs -> rs.getLong(1),
                    UUID.randomUUID().toString(), loopId, track, title, breakMinutes, t, t).orElseThrow();
            for (int i = 0; i < prompts.size(); i++) {
                db.update("INSERT INTO loop_rounds (sitting_id, round, prompt_json) VALUES (?, ?, ?)", sitting, i + 1,
                        SnapshotJson.prompt(prompts.get(i)));
            }
            return sitting;
        });
        return sitting(id).orElseThrow();
    }

    /**
     * Starts the current round's answer, a mock of the round's prompt, and moves the sitting to it.
     * A round already started returns its attempt.
     */
    public Attempt startRound(long sittingId, Instant at) {
        LoopSitting s = sitting(sittingId).orElseThrow(() -> new IllegalArgumentException("no loop sitting " + sittingId));
        SittingRound round = s.current();
        if (round.attemptId().isPresent()) {
            return attempts.attempt(round.attemptId().get()).orElseThrow();
        }
        // The store's own start, so the answer is made as every answer is; then it is tied to its round.
        Attempt attempt = attempts.start(round.prompt(), Mode.MOCK, at);
        db.write("start the round", () -> {
            db.update("UPDATE loop_rounds SET attempt_id = ? WHERE sitting_id = ? AND round = ? AND attempt_id IS NULL",
                    attempt.id(), sittingId, round.number());
            db.update("UPDATE loop_sittings SET stage = 'ROUND', stage_ms = 0, updated_at = ? WHERE id = ? AND status = 'IN_PROGRESS'",
                    at, sittingId);
            return null;
        });
        return attempt;
    }

    /**
     * Asks the round's follow-up after its answer {@code mainId} was handed in: the follow-up's answer
     * starts, and in the same transaction the round's clock starts again from zero for it, so that a
     * crash at any moment resumes the follow-up at its own time, never the answer's.
     */
    public Attempt askFollowUp(long sittingId, int round, long mainId, FollowUp followUp, String reason, Instant at) {
        return attempts.followUps().ask(mainId, followUp, reason, at, id -> db.update("UPDATE loop_sittings SET stage_ms = 0, updated_at = ?"
                + " WHERE id = ? AND stage = 'ROUND' AND round = ? AND status = 'IN_PROGRESS'", at, sittingId, round));
    }

    /**
     * The answer the sitting's current round is being written in: the round's own until it is handed in,
     * then its follow-up's while that is written; empty outside a round, or when both are in.
     */
    public Optional<Attempt> answering(LoopSitting s) {
        if (s.stage() != LoopStage.ROUND) {
            return Optional.empty();
        }
        SittingRound r = s.current();
        return r.followUpId().or(r::attemptId).flatMap(attempts::attempt).filter(a -> a.status() == AttemptStatus.IN_PROGRESS);
    }

    /**
     * How long the round's answer {@code attemptId} has run, saved every second; ignored unless it is
     * the answer the round is on (a late beat of the round's own answer, once its follow-up is asked,
     * would give the follow-up the answer's time) and once the sitting has moved on.
     */
    public void heartbeat(long sittingId, int round, long attemptId, long stageMillis, Instant at) {
        db.run("save the loop's clock", () -> db.update("UPDATE loop_sittings SET stage_ms = ?, updated_at = ? WHERE id = ?"
                + " AND stage = 'ROUND' AND round = ? AND status = 'IN_PROGRESS' AND " + ANSWERING + " = ?",
                stageMillis, at, sittingId, round, attemptId));
    }

    /** How long the current stage (a break) has run, saved every second; ignored once the sitting has moved on. */
    public void heartbeat(long sittingId, LoopStage stage, int round, long stageMillis, Instant at) {
        db.run("save the loop's clock", () -> db.update("UPDATE loop_sittings SET stage_ms = ?, updated_at = ? WHERE id = ?"
                + " AND stage = ? AND round = ? AND status = 'IN_PROGRESS'", stageMillis, at, sittingId, stage, round));
    }

    /** The current round was handed in: on to the break before the next, or to grading after the last. */
    public LoopSitting roundHandedIn(long sittingId, int round, Instant at) {
        db.write("move the loop on", () -> {
            long rounds = db.number("SELECT count(*) FROM loop_rounds WHERE sitting_id = ?", sittingId);
            if (round >= rounds) {
                db.update("UPDATE loop_sittings SET stage = 'GRADING', stage_ms = 0, updated_at = ? WHERE id = ? AND round = ?"
                        + " AND status = 'IN_PROGRESS'", at, sittingId, round);
            } else {
                db.update("UPDATE loop_sittings SET stage = 'BREAK', round = ?, stage_ms = 0, updated_at = ? WHERE id = ? AND round = ?"
                        + " AND status = 'IN_PROGRESS'", round + 1, at, sittingId, round);
            }
            return null;
        });
        return sitting(sittingId).orElseThrow();
    }

    /** The candidate's own lean for a round ({@code lean}: an id of the committee's scale). */
    public void grade(long sittingId, int round, String lean) {
        db.run("save your grade of the round", () -> db.update("UPDATE loop_rounds SET self_grade = ? WHERE sitting_id = ? AND round = ?",
                lean, sittingId, round));
    }

    /** The packet is revealed: the sitting is finished. */
    public void finish(long sittingId, Instant at) {
        end(sittingId, LoopStatus.FINISHED, at);
    }

    /** Given up: kept as abandoned, with the rounds handed in so far. */
    public void abandon(long sittingId, Instant at) {
        end(sittingId, LoopStatus.ABANDONED, at);
    }

    private void end(long sittingId, LoopStatus status, Instant at) {
        db.run("end the loop", () -> db.update("UPDATE loop_sittings SET status = ?, stage = 'DONE', ended_at = ?, updated_at = ?"
                + " WHERE id = ? AND status = 'IN_PROGRESS'", status, at, at, sittingId));
    }

    public Optional<LoopSitting> sitting(long id) {
        return db.snapshot("read the loop", () -> {
            List<SittingRound> rounds = db.list(ROUNDS, LoopRows::round, id);
            return db.one("SELECT " + LoopRows.SITTING + " FROM loop_sittings s WHERE s.id = ?", rs -> LoopRows.sitting(rs, rounds), id);
        });
    }

    /** The newest sitting still in progress (after a crash too), if any. */
    public Optional<LoopSitting> unfinished() {
        Optional<Long> id = db.run("find an unfinished loop", () -> db.one("SELECT id FROM loop_sittings WHERE status = 'IN_PROGRESS'"
                + " ORDER BY updated_at DESC, id DESC LIMIT 1", rs -> rs.getLong(1)));
        return id.flatMap(this::sitting);
    }

    /** Sittings that have ended (finished or abandoned), newest first; of one loop when {@code loopId} is given. */
    public List<LoopSitting> ended(Optional<String> loopId, int limit) {
        List<Long> ids = db.run("list the loops", () -> db.list("SELECT id FROM loop_sittings WHERE status <> 'IN_PROGRESS'"
                + (loopId.isPresent() ? " AND loop_id = ?" : " AND ? IS NULL") + " ORDER BY started_at DESC, id DESC LIMIT ?",
                rs -> rs.getLong(1), loopId.orElse(null), limit));
        return ids.stream().map(this::sitting).flatMap(Optional::stream).toList();
    }
}
