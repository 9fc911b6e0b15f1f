package app.debrief.cli;

import app.debrief.wiring.Composition;
import app.debrief.env.DataDirectory;
import app.debrief.store.AttemptStore;
import app.debrief.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code debrief [--data-dir DIR] [COMMAND]}: with no command it opens the app; the commands
 * work on the prompt bank, the checker and the attempt store from a terminal or a script.
 */
@Command(name = "debrief",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Rehearse PM and PMM interviews for an open-weights AI company. With no command, opens the app.",
        subcommands = {PromptsCommand.class, CheckCommand.class, ValidateCommand.class, HistoryCommand.class,
                ExportCommand.class, ImportCommand.class, LoopsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:bad input (message on standard error, nothing written)", "2:usage error"})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: $DEBRIEF_DATA_DIR, else the platform's data folder).")
    Path dataDir;

    private final Consumer<DataDirectory> openApp;
    private final InputStream in;
    private Composition composition;

    public RootCommand(Consumer<DataDirectory> openApp, InputStream in) {
        this.openApp = openApp;
        this.in = in;
    }

    /**
     * Runs one command line against the process's streams: exit 1 with one line on standard error when
     * bad input stops it, and also when its output could not be written (a full disk, a closed pipe),
     * which a PrintWriter would otherwise let pass as success.
     */
    public static int run(String[] args, Consumer<DataDirectory> openApp, InputStream in, OutputStream out, OutputStream err) {
        CheckedOutput checked = new CheckedOutput(out);
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(checked), StandardCharsets.UTF_8));
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int code = commandLine(new RootCommand(openApp, StandardInput.of(in)), stdout, stderr).execute(args);
        stdout.flush();
        if (code == 0 && checked.failure().isPresent()) {
            stderr.println("debrief: could not write to standard output (" + checked.failure().get().getMessage()
                    + "); what was written is incomplete");
            return 1;
        }
        return code;
    }

    /** A ready command line: bad input exits 1 with one line on standard error, never a stack trace. */
    public static CommandLine commandLine(RootCommand root, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(root);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof BadInput || e instanceof StoreException) {
                command.getErr().println("debrief: " + e.getMessage());
                command.getErr().flush();
                return 1;
            }
            throw e;
        });
        return cli;
    }

    @Override
    public Integer call() {
        openApp.accept(dataDirectory());
        return 0;
    }

    DataDirectory dataDirectory() {
        return DataDirectory.forThisProcess(Optional.ofNullable(dataDir));
    }

    synchronized Composition composition() {
        if (composition == null) {
            composition = new Composition(dataDirectory());
        }
        return composition;
    }

    /**
     * Opens the attempt store of the data folder for one command; if a damaged file had to be
     * moved aside, says where on standard error. The command closes it.
     */
    AttemptStore openStore(PrintWriter err) {
        AttemptStore.Opened opened = AttemptStore.open(dataDirectory().database());
        opened.notice().ifPresent(notice -> {
            err.println("debrief: " + notice);
            err.flush();
        });
        return opened.store();
    }

    /** The attempt store for a command that only reads it: nothing in the data folder is written. */
    AttemptStore openStoreForReading() {
        return AttemptStore.openForReading(dataDirectory().database());
    }

    InputStream in() {
        return in;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RootCommand.class.getPackage().getImplementationVersion();
            return new String[]{"Debrief " + (v == null ? "(development build)" : v)};
        }
    }
}
