package app.debrief.bank;

import java.util.Set;

/**
 * A kind of interview question ("system-design", "battle-card"…) and the ids of the mistakes
 * checked in its answers. The list lives in the rubric file, because which mistakes apply
 * depends on it.
 */
public record PromptKind(String id, Track track, String label, String trains, Set<String> mistakes) {
    public PromptKind {
        mistakes = Set.copyOf(mistakes);
    }
}
