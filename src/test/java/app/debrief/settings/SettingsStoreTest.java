package app.debrief.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void theThemeAndTheWindowAreRemembered() {
        SettingsStore store = new SettingsStore(dir.resolve("sub").resolve("settings.properties"));
        assertThat(store.load()).isEqualTo(Settings.defaults());
        Settings chosen = Settings.defaults().withTheme(Settings.Theme.DARK)
                .withWindow(new Settings.WindowBounds(10, 20, 1300, 850, true));
        store.save(chosen);
        assertThat(store.load()).isEqualTo(chosen);
    }

    @Test
    void anUnreadableFileMeansDefaultsNotAnError() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "theme=dark\nwindow.width=wide\nwindow.height=800\n\\u12");
        Settings s = new SettingsStore(file).load();
        assertThat(s).isEqualTo(Settings.defaults());
        Files.writeString(file, "theme=dark\nwindow.width=wide\nwindow.height=800\n");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults().withTheme(Settings.Theme.DARK));
    }
}
