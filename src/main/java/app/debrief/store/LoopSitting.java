package app.debrief.store;

import app.debrief.bank.Track;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One sitting of an interview loop. {@code round} is the current round's number (from 1);
 * {@code stageMillis} is how long the current break or round has run, saved every second, so a
 * sitting cut short by a crash resumes within a second of where it stopped. Each round keeps
 * the prompt drawn for it, so editing a pack or a loop never rewrites a sitting.
 */
public record LoopSitting(long id, String loopId, Track track, String title, LoopStatus status, LoopStage stage, int round,
                          long stageMillis, int breakMinutes, Instant startedAt, Optional<Instant> endedAt, Instant updatedAt,
                          List<SittingRound> rounds) {
    public LoopSitting {
        rounds = List.copyOf(rounds);
    }

    public SittingRound current() {
        return rounds.get(Math.max(0, Math.min(round, rounds.size()) - 1));
    }

    public boolean lastRound() {
        return round >= rounds.size();
    }
}
