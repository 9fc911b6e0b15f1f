package app.debrief.store;

/**
 * What an import did: attempts added, attempts skipped because the store already had them, and
 * follow-ups added (with a new attempt, or to one the store had).
 */
public record ImportResult(int added, int alreadyPresent, int followUpsAdded) {
}
