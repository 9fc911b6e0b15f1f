package app.debrief.env;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user's data lives: {@code --data-dir}, else {@code DEBRIEF_DATA_DIR}, else the
 * platform's data folder (XDG on Linux, %APPDATA% on Windows, Application Support on macOS).
 * Every file Debrief writes is found from here, and nowhere else.
 */
public record DataDirectory(Path path, String source) {

    public static final String ENV = "DEBRIEF_DATA_DIR";
    public static final String DATABASE = "debrief.db";

    public static DataDirectory resolve(Optional<Path> option, Map<String, String> env, String osName, Path home) {
        if (option.isPresent()) {
            return new DataDirectory(option.get().toAbsolutePath().normalize(), "--data-dir");
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataDirectory(Path.of(fromEnv).toAbsolutePath().normalize(), ENV);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return new DataDirectory(base.resolve("Debrief"), "platform default (%APPDATA%)");
        }
        if (os.contains("mac")) {
            return new DataDirectory(home.resolve("Library").resolve("Application Support").resolve("Debrief"),
                    "platform default (Application Support)");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return new DataDirectory(base.resolve("debrief"), "platform default (XDG)");
    }

    /** The folder for this process: its option, its environment, its operating system. */
    public static DataDirectory forThisProcess(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public Path database() {
        return path.resolve(DATABASE);
    }

    public Path userPrompts() {
        return path.resolve("prompts");
    }

    public Path logs() {
        return path.resolve("logs");
    }

    public Path settings() {
        return path.resolve("settings.properties");
    }
}
