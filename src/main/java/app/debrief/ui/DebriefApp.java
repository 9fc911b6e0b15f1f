package app.debrief.ui;

import app.debrief.bank.PromptBankLoader;
import app.debrief.env.DataDirectory;
import app.debrief.settings.Settings;
import app.debrief.settings.SettingsStore;
import app.debrief.store.AttemptStore;
import app.debrief.store.StoreException;
import app.debrief.ui.common.FxUiExecutor;
import app.debrief.ui.common.NamedThreads;
import app.debrief.ui.common.UiServices;
import app.debrief.ui.shell.Shell;
import app.debrief.ui.shell.StartupFailure;
import app.debrief.wiring.Composition;
import app.debrief.wiring.LogFile;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The desktop app. The window comes first: it shows at once, in its place and colours (the
 * settings are read before), with a "starting" screen; then the work thread opens (or migrates)
 * the database and reads the prompt packs and the rubric, and the shell takes the window's
 * place. On two cores, doing that work beside the first frame delays the frame and not the
 * home screen, so it starts when the frame is drawn.
 */
public final class DebriefApp extends Application {

    private DataDirectory data;
    private Composition composition;
    private SettingsStore settingsStore;
    private Settings settings;
    private ExecutorService work;
    private ScheduledExecutorService saver;
    private Shell shell;

    @Override
    public void init() {
        String dir = getParameters().getNamed().get("data-dir");
        data = DataDirectory.forThisProcess(Optional.ofNullable(dir).map(Path::of));
        composition = new Composition(data);
        work = Executors.newSingleThreadExecutor(new NamedThreads("debrief-work"));
        saver = Executors.newSingleThreadScheduledExecutor(new NamedThreads("debrief-autosave"));
        settingsStore = composition.settings();
        settings = settingsStore.load();
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Debrief");
        Shell.useTheme(settings.theme());
        Scene scene = new Scene(Shell.starting(settings.theme()), 1200, 800);
        scene.getStylesheets().add(DebriefApp.class.getResource("debrief.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        settings.window().ifPresent(w -> place(stage, w));
        stage.setOnCloseRequest(e -> rememberWindow(stage));
        stage.setOnShown(e -> {
            report("first-frame-ms", false);
            CompletableFuture.supplyAsync(this::openServices, work).whenComplete((ready, error) -> Platform.runLater(() -> {
                if (error == null) {
                    open(stage, ready);
                } else {
                    fail(stage, error instanceof CompletionException ? error.getCause() : error);
                }
            }));
        });
        stage.show();
    }

    /** On the work thread: the log file, the store, the packs and the rubric. */
    private UiServices openServices() {
        LogFile.start(data.logs());
        log().info("Debrief starting with data folder {} ({})", data.path(), data.source());
        AttemptStore.Opened opened = composition.store();
        PromptBankLoader.Loaded bank = composition.bank();
        return new UiServices(bank.bank(), composition.rubric(), composition.checker(), opened.store(),
                Clock.systemUTC(), ZoneId.systemDefault(), new FxUiExecutor(work), saver, bank.problems(), opened.notice());
    }

    private void open(Stage stage, UiServices ready) {
        shell = new Shell(ready, settingsStore, settings);
        stage.getScene().setRoot(shell.root());
        shell.installShortcuts();
        shell.home();
        report("home-ms", true);
    }

    private void fail(Stage stage, Throwable error) {
        if (error instanceof StoreException) {
            log().error("Cannot open the data folder", error);
            StartupFailure.show(stage, error.getMessage(), data);
        } else {
            log().error("Debrief could not start", error);
            error.printStackTrace();
            Platform.exit();
        }
    }

    private static void place(Stage stage, Settings.WindowBounds w) {
        // Only where a screen still is: a monitor may have been unplugged since.
        if (!Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty()) {
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
        }
        stage.setMaximized(w.maximized());
    }

    private void rememberWindow(Stage stage) {
        Settings current = shell != null ? shell.settings() : settings;
        settings = current.withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        settingsStore.save(settings);
    }

    /**
     * For the start-up benchmark and the installer's class list: with -Ddebrief.reportFirstFrame=true
     * prints {@code NAME=N}, the time from JVM start (first-frame-ms: the window is drawn;
     * home-ms: the home screen replaced the starting screen); with -Ddebrief.exitAfterFirstFrame=true
     * it also quits once the home screen is up, so a measured start is a whole start.
     */
    private static void report(String name, boolean startComplete) {
        if (Boolean.getBoolean("debrief.reportFirstFrame")) {
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println(name + "=" + ms);
                if (startComplete && Boolean.getBoolean("debrief.exitAfterFirstFrame")) {
                    Platform.exit();
                }
            });
        }
    }

    /** Not a static field: the logger starts logback, which the window does not wait for. */
    private static Logger log() {
        return LoggerFactory.getLogger(DebriefApp.class);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.closing();
        }
        work.shutdown();
        saver.shutdown();
        composition.close();
        log().info("Debrief stopped");
    }
}
