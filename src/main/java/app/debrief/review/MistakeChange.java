package app.debrief.review;

/** How one documented mistake moved between an older and a newer answer to the same prompt. */
public enum MistakeChange {
    /** Flagged in the older answer, not in the newer. */
    FIXED,
    /** Flagged in the newer answer, not in the older (or the older was not checked for it). */
    NEW,
    /** Flagged in both. */
    STILL_THERE,
    /** Flagged in neither. */
    CLEAR,
    /** Does not apply to the newer answer's track and kind. */
    NOT_APPLICABLE
}
