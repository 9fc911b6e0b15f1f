package app.debrief.cli;

/** Time as people read it on a clock: 9:05, 1:02:03. */
final class Durations {

    private Durations() {
    }

    static String clock(long millis) {
        long seconds = millis / 1000;
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
