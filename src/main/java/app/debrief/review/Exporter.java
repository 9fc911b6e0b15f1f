package app.debrief.review;

import app.debrief.store.AttemptStore;
import app.debrief.store.ExportWriter;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes attempts out as a Markdown report to read or as JSON that {@code import} reads back,
 * for the command line and the history screen alike. A file is written whole or not at all.
 */
public final class Exporter {

    public enum Format {
        MARKDOWN("md"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private Exporter() {
    }

    /**
     * Writes every attempt ({@code ids} empty) or the chosen ones to {@code out}; the writer stays
     * open. Returns false when writing failed (a full disk, a closed pipe).
     */
    public static boolean write(AttemptStore store, Optional<List<Long>> ids, Format format, Writer out, Instant now) {
        PrintWriter w = new PrintWriter(new KeepOpen(out));
        if (format == Format.JSON) {
            // Closing the JSON writer closes w (not out): checkError then reports without flushing again.
            try (ExportWriter json = new ExportWriter(w, now)) {
                each(store, ids, json::write);
            }
        } else {
            MarkdownReport report = new MarkdownReport(w, now);
            each(store, ids, report::write);
            report.finish();
        }
        return !w.checkError();
    }

    private static void each(AttemptStore store, Optional<List<Long>> ids, java.util.function.Consumer<app.debrief.store.ExportedAttempt> sink) {
        if (ids.isEmpty()) {
            store.export(Optional.empty(), sink);
        } else {
            ids.get().forEach(id -> store.export(Optional.of(id), sink));
        }
    }

    /** Writes to a temporary file beside {@code target}, then moves it into place. */
    public static void writeFile(AttemptStore store, Optional<List<Long>> ids, Format format, Path target, Instant now) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                if (!write(store, ids, format, w, now)) {
                    throw new IOException("writing " + temp + " failed (is the disk full?)");
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The caller's writer (standard output, say) stays open after the export closes its own. */
    private static final class KeepOpen extends FilterWriter {
        KeepOpen(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
