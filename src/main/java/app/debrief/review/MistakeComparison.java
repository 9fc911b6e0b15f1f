package app.debrief.review;

/** One mistake of the rubric across two answers: fixed, new, still there, clear or not applicable. */
public record MistakeComparison(String mistakeId, String title, MistakeChange change) {
}
