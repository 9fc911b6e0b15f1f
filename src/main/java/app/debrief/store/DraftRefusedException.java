package app.debrief.store;

/**
 * A hand-in that wrote nothing because the draft is not this window's to write: another window
 * took it over, or the attempt is no longer in progress. Nothing was changed.
 */
public final class DraftRefusedException extends IllegalStateException {

    private final DraftWrite reason;

    DraftRefusedException(long attemptId, DraftWrite reason) {
        super("attempt " + attemptId + (reason == DraftWrite.CLOSED ? " is not in progress, so it cannot be submitted"
                : " is being written in another window, so it cannot be submitted here"));
        this.reason = reason;
    }

    /** {@link DraftWrite#TAKEN_OVER} or {@link DraftWrite#CLOSED}. */
    public DraftWrite reason() {
        return reason;
    }
}
