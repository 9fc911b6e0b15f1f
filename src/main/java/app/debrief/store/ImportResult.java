package app.debrief.store;

/** What an import did: attempts added, and attempts skipped because the store already had them. */
public record ImportResult(int added, int alreadyPresent) {
}
