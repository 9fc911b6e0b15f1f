package app.debrief.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How often a prompt was answered and how the last submitted answer fared. */
public record PromptStats(String promptId, int attempts, Optional<Instant> lastSubmittedAt, List<String> lastFlagged) {
    public PromptStats {
        lastFlagged = List.copyOf(lastFlagged);
    }
}
