package app.debrief.cli;

/** Input the user can fix (a missing file, an unknown id): reported in one line, exit code 1. */
public final class BadInput extends RuntimeException {
    public BadInput(String message) {
        super(message);
    }
}
