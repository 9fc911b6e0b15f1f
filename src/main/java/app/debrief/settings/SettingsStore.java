package app.debrief.settings;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads and writes {@code settings.properties}: a properties file, because it is read before the
 * first frame and the JDK reads one in a millisecond, where a JSON library first takes a tenth of
 * a second to load. Writes go to a temporary file that is then moved over the old one, so a
 * crash never leaves half a file; an unreadable file means defaults, never an error to deal with.
 */
public final class SettingsStore {

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LoggerFactory.getLogger(SettingsStore.class).warn("Settings in {} are unreadable ({}); using defaults", file, e.getMessage());
            return Settings.defaults();
        }
        Settings.Theme theme = "dark".equals(p.getProperty("theme")) ? Settings.Theme.DARK : Settings.Theme.LIGHT;
        Optional<Settings.WindowBounds> window = Optional.empty();
        try {
            double width = Double.parseDouble(p.getProperty("window.width", "0"));
            double height = Double.parseDouble(p.getProperty("window.height", "0"));
            if (width > 0 && height > 0) {
                window = Optional.of(new Settings.WindowBounds(Double.parseDouble(p.getProperty("window.x", "0")),
                        Double.parseDouble(p.getProperty("window.y", "0")), width, height,
                        Boolean.parseBoolean(p.getProperty("window.maximized", "false"))));
            }
        } catch (NumberFormatException e) {
            LoggerFactory.getLogger(SettingsStore.class).warn("The window's place in {} is unreadable; using the default", file);
        }
        return new Settings(theme, window);
    }

    /** Saves; a failure is logged and otherwise ignored, because settings are a convenience. */
    public void save(Settings settings) {
        Properties p = new Properties();
        p.setProperty("theme", settings.theme().name().toLowerCase(Locale.ROOT));
        settings.window().ifPresent(w -> {
            p.setProperty("window.x", String.valueOf(w.x()));
            p.setProperty("window.y", String.valueOf(w.y()));
            p.setProperty("window.width", String.valueOf(w.width()));
            p.setProperty("window.height", String.valueOf(w.height()));
            p.setProperty("window.maximized", String.valueOf(w.maximized()));
        });
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Debrief settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LoggerFactory.getLogger(SettingsStore.class).warn("Could not save settings to {}: {}", file, e.getMessage());
        }
    }
}
