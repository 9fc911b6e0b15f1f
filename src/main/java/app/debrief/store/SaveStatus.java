package app.debrief.store;

import java.time.Instant;

/** What became of the last draft save, for a "saved 2 s ago" indicator or a warning. */
public sealed interface SaveStatus {

    /** The draft is in the database as of {@code at}. */
    record Saved(Instant at) implements SaveStatus {
    }

    /** The save failed; the draft is still held in memory and {@code message} says why (naming the folder). */
    record Failed(String message, Draft unsaved) implements SaveStatus {
    }
}
