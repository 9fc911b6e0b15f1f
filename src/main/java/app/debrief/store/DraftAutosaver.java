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
 * Saves one attempt's draft while it is typed, for the window that writes it: {@code debounce}
 * after the last change, never later than {@code maxWait} after the first unsaved one however
 * steadily the typing goes on, and at once on {@link #flush()} (focus loss, leaving the screen,
 * closing the window). Never blocks its caller, which is the UI thread; every outcome is reported
 * to {@code listener} (on the saver's thread). When a save fails the draft stays in memory and is
 * retried with the next change, or after {@link #RETRY_AFTER} if none comes (the disk may be full
 * for a while: trying every keystroke's worth of time would only fill the log).
 *
 * <p>Only the window holding the draft's claim writes it (see {@link AttemptStore#claimDraft}):
 * the first save claims it if {@link #claim} was not called, the claim is renewed while the saver
 * runs and let go by {@link #finish()}. Once a save or a renewal finds the draft taken over by
 * another window, or the attempt handed in elsewhere, the saver reports {@link SaveStatus.Refused}
 * and writes nothing more.
 */
public final class DraftAutosaver implements AutoCloseable {

    /** When to save: {@code debounce} after the last change; while changes keep coming, {@code maxWait} after the first unsaved one. */
    public record Timing(Duration debounce, Duration maxWait) {
        public Timing {
            if (debounce.isNegative() || maxWait.compareTo(debounce) < 0) {
                throw new IllegalArgumentException("need 0 <= debounce <= maxWait, got " + debounce + " and " + maxWait);
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DraftAutosaver.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final AttemptStore store;
    private final long attemptId;
    private final ScheduledExecutorService executor;
    private final Timing timing;
    private final Clock clock;
    private final Consumer<SaveStatus> listener;
    /** Held while saving or claiming, so these run one at a time and each save takes the newest draft. */
    private final Object saving = new Object();

    // Guarded by this; held only for a few field updates, so the UI thread never waits on I/O.
    private Draft pending;
    private long firstUnsavedAt = -1;
    private ScheduledFuture<?> timer;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> renewal;
    private boolean closed;

    // Guarded by saving.
    private boolean claimed;
    private volatile DraftWrite refused;
    private volatile SaveStatus last;

    public DraftAutosaver(AttemptStore store, long attemptId, ScheduledExecutorService executor, Timing timing, Clock clock,
                          Consumer<SaveStatus> listener) {
        this.store = store;
        this.attemptId = attemptId;
        this.executor = executor;
        this.timing = timing;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Claims the draft for this window (taking it from another live window when {@code takeOver}), on
     * the saver's thread before any save queued after it. Completes with the store's answer.
     */
    public CompletableFuture<DraftClaim> claim(boolean takeOver) {
        return CompletableFuture.supplyAsync(() -> {
            synchronized (saving) {
                DraftClaim answer = store.claimDraft(attemptId, takeOver, clock.instant());
                if (answer instanceof DraftClaim.Claimed) {
                    claimed();
                }
                return answer;
            }
        }, executor);
    }

    /** The draft changed; it will be saved within the debounce delay (or the max wait). Returns at once. */
    public synchronized void changed(Draft draft) {
        if (closed) {
            throw new IllegalStateException("the autosaver is closed");
        }
        if (refused != null) {
            return;
        }
        pending = draft;
        long now = clock.millis();
        if (firstUnsavedAt < 0) {
            firstUnsavedAt = now;
        }
        long latest = firstUnsavedAt + timing.maxWait().toMillis();
        long delay = Math.max(0, Math.min(timing.debounce().toMillis(), latest - now));
        cancelTimer();
        try {
            timer = executor.schedule(this::saveQuietly, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.warn("the autosave executor is shut down; the draft of attempt {} stays in memory", draft.attemptId());
        }
    }

    /** Saves the latest draft now; completes when it is saved (or has failed, or was refused). */
    public CompletableFuture<SaveStatus> flush() {
        synchronized (this) {
            cancelTimer();
        }
        return onExecutor(this::saveLatest);
    }

    /**
     * Saves the latest draft, stops, and lets go of the draft's claim so that another window may
     * take it at once. Later changes are refused. Completes when done; never blocks its caller.
     */
    public CompletableFuture<SaveStatus> finish() {
        synchronized (this) {
            closed = true;
            cancelTimer();
        }
        return onExecutor(() -> {
            SaveStatus status = saveLatest();
            synchronized (saving) {
                synchronized (this) {
                    if (renewal != null) {
                        renewal.cancel(false);
                    }
                }
                if (claimed && refused == null) {
                    try {
                        store.releaseDraft(attemptId);
                    } catch (RuntimeException e) {
                        LOG.warn("the claim on the draft of attempt {} could not be let go; it lapses by itself", attemptId, e);
                    }
                }
                claimed = false;
            }
            return status;
        });
    }

    /** The outcome of the last save, if there was one. */
    public SaveStatus lastStatus() {
        return last;
    }

    /** {@link #finish()}, waiting (a few seconds at most) for it: call it off the UI thread or at exit. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            finish().get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the last draft save did not finish on close", e);
        }
    }

    private CompletableFuture<SaveStatus> onExecutor(java.util.function.Supplier<SaveStatus> work) {
        CompletableFuture<SaveStatus> done = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    done.complete(work.get());
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            Draft unsaved = pendingDraft();
            done.complete(unsaved == null ? lastOrUnchanged()
                    : new SaveStatus.Failed("the draft could not be saved: Debrief is shutting down", unsaved));
        }
        return done;
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
                return lastOrUnchanged();
            }
            SaveStatus status;
            try {
                Instant at = clock.instant();
                DraftWrite write = refused != null ? refused : claimed ? store.saveDraft(draft, at) : claimAndSave(draft, at);
                status = write == DraftWrite.WRITTEN ? new SaveStatus.Saved(at) : refuse(write);
            } catch (RuntimeException e) {
                keep(draft);
                retryLater();
                String message = e instanceof StoreException ? e.getMessage() : "the draft could not be saved (" + e + ")";
                LOG.warn("draft of attempt {} kept in memory: {}", draft.attemptId(), message);
                status = new SaveStatus.Failed(message, draft);
            }
            last = status;
            tell(status);
            return status;
        }
    }

    /** The first save of a saver that was not asked to {@link #claim}: it claims the draft, unless another window holds it. */
    private DraftWrite claimAndSave(Draft draft, Instant at) {
        DraftClaim answer = store.claimDraft(attemptId, false, at);
        if (answer instanceof DraftClaim.Closed) {
            return DraftWrite.CLOSED;
        }
        if (answer instanceof DraftClaim.HeldElsewhere) {
            return DraftWrite.TAKEN_OVER;
        }
        claimed();
        return store.saveDraft(draft, at);
    }

    /** Under {@code saving}: this window writes the draft (again, after a take-over); renew the claim while it runs. */
    private void claimed() {
        claimed = true;
        refused = null;
        scheduleRenewal();
    }

    private synchronized void scheduleRenewal() {
        if (closed) {
            return;
        }
        if (renewal != null) {
            renewal.cancel(false);
        }
        try {
            renewal = executor.schedule(this::renew, DraftOwners.RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("the autosave executor is shut down; the claim on attempt {} lapses by itself", attemptId);
        }
    }

    private void renew() {
        synchronized (saving) {
            if (!claimed || refused != null) {
                return;
            }
            try {
                DraftWrite write = store.renewDraftClaim(attemptId, clock.instant());
                if (write != DraftWrite.WRITTEN) {
                    last = refuse(write);
                    tell(last);
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warn("the claim on the draft of attempt {} could not be renewed: {}", attemptId, e.getMessage());
            }
            scheduleRenewal();
        }
    }

    /** Under {@code saving}: the draft is not ours to write any more; drop what is pending and stop. */
    private SaveStatus refuse(DraftWrite why) {
        refused = why;
        claimed = false;
        synchronized (this) {
            pending = null;
            cancelTimer();
            if (renewal != null) {
                renewal.cancel(false);
            }
        }
        LOG.info("draft of attempt {} is no longer written by this window: {}", attemptId, why);
        return new SaveStatus.Refused(why);
    }

    private synchronized void retryLater() {
        if (retry != null || closed) {
            return;
        }
        try {
            retry = executor.schedule(() -> {
                synchronized (this) {
                    retry = null;
                }
                saveQuietly();
            }, RETRY_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("the autosave executor is shut down; no retry for attempt {}", attemptId);
        }
    }

    /** Puts a draft that failed to save back, unless a newer one arrived meanwhile. */
    private synchronized void keep(Draft draft) {
        if (pending == null) {
            pending = draft;
        }
    }

    private SaveStatus lastOrUnchanged() {
        SaveStatus s = last;
        return s != null ? s : new SaveStatus.Unchanged();
    }

    private void tell(SaveStatus status) {
        try {
            listener.accept(status);
        } catch (RuntimeException e) {
            LOG.error("the save listener failed", e);
        }
    }
}
