package app.debrief.cli;

import app.debrief.review.MarkdownReport;
import app.debrief.store.AttemptStore;
import app.debrief.store.ExportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code debrief export --format md|json [--out FILE] [--attempt ID]}: the whole history or one
 * attempt, as a Markdown report or as JSON that {@code import} reads back. A file is written
 * whole or not at all (a temporary file, then a move).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export your attempts as a Markdown report or as JSON (which 'import' reads back).")
final class ExportCommand implements Callable<Integer> {

    enum Format { md, json }

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "md|json", description = "md: a report to read; json: a file to import.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--attempt", paramLabel = "ID", description = "Only this attempt (ids as 'debrief history' shows them).")
    Long attempt;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try (AttemptStore store = root.openStore(err)) {
            if (attempt != null && store.attempt(attempt).isEmpty()) {
                throw new BadInput("no attempt with id " + attempt + "; 'debrief history' lists them");
            }
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                write(store, stdout);
                stdout.flush();
                return 0;
            }
            Path target = out.toAbsolutePath();
            if (Files.isDirectory(target)) {
                throw new BadInput(out + ": is a folder; name a file to write");
            }
            if (!Files.isDirectory(target.getParent())) {
                throw new BadInput(out + ": the folder " + target.getParent() + " does not exist");
            }
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8); PrintWriter pw = new PrintWriter(w)) {
                    write(store, pw);
                    if (pw.checkError()) {
                        throw new BadInput(out + ": could not be written (is the disk full?); nothing was written");
                    }
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            spec.commandLine().getOut().println("exported to " + out);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private void write(AttemptStore store, PrintWriter w) {
        Instant now = Instant.now();
        if (format == Format.json) {
            try (ExportWriter json = new ExportWriter(new NonClosing(w), now)) {
                store.export(Optional.ofNullable(attempt), json::write);
            }
        } else {
            MarkdownReport report = new MarkdownReport(w, now);
            store.export(Optional.ofNullable(attempt), report::write);
            report.finish();
        }
        w.flush();
    }

    /** Standard output stays open for picocli after the JSON is written. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
