package app.debrief.cli;

import app.debrief.content.ContentProblem;
import app.debrief.content.TextFiles;
import app.debrief.store.AttemptStore;
import app.debrief.store.ExportReader;
import app.debrief.store.ImportResult;
import app.debrief.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code debrief import FILE}: adds the attempts of a JSON export. The whole file is checked
 * first and written in one transaction: a problem anywhere writes nothing and is reported as
 * {@code file:line:column: message}. Attempts already present (same uid) are skipped.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import attempts from a JSON export; all or nothing, and attempts you already have are skipped.")
final class ImportCommand implements Callable<Integer> {

    /** Exports are larger than answers; this still keeps a wrong file from filling memory. */
    private static final long MAX_BYTES = 512L * 1024 * 1024;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A file written by 'debrief export --format json'.")
    Path file;

    @Override
    public Integer call() {
        ExportReader.Result read = ExportReader.read(file.toString(), text());
        PrintWriter err = spec.commandLine().getErr();
        if (!read.problems().isEmpty()) {
            read.problems().stream().limit(20).map(ContentProblem::toString).forEach(err::println);
            int n = read.problems().size();
            err.println("debrief: nothing was imported (" + n + (n == 1 ? " problem" : " problems") + " in " + file + ")");
            err.flush();
            return 1;
        }
        try (AttemptStore store = root.openStore(err)) {
            ImportResult result = store.importAttempts(read.attempts());
            PrintWriter out = spec.commandLine().getOut();
            out.println("imported " + Plural.of(result.added(), "attempt")
                    + (result.followUpsAdded() > 0 ? " and " + Plural.of(result.followUpsAdded(), "follow-up") : "") + " from " + file
                    + (result.alreadyPresent() > 0 ? "; " + result.alreadyPresent() + " already in your history were skipped" : ""));
            out.flush();
        }
        return 0;
    }

    private String text() {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new BadInput(name + ": is a folder, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInput(name + ": is larger than " + MAX_BYTES / (1024 * 1024) + " MB; that is the limit");
            }
            return TextFiles.decode(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInput(name + ": no such file");
        } catch (IOException e) {
            throw new BadInput(name + ": cannot be read (" + e.getMessage() + ")");
        } catch (TextFiles.UnreadableText e) {
            throw new BadInput(e.getMessage());
        }
    }
}
