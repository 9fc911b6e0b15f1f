package app.debrief.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop start as a user gets it, in a JVM of its own (the app starts the toolkit itself):
 * started with no arguments, the window shows its starting screen, then the home screen, and the
 * process ends cleanly when told to quit. The starting screen is drawn without a single control:
 * the first control would load JavaFX's default theme, which the shell replaces anyway.
 */
class DesktopStartIT {

    @TempDir
    Path dataDir;

    @Test
    void theWindowShowsItsFirstFrameThenHomeAndLoadsNoControlBeforeTheFirstFrame() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1200-32",
                "-Ddebrief.reportFirstFrame=true", "-Ddebrief.exitAfterFirstFrame=true",
                "-Xlog:class+load=info:stdout",
                "app.debrief.Launcher"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("out.txt").toFile());
        builder.environment().put("DEBRIEF_DATA_DIR", dataDir.resolve("data").toString());
        Process process = builder.start();

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the app quits once its home screen is up").isTrue();
        List<String> out = Files.readAllLines(dataDir.resolve("out.txt"));
        assertThat(process.exitValue()).as(String.join("\n", tail(out))).isZero();
        int firstFrame = indexOf(out, "first-frame-ms=");
        int home = indexOf(out, "home-ms=");
        int firstControl = indexOf(out, " javafx.scene.control.Control ");
        assertThat(firstFrame).as("the first frame is reported").isNotNegative();
        assertThat(home).as("the home screen follows the first frame").isGreaterThan(firstFrame);
        assertThat(firstControl).as("controls load for the home screen, after the first frame").isGreaterThan(firstFrame);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> tail(List<String> lines) {
        return lines.stream().filter(l -> !l.contains("[class,load]")).toList();
    }
}
