package app.debrief.ui.common;

import app.debrief.store.Attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Discarding an unfinished answer, the same from the home screen and from the answer screen: it
 * is gone at once from the app and from the command line, can be brought back for
 * {@link #UNDO_WINDOW}, and is then deleted with its text. The methods block on the store: call
 * them from background work.
 */
public final class DiscardedDrafts {

    public static final Duration UNDO_WINDOW = Duration.ofSeconds(10);

    private final UiServices services;

    public DiscardedDrafts(UiServices services) {
        this.services = services;
    }

    /** Discards the draft; once the window is over, it is deleted (here, or at the next start if the app ends first). */
    public void discard(long attemptId) {
        services.store().discard(attemptId, now());
        services.saver().schedule(() -> services.executor().run(this::purge, n -> { }, e -> { }),
                UNDO_WINDOW.plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The draft that can still be brought back, if any. */
    public Optional<Attempt> undoable() {
        return services.store().discardedSince(now().minus(UNDO_WINDOW));
    }

    /** Brings the draft back; false when it is already deleted. */
    public boolean restore(long attemptId) {
        return services.store().restore(attemptId);
    }

    /** Deletes every draft whose window is over; returns how many. */
    public int purge() {
        return services.store().purgeDiscarded(now().minus(UNDO_WINDOW));
    }

    private Instant now() {
        return Instant.now(services.clock());
    }
}
