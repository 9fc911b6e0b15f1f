package app.debrief.settings;

import java.util.Optional;

/** What the app remembers between runs. Absent values fall back to defaults. */
public record Settings(Theme theme, Optional<WindowBounds> window) {

    public enum Theme {
        LIGHT, DARK
    }

    /** Where the window was, so it reopens there. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, Optional.empty());
    }

    public Settings withTheme(Theme theme) {
        return new Settings(theme, window);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(theme, Optional.of(bounds));
    }
}
