package app.debrief;

import app.debrief.cli.RootCommand;
import app.debrief.env.DataDirectory;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

/**
 * The program's entry point. It is not a JavaFX {@code Application}, so the app starts from a
 * plain class path; with no arguments it opens the window, otherwise it runs the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // The common case, a plain start, skips the command-line parser: the window comes sooner.
            openApp(DataDirectory.forThisProcess(java.util.Optional.empty()));
            return;
        }
        // The descriptors themselves, not System.out: a PrintStream keeps a failed write to itself.
        int code = RootCommand.run(args, Launcher::openApp, System.in, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
        if (code != 0) {
            System.exit(code);
        }
    }

    private static void openApp(DataDirectory dataDirectory) {
        app.debrief.ui.DesktopApp.open(dataDirectory);
    }
}
