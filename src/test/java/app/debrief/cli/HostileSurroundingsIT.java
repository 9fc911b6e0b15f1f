package app.debrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built jar where writing fails, for real: standard output on /dev/full or a closed pipe, a
 * closed standard input, a read-only data folder or history file (permissions hold only for
 * another user than root: as root the jar runs as nobody), and a disk on which no file may grow
 * (a file-size limit of 0, with SIGXFSZ ignored so that writes fail instead of killing the JVM).
 * Linux only, like the conditions themselves.
 */
class HostileSurroundingsIT {

    static final Path EXPORT = Path.of("installer", "check", "export-two-attempts.json");

    @TempDir
    Path tmp;
    Path data;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void seed() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")) && Files.exists(Path.of("/dev/full")), "Linux only");
        data = tmp.resolve("data");
        Result imported = run(List.of(), java("import", EXPORT.toAbsolutePath().toString()), null);
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-jar", Path.of("target", "debrief.jar").toAbsolutePath().toString(), "--data-dir", data.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code prefix + command}; {@code stdout} null reads it, else it is redirected there. */
    Result run(List<String> prefix, List<String> command, File stdout) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(command);
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(all).redirectError(err.toFile());
        if (stdout != null) {
            builder.redirectOutput(stdout);
        }
        Process p = builder.start();
        String out = stdout == null ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, Files.readString(err));
    }

    static final List<List<String>> PRINTING = List.of(List.of("check", "--track", "pm", EXPORT.toAbsolutePath().toString()),
            List.of("history"), List.of("prompts"), List.of("export", "--format", "json"));

    @Test
    void outputOnAFullDiskOrAClosedPipeIsExitOneWithOneLineSayingSo() throws Exception {
        for (List<String> command : PRINTING) {
            Result full = run(List.of(), java(command.toArray(String[]::new)), new File("/dev/full"));
            assertThat(full.code()).as("%s > /dev/full: %s", command, full.err()).isEqualTo(1);
            assertThat(full.err().lines()).as("%s > /dev/full", command).singleElement().asString()
                    .contains("could not write to standard output (No space left on device)");

            Process p = new ProcessBuilder(java(command.toArray(String[]::new))).redirectError(tmp.resolve("pipe.err").toFile()).start();
            p.getInputStream().close();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(tmp.resolve("pipe.err"));
            assertThat(p.exitValue()).as("%s | (closed): %s", command, err).isEqualTo(1);
            assertThat(err.lines()).as("%s | (closed)", command).singleElement().asString()
                    .contains("could not write to standard output (Broken pipe)");
        }
    }

    @Test
    void aClosedStandardInputIsSaidToBeClosed() throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" <&-", "sh"));
        command.addAll(java("check", "--track", "pm", "-"));
        Result r = run(List.of(), command, null);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("debrief: standard input: cannot be read (" + StandardInput.CLOSED + ")");
    }

    /** Runs as another user than root, for whom permissions hold. */
    List<String> unprivileged() throws IOException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        assumeTrue(Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "setpriv"))),
                "running as root, and no setpriv to run as another user");
        return List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
    }

    @Test
    void historyAndExportWorkInAReadOnlyDataFolder() throws Exception {
        List<String> asUser = unprivileged();
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Result history = run(asUser, java("history"), null);
            assertThat(history.code()).as(history.err()).isZero();
            assertThat(history.out()).contains("2 attempts");
            Result export = run(asUser, java("export", "--format", "json"), null);
            assertThat(export.code()).as(export.err()).isZero();
            assertThat(new ObjectMapper().readTree(export.out()).get("attempts").size()).isEqualTo(2);
            Result write = run(asUser, java("import", EXPORT.toAbsolutePath().toString()), null);
            assertThat(write.code()).isEqualTo(1);
            assertThat(write.err()).contains("the data folder " + data + " cannot be written");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyHistoryFileInAWritableFolderIsNamedAsTheFileToFix() throws Exception {
        List<String> asUser = unprivileged();
        Path db = data.resolve("debrief.db");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        Result history = run(asUser, java("history"), null);
        assertThat(history.code()).as(history.err()).isZero();
        Result write = run(asUser, java("import", EXPORT.toAbsolutePath().toString()), null);
        assertThat(write.code()).isEqualTo(1);
        assertThat(write.err()).contains("the history file " + db + " is read-only (its folder can be written)")
                .doesNotContain("data folder " + data + " cannot be written");
    }

    @Test
    void historyAndExportWorkOnADiskWhereNoFileMayGrow() throws Exception {
        // sqlite-jdbc unpacks its native library into the temporary folder at every start; on this "disk" it
        // could not, so it is unpacked here beforehand (see the closing note of issue 12).
        Path lib = Files.createDirectories(tmp.resolve("native"));
        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        try (Stream<Path> jars = Files.list(Path.of("target", "lib"))) {
            Path sqlite = jars.filter(j -> j.getFileName().toString().startsWith("sqlite-jdbc-")).findFirst().orElseThrow();
            try (JarFile jar = new JarFile(sqlite.toFile())) {
                var entry = jar.getEntry("org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so");
                assumeTrue(entry != null, "no sqlite native library for " + arch);
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, lib.resolve("libsqlitejdbc.so"));
                }
            }
        }
        for (List<String> reading : List.of(List.of("history"), List.of("export", "--format", "json"))) {
            List<String> command = new ArrayList<>(List.of("sh", "-c", "trap '' XFSZ; ulimit -f 0; exec \"$@\"", "sh"));
            List<String> java = java(reading.toArray(String[]::new));
            java.addAll(1, List.of("-Dorg.sqlite.lib.path=" + lib, "-Dorg.sqlite.lib.name=libsqlitejdbc.so"));
            command.addAll(java);
            Result r = run(List.of(), command, null);
            assertThat(r.code()).as("%s: %s", reading, r.err()).isZero();
            assertThat(r.out()).contains(reading.get(0).equals("history") ? "2 attempts" : "\"debriefExport\"");
        }
    }
}
