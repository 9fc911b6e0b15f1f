package app.debrief.store;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * Saves the draft while it is typed: at most {@code debounce} after the last change, and at
 * once on {@link #flush()} (focus loss, leaving the screen, closing the window). Never blocks
 * its caller, which is the UI thread; every outcome is reported to {@code listener} (on the
 * saver's thread). When a save fails the draft stays in memory and is retried with the next one.
 */
public final class DraftAutosaver implements AutoCloseable {

    public DraftAutosaver(AttemptStore store, ScheduledExecutorService executor, Duration debounce, Clock clock,
                          Consumer<SaveStatus> listener) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The draft changed; it will be saved within the debounce delay. Returns at once. */
    public void changed(Draft draft) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Saves the latest draft now; completes when it is saved (or has failed). */
    public CompletableFuture<SaveStatus> flush() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Flushes and stops. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not built yet");
    }
}
