package app.debrief.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes {@code settings.json}. Writes go to a temporary file that is then moved over
 * the old one, so a crash never leaves half a file; an unreadable file means defaults, never an
 * error the user has to deal with.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            Settings.Theme theme = "dark".equals(root.path("theme").asText()) ? Settings.Theme.DARK : Settings.Theme.LIGHT;
            Optional<Settings.WindowBounds> window = Optional.empty();
            JsonNode w = root.path("window");
            if (w.isObject() && w.path("width").asDouble() > 0 && w.path("height").asDouble() > 0) {
                window = Optional.of(new Settings.WindowBounds(w.path("x").asDouble(), w.path("y").asDouble(),
                        w.path("width").asDouble(), w.path("height").asDouble(), w.path("maximized").asBoolean()));
            }
            return new Settings(theme, window);
        } catch (IOException e) {
            LOG.warn("Settings in {} are unreadable ({}); using defaults", file, e.getMessage());
            return Settings.defaults();
        }
    }

    /** Saves; a failure is logged and otherwise ignored, because settings are a convenience. */
    public void save(Settings settings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("theme", settings.theme().name().toLowerCase(Locale.ROOT));
        settings.window().ifPresent(w -> root.putObject("window").put("x", w.x()).put("y", w.y())
                .put("width", w.width()).put("height", w.height()).put("maximized", w.maximized()));
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", file, e.getMessage());
        }
    }
}
