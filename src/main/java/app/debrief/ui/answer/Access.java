package app.debrief.ui.answer;

import app.debrief.store.DraftWrite;

/**
 * Whether this window may write the answer on screen. A draft belongs to one window at a time: a
 * second window on the same data folder shows it read-only until it takes it over, and the window
 * it was taken from stops writing.
 */
public enum Access {
    /** Asking the store; typing goes on meanwhile (a save waits for the answer). */
    CLAIMING("", ""),
    WRITING("", ""),
    READ_ONLY("Read-only here", "This answer is open in another Debrief window (last active %s), so it is read-only here."
            + " Take it over to write it here; the other window then stops saving it."),
    TAKEN_OVER("Not saved: taken over by another window", "Another Debrief window took this answer over, so this window"
            + " stopped saving it. Take it back to write here again, or save a copy to keep what is on screen."),
    CLOSED("Not saved: handed in elsewhere", "This answer was handed in or discarded in another Debrief window; nothing more"
            + " is saved here. Save a copy to keep what is on screen.");

    private final String saveText;
    private final String notice;

    Access(String saveText, String notice) {
        this.saveText = saveText;
        this.notice = notice;
    }

    /** True while this window writes the answer (or is about to). */
    public boolean writable() {
        return this == CLAIMING || this == WRITING;
    }

    /** True when this window may take the answer (back) from another one. */
    public boolean canTakeOver() {
        return this == READ_ONLY || this == TAKEN_OVER;
    }

    /** What the save indicator says in this state (empty while writing: the saves speak for themselves). */
    public String saveText() {
        return saveText;
    }

    /** The notice over the answer; {@code lastActive} fills in when the other window was last heard of. */
    public String notice(String lastActive) {
        return notice.contains("%s") ? String.format(notice, lastActive) : notice;
    }

    /** The state a refused write leaves this window in. */
    static Access after(DraftWrite refusal) {
        return refusal == DraftWrite.CLOSED ? CLOSED : TAKEN_OVER;
    }
}
