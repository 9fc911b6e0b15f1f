package app.debrief.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Saves the draft while it is typed: at most {@code debounce} after the last change, and at
 * once on {@link #flush()} (focus loss, leaving the screen, closing the window). Never blocks
 * its caller, which is the UI thread; every outcome is reported to {@code listener} (on the
 * saver's thread). When a save fails the draft stays in memory and is retried with the next one.
 *
 * <p>Typing without a pause still saves every {@value #MAX_DEFERRALS} debounce periods, so a
 * crash during a long burst loses seconds, not minutes.
 */
public final class DraftAutosaver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DraftAutosaver.class);
    static final int MAX_DEFERRALS = 4;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final AttemptStore store;
    private final ScheduledExecutorService executor;
    private final long debounceMillis;
    private final Clock clock;
    private final Consumer<SaveStatus> listener;
    /** Held while saving, so saves run one at a time and each takes the newest draft. */
    private final Object saving = new Object();

    // Guarded by this; held only for a few field updates, so the UI thread never waits on I/O.
    private Draft pending;
    private long firstUnsavedAt = -1;
    private ScheduledFuture<?> timer;
    private boolean closed;
    private volatile SaveStatus last;

    public DraftAutosaver(AttemptStore store, ScheduledExecutorService executor, Duration debounce, Clock clock,
                          Consumer<SaveStatus> listener) {
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative: " + debounce);
        }
        this.store = store;
        this.executor = executor;
        this.debounceMillis = debounce.toMillis();
        this.clock = clock;
        this.listener = listener;
    }

    /** The draft changed; it will be saved within the debounce delay. Returns at once. */
    public synchronized void changed(Draft draft) {
        if (closed) {
            throw new IllegalStateException("the autosaver is closed");
        }
        pending = draft;
        long now = clock.millis();
        if (firstUnsavedAt < 0) {
            firstUnsavedAt = now;
        }
        long latest = firstUnsavedAt + debounceMillis * MAX_DEFERRALS;
        long delay = Math.max(0, Math.min(debounceMillis, latest - now));
        cancelTimer();
        try {
            timer = executor.schedule(this::saveQuietly, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.warn("the autosave executor is shut down; the draft of attempt {} stays in memory", draft.attemptId());
        }
    }

    /** Saves the latest draft now; completes when it is saved (or has failed). */
    public CompletableFuture<SaveStatus> flush() {
        synchronized (this) {
            cancelTimer();
        }
        CompletableFuture<SaveStatus> done = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    done.complete(saveLatest());
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            Draft unsaved = pendingDraft();
            done.complete(unsaved == null ? lastOrSavedNow()
                    : new SaveStatus.Failed("the draft could not be saved: Debrief is shutting down", unsaved));
        }
        return done;
    }

    /** The outcome of the last save, if there was one. */
    public SaveStatus lastStatus() {
        return last;
    }

    /** Flushes and stops. Waits (a few seconds at most) for the last save, so call it off the UI thread or at exit. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            flush().get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the last draft save did not finish on close", e);
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private synchronized Draft pendingDraft() {
        return pending;
    }

    private void saveQuietly() {
        try {
            saveLatest();
        } catch (RuntimeException e) {
            LOG.error("autosave failed unexpectedly", e);
        }
    }

    /** Runs on the executor. Takes the newest draft, saves it in one transaction, and says how it went. */
    SaveStatus saveLatest() {
        synchronized (saving) {
            Draft draft;
            synchronized (this) {
                draft = pending;
                pending = null;
                firstUnsavedAt = -1;
            }
            if (draft == null) {
                return lastOrSavedNow();
            }
            SaveStatus status;
            try {
                Instant at = clock.instant();
                store.saveDraft(draft, at);
                status = new SaveStatus.Saved(at);
            } catch (RuntimeException e) {
                keep(draft);
                String message = e instanceof StoreException ? e.getMessage() : "the draft could not be saved (" + e + ")";
                LOG.warn("draft of attempt {} kept in memory: {}", draft.attemptId(), message);
                status = new SaveStatus.Failed(message, draft);
            }
            last = status;
            tell(status);
            return status;
        }
    }

    /** Puts a draft that failed to save back, unless a newer one arrived meanwhile. */
    private synchronized void keep(Draft draft) {
        if (pending == null) {
            pending = draft;
        }
    }

    private SaveStatus lastOrSavedNow() {
        SaveStatus s = last;
        return s != null ? s : new SaveStatus.Saved(clock.instant());
    }

    private void tell(SaveStatus status) {
        try {
            listener.accept(status);
        } catch (RuntimeException e) {
            LOG.error("the save listener failed", e);
        }
    }
}
