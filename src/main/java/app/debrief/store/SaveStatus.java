package app.debrief.store;

import java.time.Instant;

/** What became of the last draft save, for a "saved 2 s ago" indicator or a warning. */
public sealed interface SaveStatus {

    /** The draft is in the database as of {@code at}: a row was written then. */
    record Saved(Instant at) implements SaveStatus {
    }

    /** The save failed; the draft is still held in memory and {@code message} says why (naming the folder). It is retried. */
    record Failed(String message, Draft unsaved) implements SaveStatus {
    }

    /**
     * Nothing was written and nothing will be: the draft is not this window's to write any more
     * ({@link DraftWrite#TAKEN_OVER} by another window, or {@link DraftWrite#CLOSED}). The saver has stopped.
     */
    record Refused(DraftWrite reason) implements SaveStatus {
    }

    /** There was nothing to save, and nothing had been saved before. */
    record Unchanged() implements SaveStatus {
    }
}
