package app.debrief.store;

/** What a self-grade is about: a mistake of the rubric or a talking point of the prompt. */
public enum GradeItem {
    MISTAKE, TALKING_POINT
}
