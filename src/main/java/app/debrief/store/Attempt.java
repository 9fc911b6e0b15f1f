package app.debrief.store;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One sitting of a prompt. {@code prompt} is the snapshot taken when it started, so editing a
 * pack never rewrites history.
 */
public record Attempt(long id, Prompt prompt, Mode mode, AttemptStatus status, Instant startedAt,
                      Optional<Instant> submittedAt, long elapsedMillis, List<PhaseTime> phaseTimes,
                      String answer, int words, Instant updatedAt) {
    public Attempt {
        phaseTimes = List.copyOf(phaseTimes);
    }

    public Track track() {
        return prompt.track();
    }

    public int budgetSeconds() {
        return prompt.budgetSeconds();
    }
}
