package app.debrief.ui.answer;

import app.debrief.store.Attempt;
import app.debrief.store.DraftAutosaver;
import app.debrief.store.DraftClaim;
import app.debrief.store.DraftWrite;
import app.debrief.ui.common.Format;
import app.debrief.ui.common.UiExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Whether this window writes the answer on screen ({@link Access}), and how it comes to know: the
 * claim when the screen opens, a take-over when the user asks, and a save or renewal the store
 * refused. Each change is handed to the screen's model on the UI thread.
 */
final class DraftAccess {

    private final DraftAutosaver autosaver;
    private final UiExecutor executor;
    private final Clock clock;
    private final Consumer<Attempt> writing;
    private final Consumer<Access> stopped;
    private final Consumer<String> failed;
    private final ReadOnlyObjectWrapper<Access> access = new ReadOnlyObjectWrapper<>(Access.CLAIMING);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /**
     * {@code writing} gets the draft as stored when this window may write it; {@code stopped} the state
     * when it may not (or no longer); {@code failed} what went wrong when the store could not be asked.
     */
    DraftAccess(DraftAutosaver autosaver, UiExecutor executor, Clock clock, Consumer<Attempt> writing, Consumer<Access> stopped,
                Consumer<String> failed) {
        this.autosaver = autosaver;
        this.executor = executor;
        this.clock = clock;
        this.writing = writing;
        this.stopped = stopped;
        this.failed = failed;
    }

    /** Claims the answer as the screen opens; typing may go on meanwhile (a save waits for the answer). */
    void open() {
        ask(false);
    }

    /** Takes the answer from the window that writes it, which then stops. */
    void takeOver() {
        if (access.get().canTakeOver()) {
            ask(true);
        }
    }

    /** The store refused a save or a renewal: another window has the answer now, or it was handed in elsewhere. */
    void refused(DraftWrite reason) {
        if (access.get().writable()) {
            stop(Access.after(reason), "");
        }
    }

    /** A hand-in was refused for the same reasons. */
    void handInRefused(DraftWrite reason) {
        stop(Access.after(reason), "");
    }

    private void ask(boolean takeOver) {
        autosaver.claim(takeOver).whenComplete((claim, error) -> executor.onUi(() -> answered(claim, error)));
    }

    private void answered(DraftClaim claim, Throwable error) {
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            failed.accept(String.valueOf(cause.getMessage()));
        } else if (claim instanceof DraftClaim.Claimed c) {
            notice.set("");
            access.set(Access.WRITING);
            writing.accept(c.attempt());
        } else if (claim instanceof DraftClaim.HeldElsewhere h) {
            stop(Access.READ_ONLY, Format.ago(Duration.between(h.lastSeen(), Instant.now(clock))));
        } else {
            stop(Access.CLOSED, "");
        }
    }

    private void stop(Access state, String lastActive) {
        access.set(state);
        notice.set(state.notice(lastActive));
        stopped.accept(state);
    }

    Access get() {
        return access.get();
    }

    ReadOnlyObjectProperty<Access> property() {
        return access.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
