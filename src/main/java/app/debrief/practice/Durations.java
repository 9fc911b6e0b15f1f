package app.debrief.practice;

import java.util.Locale;

/**
 * How lengths of time read, the same on screen, in a report and on the command line: always as on
 * a clock ("0:27", "27:13", "1:02:03"), never "27 s" in one place and "0:27" in another.
 */
public final class Durations {

    private Durations() {
    }

    /** Time used, as on a stopwatch: "9:05", "1:02:03" (whole seconds, rounded down). */
    public static String clock(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        return hms(seconds);
    }

    /**
     * Time left, as on a countdown: "12:05" (rounded up, so 0:00 means none is left), or "+0:42"
     * once the budget is overrun.
     */
    public static String countdown(long remainingMillis) {
        return remainingMillis < 0 ? "+" + hms(-remainingMillis / 1000) : hms((remainingMillis + 999) / 1000);
    }

    private static String hms(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
