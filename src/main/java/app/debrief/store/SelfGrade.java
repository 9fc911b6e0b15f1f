package app.debrief.store;

/** The candidate's own score for one mistake or talking point, on the rubric's scale, with a note. */
public record SelfGrade(GradeItem item, String itemId, int score, String note) {
}
