package app.debrief.store;

/**
 * The store cannot do what was asked, for a reason the user can act on (a read-only or full
 * folder, a database from a newer Debrief). The message names the file or folder.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
