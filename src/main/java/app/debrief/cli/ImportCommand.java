package app.debrief.cli;

import app.debrief.content.ContentProblem;
import app.debrief.content.TextFiles;
import app.debrief.store.AttemptStore;
import app.debrief.store.ExportReader;
import app.debrief.store.ImportResult;
import app.debrief.store.ImportStaging;
import app.debrief.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code debrief import FILE}: adds the attempts of a JSON export. The file is read a piece at a
 * time, so an export of any size imports: every attempt is checked and staged as it is read, and
 * only a file without a problem is then written, in one transaction. A problem anywhere writes
 * nothing and is reported as {@code file:line:column: message}. Attempts already present (same
 * uid) are skipped.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import attempts from a JSON export; all or nothing, and attempts you already have are skipped.")
final class ImportCommand implements Callable<Integer> {

    private static final int SHOWN_PROBLEMS = 20;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A file written by 'debrief export --format json'.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (ImportStaging staged = ImportStaging.create()) {
            ExportReader.Checked read = ExportReader.read(file.toString(), reader(), staged);
            if (read.problemCount() > 0) {
                read.problems().stream().limit(SHOWN_PROBLEMS).map(ContentProblem::toString).forEach(err::println);
                int n = read.problemCount();
                err.println("debrief: nothing was imported (" + n + (n == 1 ? " problem" : " problems") + " in " + file
                        + (n > SHOWN_PROBLEMS ? "; the first " + SHOWN_PROBLEMS + " are shown" : "") + ")");
                err.flush();
                return 1;
            }
            try (AttemptStore store = root.openStore(err)) {
                ImportResult result = store.importAttempts(staged);
                PrintWriter out = spec.commandLine().getOut();
                out.println("imported " + Plural.of(result.added(), "attempt")
                        + (result.followUpsAdded() > 0 ? " and " + Plural.of(result.followUpsAdded(), "follow-up") : "") + " from " + file
                        + (result.alreadyPresent() > 0 ? "; " + result.alreadyPresent() + " already in your history were skipped" : ""));
                out.flush();
            }
        }
        return 0;
    }

    private Reader reader() {
        try {
            return TextFiles.reader(file);
        } catch (TextFiles.UnreadableText e) {
            throw new BadInput(e.getMessage());
        }
    }
}
