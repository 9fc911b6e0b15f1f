package app.debrief.store;

public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, ABANDONED
}
