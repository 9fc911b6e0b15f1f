package app.debrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed standard input is told apart from one that holds a file of the Java runtime or of the program. */
class StandardInputTest {

    @TempDir
    Path dir;

    @Test
    void descriptorZeroOnTheRuntimesOwnFilesMeansItWasClosed() throws IOException {
        Path javaHome = Files.createDirectories(dir.resolve("jdk"));
        Path modules = Files.writeString(Files.createDirectories(javaHome.resolve("lib")).resolve("modules"), "classes");
        Path jar = Files.writeString(dir.resolve("debrief.jar"), "zip");
        Path answer = Files.writeString(dir.resolve("answer.txt"), "an answer");
        assertThat(StandardInput.closed(Optional.of(modules), javaHome, List.of(jar))).isTrue();
        assertThat(StandardInput.closed(Optional.of(jar), javaHome, List.of(jar))).isTrue();
        assertThat(StandardInput.closed(Optional.of(answer), javaHome, List.of(jar))).as("debrief check - < answer.txt").isFalse();
        assertThat(StandardInput.closed(Optional.of(Path.of("pipe:[225995]")), javaHome, List.of(jar))).as("a pipe").isFalse();
        assertThat(StandardInput.closed(Optional.empty(), javaHome, List.of(jar))).as("not Linux").isFalse();
    }
}
