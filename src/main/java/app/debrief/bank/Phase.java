package app.debrief.bank;

/** A named stretch of an answer's time budget, such as "Clarify" or "Trade-offs". */
public record Phase(String name, int minutes) {
}
