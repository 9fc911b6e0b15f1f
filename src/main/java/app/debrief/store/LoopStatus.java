package app.debrief.store;

/** Where a sitting of a loop stands: being sat, finished (packet revealed), or given up and kept. */
public enum LoopStatus {
    IN_PROGRESS, FINISHED, ABANDONED
}
