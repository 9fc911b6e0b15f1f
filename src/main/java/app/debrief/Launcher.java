package app.debrief;

import app.debrief.cli.RootCommand;
import app.debrief.env.DataDirectory;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The program's entry point. It is not a JavaFX {@code Application}, so the app starts from a
 * plain class path; the command line is read first, and only a bare start opens a window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // A start from the desktop: no command line to parse, so no parser to load first.
            openApp(DataDirectory.forThisProcess(Optional.empty()));
            return;
        }
        RootCommand root = new RootCommand(Launcher::openApp, System.in);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = RootCommand.commandLine(root, out, err).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    private static void openApp(DataDirectory dataDirectory) {
        javafx.application.Application.launch(app.debrief.ui.DebriefApp.class, "--data-dir=" + dataDirectory.path());
    }
}
