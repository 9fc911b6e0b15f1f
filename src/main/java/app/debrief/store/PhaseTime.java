package app.debrief.store;

/** Time spent in one phase of a prompt ("Clarify", "Design"…). */
public record PhaseTime(String phase, long millis) {
}
