package app.debrief.practice;

/**
 * Something an answer left open, as the interviewer sees it: a talking point it never reached, one
 * it only named, or a documented mistake the checker flagged. {@code id} is the point's or the
 * mistake's id (what a follow-up names in its probes); {@code because} says it in plain words, built
 * from the checker's finding ("Asked because your answer said nothing about what serving costs us").
 */
public record Gap(Kind kind, String id, String because) {

    /** In the order the interviewer takes them: the first kind is the biggest gap. */
    public enum Kind {
        /** The answer never reached the point: a question can bring out all of it. */
        MISSING_POINT,
        /** The answer named the point without a figure, mechanism or reason: half of it is there. */
        TOUCHED_POINT,
        /** A documented mistake in the answer as a whole, already shown with its evidence on the debrief. */
        FLAGGED_MISTAKE
    }
}
