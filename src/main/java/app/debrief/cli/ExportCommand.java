package app.debrief.cli;

import app.debrief.review.Exporter;
import app.debrief.store.AttemptStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try (AttemptStore store = root.openStoreForReading()) {
            if (attempt != null && store.attempt(attempt).isEmpty()) {
                throw new BadInput("no attempt with id " + attempt + "; 'debrief history' lists them");
            }
            Optional<java.util.List<Long>> ids = Optional.ofNullable(attempt).map(java.util.List::of);
            Exporter.Format chosen = format == Format.json ? Exporter.Format.JSON : Exporter.Format.MARKDOWN;
            if (out == null) {
                // A failed write to standard output is the command line's to report (see RootCommand.run).
                Exporter.write(store, ids, chosen, spec.commandLine().getOut(), Instant.now());
                return 0;
            }
            Path target = out.toAbsolutePath();
            if (Files.isDirectory(target)) {
                throw new BadInput(out + ": is a folder; name a file to write");
            }
            if (!Files.isDirectory(target.getParent())) {
                throw new BadInput(out + ": the folder " + target.getParent() + " does not exist");
            }
            try {
                Exporter.writeFile(store, ids, chosen, target, Instant.now());
            } catch (IOException e) {
                throw new BadInput(out + ": could not be written (" + e.getMessage() + "); nothing was written");
            }
            spec.commandLine().getOut().println("exported to " + out);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
