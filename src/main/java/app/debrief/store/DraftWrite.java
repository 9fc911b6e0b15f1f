package app.debrief.store;

/** What became of a write to an unfinished attempt's draft (a save, or the renewal of a claim). */
public enum DraftWrite {
    /** A row was written: the draft (or the claim) is in the database. */
    WRITTEN,
    /** Nothing was written: another window claimed the draft, so this one may no longer write it. */
    TAKEN_OVER,
    /** Nothing was written: the attempt is no longer in progress (handed in, discarded or deleted elsewhere). */
    CLOSED
}
