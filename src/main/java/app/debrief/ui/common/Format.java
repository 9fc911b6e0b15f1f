package app.debrief.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How moments read on screen; lengths of time are in {@link app.debrief.practice.Durations}. */
public final class Format {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Format() {
    }

    /** "just now", "2 s ago", "3 min ago", "5 h ago", "4 days ago". */
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
        if (s < 2 * 86_400) {
            return s / 3600 + " h ago";
        }
        return s / 86_400 + " days ago";
    }

    /** "1 past answer", "3 past answers". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }
}
