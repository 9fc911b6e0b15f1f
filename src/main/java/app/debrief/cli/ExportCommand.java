package app.debrief.cli;

import app.debrief.loop.PacketExport;
import app.debrief.review.Exporter;
import app.debrief.store.AttemptStore;
import picocli.CommandLine;
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
 * {@code debrief export --format md|json|pdf [--out FILE] [--attempt ID | --loop ID]}: the whole
 * history or one attempt, as a Markdown report or as JSON that {@code import} reads back; or a loop's
 * debrief packet as Markdown, JSON or PDF. A file is written
 * whole or not at all (a temporary file, then a move).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export your attempts as a Markdown report or as JSON (which 'import' reads back).")
final class ExportCommand implements Callable<Integer> {

    enum Format { md, json, pdf }

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "md|json|pdf",
            description = "md: a report to read; json: a file to import (or, with --loop, the packet for a script); pdf: a loop's packet.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--attempt", paramLabel = "ID", description = "Only this attempt (ids as 'debrief history' shows them).")
    Long attempt;

    @Option(names = "--loop", paramLabel = "ID",
            description = "The debrief packet of a loop: a sitting's number, or a loop's id for its latest sitting.")
    String loop;

    private PacketExport.Format packetFormat() {
        return switch (format) {
            case md -> PacketExport.Format.MARKDOWN;
            case json -> PacketExport.Format.JSON;
            case pdf -> PacketExport.Format.PDF;
        };
    }

    @Override
    public Integer call() throws IOException {
        if (loop != null && attempt != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--attempt and --loop each choose what to export; give one of them");
        }
        if (format == Format.pdf && (loop == null || out == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), loop == null
                    ? "PDF is the format of a loop's debrief packet: add --loop ID" : "a PDF goes to a file: add --out FILE");
        }
        try (AttemptStore store = root.openStoreForReading()) {
            if (loop != null) {
                return new LoopExport(root.composition(), spec.commandLine().getOut()).export(store, loop, packetFormat(), out);
            }
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
