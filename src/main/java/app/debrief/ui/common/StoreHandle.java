package app.debrief.ui.common;

import app.debrief.store.AttemptStore;
import app.debrief.store.StoreException;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The attempt store, opened on first use rather than before the window shows: opening checks
 * and migrates the file, which takes a moment on a long history, and the first frame should not
 * wait for it. Screens use it only from background work, so whoever comes first opens it and
 * the rest wait behind it on the same thread. A failure to open is kept and repeated.
 */
public final class StoreHandle {

    private final Supplier<AttemptStore.Opened> opener;
    private AttemptStore.Opened opened;
    private StoreException failure;

    public StoreHandle(Supplier<AttemptStore.Opened> opener) {
        this.opener = opener;
    }

    /** A handle on a store that is already open (tests, tools). */
    public static StoreHandle of(AttemptStore.Opened opened) {
        return new StoreHandle(() -> opened);
    }

    /** The open store; opens it first if needed (blocking). Throws the {@link StoreException} of a failed open. */
    public synchronized AttemptStore get() {
        if (failure != null) {
            throw failure;
        }
        if (opened == null) {
            try {
                opened = opener.get();
            } catch (StoreException e) {
                failure = e;
                throw e;
            }
        }
        return opened.store();
    }

    /** What to tell the user about the opening (a damaged file moved aside), once opened. */
    public synchronized Optional<String> notice() {
        return opened == null ? Optional.empty() : opened.notice();
    }
}
