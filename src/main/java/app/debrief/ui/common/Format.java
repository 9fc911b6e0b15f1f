package app.debrief.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times and durations read on screen. */
public final class Format {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Format() {
    }

    /** A countdown: "12:05", "1:02:03", or "+0:42" once over (whole seconds, rounded towards the budget's end). */
    public static String clock(long millis) {
        boolean over = millis < 0;
        long seconds = over ? -millis / 1000 : (millis + 999) / 1000;
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        String body = h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
        return (over ? "+" : "") + body;
    }

    /** "12 min", "1 h 05 min", "45 s". */
    public static String duration(long millis) {
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    /** "just now", "2 s ago", "3 min ago". */
    public static String ago(Duration since) {
        long s = Math.max(0, since.getSeconds());
        if (s < 2) {
            return "just now";
        }
        if (s < 60) {
            return s + " s ago";
        }
        if (s < 3600) {
            return s / 60 + " min ago";
        }
        return s / 3600 + " h ago";
    }

    public static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }
}
