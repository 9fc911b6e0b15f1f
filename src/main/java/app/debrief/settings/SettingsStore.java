package app.debrief.settings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 * <p>
 * The window reads its settings before it first shows, so this uses Jackson's streaming parser
 * rather than an {@code ObjectMapper}, whose start-up would delay the window, and no logger
 * until it has something to say.
 */
public final class SettingsStore {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try (JsonParser json = JSON.createParser(file.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(json, "expected an object");
            }
            Settings.Theme theme = Settings.Theme.LIGHT;
            Optional<Settings.WindowBounds> window = Optional.empty();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("theme") && value == JsonToken.VALUE_STRING) {
                    theme = "dark".equals(json.getText()) ? Settings.Theme.DARK : Settings.Theme.LIGHT;
                } else if (field.equals("window") && value == JsonToken.START_OBJECT) {
                    window = window(json);
                } else {
                    json.skipChildren();
                }
            }
            return new Settings(theme, window);
        } catch (IOException e) {
            log().warn("Settings in {} are unreadable ({}); using defaults", file, e.getMessage());
            return Settings.defaults();
        }
    }

    /** The window object the parser is at; bounds without a size are no bounds. */
    private static Optional<Settings.WindowBounds> window(JsonParser json) throws IOException {
        double x = 0;
        double y = 0;
        double width = 0;
        double height = 0;
        boolean maximized = false;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "x" -> x = json.getValueAsDouble();
                case "y" -> y = json.getValueAsDouble();
                case "width" -> width = json.getValueAsDouble();
                case "height" -> height = json.getValueAsDouble();
                case "maximized" -> maximized = json.getValueAsBoolean();
                default -> json.skipChildren();
            }
        }
        return width > 0 && height > 0
                ? Optional.of(new Settings.WindowBounds(x, y, width, height, maximized))
                : Optional.empty();
    }

    /** Saves; a failure is logged and otherwise ignored, because settings are a convenience. */
    public void save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (JsonGenerator json = JSON.createGenerator(temp.toFile(), JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("theme", settings.theme().name().toLowerCase(Locale.ROOT));
                if (settings.window().isPresent()) {
                    Settings.WindowBounds w = settings.window().get();
                    json.writeObjectFieldStart("window");
                    json.writeNumberField("x", w.x());
                    json.writeNumberField("y", w.y());
                    json.writeNumberField("width", w.width());
                    json.writeNumberField("height", w.height());
                    json.writeBooleanField("maximized", w.maximized());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("Could not save settings to {}: {}", file, e.getMessage());
        }
    }

    private static Logger log() {
        return LoggerFactory.getLogger(SettingsStore.class);
    }
}
