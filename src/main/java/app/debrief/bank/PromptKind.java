package app.debrief.bank;

/**
 * A kind of interview question ("system-design", "battle-card"…). The list lives in the rubric
 * file, because which mistakes apply depends on it.
 */
public record PromptKind(String id, Track track, String label, String trains) {
}
