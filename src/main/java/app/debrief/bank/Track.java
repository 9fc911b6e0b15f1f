package app.debrief.bank;

import java.util.Locale;
import java.util.Optional;

/** The two interview loops Debrief trains, kept apart everywhere. */
public enum Track {
    PM("Product Manager"),
    PMM("Product Marketing Manager");

    private final String role;

    Track(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }

    /** Accepts "pm", "PM", "pmm"… as typed on a command line or stored in a file. */
    public static Optional<Track> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
