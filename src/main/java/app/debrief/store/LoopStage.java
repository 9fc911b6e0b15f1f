package app.debrief.store;

/**
 * What a sitting in progress is doing: the break before its current round (before the first, the
 * start screen), answering the current round, or the candidate grading the rounds before the
 * packet; DONE once it has ended.
 */
public enum LoopStage {
    BREAK, ROUND, GRADING, DONE
}
