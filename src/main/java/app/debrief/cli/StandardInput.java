package app.debrief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Standard input, told apart from a closed one. When a program is started with its standard input
 * closed, the JVM's first own file (its class library, lib/modules) is opened on descriptor 0, and
 * reading "standard input" reads that file. Linux shows what descriptor 0 is; elsewhere the input
 * is taken as it is.
 */
final class StandardInput {

    static final String CLOSED = "it is closed; pipe the answer in (... | debrief check ... -) or name a file instead of -";

    private StandardInput() {
    }

    /** {@code System.in}, or a stream that says it is closed when descriptor 0 is the JVM's own file. */
    static InputStream of(InputStream in) {
        Path fd0 = Path.of("/proc/self/fd/0");
        Optional<Path> target = Optional.empty();
        if (Files.isSymbolicLink(fd0)) {
            try {
                target = Optional.of(Files.readSymbolicLink(fd0));
            } catch (IOException | UnsupportedOperationException e) {
                // Not shown: take the input as it is.
            }
        }
        List<Path> classPath = java.util.Arrays.stream(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                .filter(p -> !p.isBlank()).map(p -> Path.of(p).toAbsolutePath()).toList();
        return closed(target, Path.of(System.getProperty("java.home")), classPath) ? closedStream() : in;
    }

    /** True when descriptor 0 is a file of the Java runtime or of the program's class path: the input was closed. */
    static boolean closed(Optional<Path> fd0, Path javaHome, List<Path> classPath) {
        if (fd0.isEmpty() || !fd0.get().isAbsolute()) {
            return false;
        }
        Path target = real(fd0.get());
        return target.startsWith(real(javaHome)) || classPath.stream().map(StandardInput::real).anyMatch(target::equals);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static InputStream closedStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException(CLOSED);
            }
        };
    }
}
