package app.debrief.env;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {

    static final Path HOME = Path.of("/home/ada");

    @Test
    void theOptionWinsOverTheEnvironment() {
        DataDirectory d = DataDirectory.resolve(Optional.of(Path.of("/tmp/x")), Map.of("DEBRIEF_DATA_DIR", "/tmp/y"), "Linux", HOME);
        assertThat(d.path()).isEqualTo(Path.of("/tmp/x"));
        assertThat(d.source()).isEqualTo("--data-dir");
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("DEBRIEF_DATA_DIR", "/tmp/y"), "Linux", HOME).path())
                .isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME).path())
                .isEqualTo(Path.of("/home/ada/.local/share/debrief"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME).path())
                .isEqualTo(Path.of("/data/debrief"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME).path())
                .as("XDG says a relative value is invalid and must be ignored")
                .isEqualTo(Path.of("/home/ada/.local/share/debrief"));
    }

    @Test
    void windowsAndMacUseTheirOwnFolders() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("APPDATA", "/c/Users/ada/AppData/Roaming"), "Windows 11", HOME).path())
                .isEqualTo(Path.of("/c/Users/ada/AppData/Roaming/Debrief"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME).path())
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Debrief"));
    }

    @Test
    void theDatabaseAndThePacksLiveInsideIt() {
        DataDirectory d = new DataDirectory(Path.of("/d"), "test");
        assertThat(d.database()).isEqualTo(Path.of("/d/debrief.db"));
        assertThat(d.userPrompts()).isEqualTo(Path.of("/d/prompts"));
    }
}
