package app.debrief.review;

/** Why a prompt is in the practise-next queue, in the queue's order of priority. */
public enum Reason {
    /** Spaced review (SM-2) says it is due today or overdue. */
    DUE_REVIEW,
    /** It tests a mistake the candidate has been flagged for often lately. */
    WEAK_SPOT,
    /** The candidate has never answered it. */
    NOT_YET_PRACTISED,
    /** Answered before, and not for longer than the others. */
    LONGEST_UNSEEN
}
