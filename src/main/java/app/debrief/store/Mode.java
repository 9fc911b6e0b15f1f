package app.debrief.store;

/** Practice lets the clock run over (and counts the overtime); mock locks the answer at zero and submits it. */
public enum Mode {
    PRACTICE, MOCK
}
