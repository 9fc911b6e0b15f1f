package app.debrief.ui;

import app.debrief.bank.PromptBankLoader;
import app.debrief.env.DataDirectory;
import app.debrief.settings.Settings;
import app.debrief.settings.SettingsStore;
import app.debrief.store.StoreException;
import app.debrief.ui.common.FxUiExecutor;
import app.debrief.ui.common.NamedThreads;
import app.debrief.ui.common.StoreHandle;
import app.debrief.ui.common.UiServices;
import app.debrief.ui.shell.Shell;
import app.debrief.ui.shell.StartupFailure;
import app.debrief.ui.shell.WindowMemory;
import app.debrief.wiring.Composition;
import app.debrief.wiring.LogFile;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The desktop app. The window shows at once with a starting screen, in its place and theme; once
 * that first frame is on its way, the rubric and the prompt packs are read on the work thread, and
 * the shell with its home screen replaces the starting screen. The database opens on the work
 * thread after that.
 */
public final class DesktopApp {

    private final Composition composition;
    private final ExecutorService work = Executors.newSingleThreadExecutor(new NamedThreads("debrief-work"));
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(new NamedThreads("debrief-autosave"));
    private final StoreHandle store;
    private final SettingsStore settingsStore;
    private Shell shell;

    private DesktopApp(DataDirectory data) {
        this.composition = new Composition(data);
        this.store = new StoreHandle(composition::store);
        this.settingsStore = composition.settings();
    }

    /**
     * Logging starts (Logback loads) on first use, off the main thread: nothing logs before the
     * first frame, which Logback's start-up would delay by a sixth of a second.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApp.class);
    }

    /** Opens the window; returns when the app ends. */
    public static void open(DataDirectory data) {
        new DesktopApp(data).start();
    }

    private void start() {
        mark("start");
        // The window's place and theme: a small properties file, read here in a millisecond or two
        // (reading it on the work thread beside the toolkit's start made no measurable difference).
        Settings loaded = settingsStore.load();
        Debrief.launch(stage -> {
            mark("toolkit up");
            starting(stage, loaded);
            stage.setOnShown(e -> Platform.runLater(() -> report("first-frame-ms", false)));
            // The content is read once the first frame is on its way: on two cores, reading it beside
            // the toolkit or beside the window's first pulse delayed that frame.
            afterFirstPulse(stage.getScene(), () -> CompletableFuture.supplyAsync(() -> load(loaded.theme()), work)
                    .whenComplete((services, error) -> Platform.runLater(() -> {
                        if (error != null) {
                            error.printStackTrace();
                            Platform.exit();
                            return;
                        }
                        mark("content joined");
                        show(stage, services, loaded);
                        mark("shown");
                    })));
            stage.show();
        });
    }

    public static void mark(String what) {
        if (Boolean.getBoolean("debrief.trace")) {
            System.out.println("trace " + what + " " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }

    /**
     * Runs {@code then} on the FX thread once the scene's first pulse is over: the first frame is
     * laid out and handed to the render thread, which paints it.
     */
    private static void afterFirstPulse(Scene scene, Runnable then) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                mark("first pulse");
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    /** Everything the first screen needs, read off the FX thread. */
    private UiServices load(Settings.Theme theme) {
        // The theme is named at once, before any control class is loaded here (a control would
        // otherwise load JavaFX's default theme), and is read on the FX thread while this one
        // reads the content.
        Shell.useTheme(theme);
        PromptBankLoader.Loaded bank = composition.bank();
        mark("bank loaded");
        UiServices services = new UiServices(bank.bank(), composition.rubric(), composition.checker(), store,
                Clock.systemUTC(), ZoneId.systemDefault(), new FxUiExecutor(work), saver, bank.problems()).withLoops(composition.loops());
        mark("content loaded");
        warmUp();
        mark("classes warmed");
        return services;
    }

    /**
     * Loads the classes of the first screen on the work thread, so the FX
     * thread finds them ready (the icon enums alone hold thousands of constants).
     */
    private static void warmUp() {
        for (String name : new String[]{"app.debrief.ui.shell.Shell", "app.debrief.ui.home.HomeView",
                "app.debrief.ui.home.HomeViewModel", "app.debrief.ui.common.Icon", "atlantafx.base.controls.Card",
                "atlantafx.base.controls.Spacer", "atlantafx.base.theme.Styles", "org.kordamp.ikonli.javafx.FontIcon",
                "javafx.scene.control.ListView", "javafx.scene.control.ScrollPane", "javafx.scene.control.Button"}) {
            try {
                Class.forName(name, true, DesktopApp.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                log().debug("could not warm {}", name, e);
            }
        }
    }

    private void starting(Stage stage, Settings settings) {
        stage.setTitle("Debrief");
        Scene scene = new Scene(StartingScreen.of(settings.theme()), 1200, 800);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        settings.window().ifPresent(w -> WindowMemory.place(stage, w));
    }

    private void show(Stage stage, UiServices services, Settings settings) {
        shell = new Shell(services, settingsStore, settings);
        stage.getScene().getStylesheets().add(Shell.stylesheet());
        stage.getScene().setRoot(shell.root());
        shell.installShortcuts();
        mark("shell built");
        shell.home();
        mark("home built");
        WindowMemory memory = WindowMemory.attach(stage, shell.settings());
        stage.setOnCloseRequest(e -> memory.saveNow());
        stage.setOnHidden(e -> stop());
        Platform.runLater(() -> report("home-ms", true));
        // Behind the first frame: the log file, and the store (if its folder cannot be used, the window says so).
        services.executor().run(() -> {
            LogFile.start(composition.dataDirectory().logs());
            log().info("Debrief started with data folder {} ({})", composition.dataDirectory().path(), composition.dataDirectory().source());
            store.get();
            return true;
        }, ok -> services.recheckPastAnswers(), e -> {
            if (e instanceof StoreException) {
                log().error("Cannot open the data folder", e);
                StartupFailure.show(stage, e.getMessage(), composition.dataDirectory());
            }
        });
    }

    /**
     * For the start-up benchmark and the installer's class list: with -Ddebrief.reportFirstFrame=true
     * prints {@code NAME=N}, the time from JVM start (first-frame-ms: the window is up, as the bare
     * window of the benchmark reports it; home-ms: the home screen replaced the starting screen); with
     * -Ddebrief.exitAfterFirstFrame=true it also quits once the home screen is up, so a measured start
     * is a whole start. Called on the FX thread.
     */
    private static void report(String name, boolean startComplete) {
        if (Boolean.getBoolean("debrief.reportFirstFrame")) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(name + "=" + ms);
            if (startComplete && Boolean.getBoolean("debrief.exitAfterFirstFrame")) {
                Platform.exit();
            }
        }
    }

    /** The window is gone: save what must be saved, then let the process end. */
    private void stop() {
        shell.closing();
        work.shutdown();
        saver.shutdown();
        // The window is gone; reads and saves already queued finish before the store closes,
        // on a thread of their own so the FX thread does not wait for the disk.
        Thread closer = new Thread(() -> {
            finish(work);
            finish(saver);
            composition.close();
            log().info("Debrief stopped");
            Platform.exit();
        }, "debrief-close");
        closer.start();
    }

    private static void finish(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log().warn("Closing while work is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
