package app.debrief.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsLoadedBack() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings saved = Settings.defaults().withTheme(Settings.Theme.DARK)
                .withWindow(new Settings.WindowBounds(10.5, -20, 1300, 850, true));
        store.save(saved);
        assertThat(store.load()).isEqualTo(saved);
    }

    @Test
    void noFileMeansDefaults() {
        assertThat(new SettingsStore(dir.resolve("settings.json")).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void anUnreadableFileMeansDefaults() throws IOException {
        Path file = dir.resolve("settings.json");
        for (String text : new String[]{"", "[1, 2]", "{\"theme\": \"dark\", ", "not json"}) {
            Files.writeString(file, text);
            assertThat(new SettingsStore(file).load()).as(text).isEqualTo(Settings.defaults());
        }
    }

    @Test
    void unknownFieldsAreSkippedAndAWindowWithoutASizeIsNoWindow() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                {"future": {"nested": [1, {"a": 2}]}, "theme": "dark",
                 "window": {"x": 5, "y": 6, "width": 0, "height": 700, "extra": [true]}}
                """);
        assertThat(new SettingsStore(file).load()).isEqualTo(new Settings(Settings.Theme.DARK, Optional.empty()));
    }

    @Test
    void theFileIsReadableJson() throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(Settings.defaults().withWindow(new Settings.WindowBounds(1, 2, 900, 600, false)));
        assertThat(Files.readString(file)).contains("\"theme\" : \"light\"").contains("\"width\" : 900.0");
    }
}
