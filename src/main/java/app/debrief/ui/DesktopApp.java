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
import app.debrief.wiring.Composition;
import app.debrief.wiring.LogFile;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
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

/**
 * The desktop app. It starts the JavaFX toolkit itself ({@link Platform#startup}) rather than
 * through an {@code Application}, so that reading the rubric and the prompt packs runs on a
 * background thread while the toolkit starts: the two used to run one after the other before
 * the first frame. The database opens on the work thread once the window is up.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

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

    /** Opens the window; returns at once, the toolkit keeps the process alive until the window closes. */
    public static void open(DataDirectory data) {
        new DesktopApp(data).start();
    }

    private record Loaded(UiServices services, Settings settings) {
    }

    private void start() {
        mark("start");
        CompletableFuture<Loaded> loading = CompletableFuture.supplyAsync(this::load, work);
        Platform.startup(() -> {
            mark("toolkit up");
            Loaded l = loading.join();
            mark("content joined");
            show(l);
            mark("shown");
        });
    }

    public static void mark(String what) {
        if (Boolean.getBoolean("debrief.trace")) {
            System.out.println("trace " + what + " " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }

    /** Everything the first screen needs, read off the FX thread. */
    private Loaded load() {
        PromptBankLoader.Loaded bank = composition.bank();
        mark("bank loaded");
        UiServices services = new UiServices(bank.bank(), composition.rubric(), composition.checker(), store,
                Clock.systemUTC(), ZoneId.systemDefault(), new FxUiExecutor(work), saver, bank.problems());
        Loaded l = new Loaded(services, settingsStore.load());
        mark("content loaded");
        warmUp();
        mark("classes warmed");
        return l;
    }

    /**
     * Loads the classes of the first screen while the toolkit starts on the other core, so the FX
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
                LOG.debug("could not warm {}", name, e);
            }
        }
    }

    private void show(Loaded loaded) {
        UiServices services = loaded.services();
        Stage stage = new Stage();
        stage.setTitle("Debrief");
        shell = new Shell(services, settingsStore, loaded.settings());
        Scene scene = new Scene(shell.root(), 1200, 800);
        scene.getStylesheets().add(DesktopApp.class.getResource("debrief.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        loaded.settings().window().ifPresent(w -> place(stage, w));
        shell.installShortcuts();
        mark("shell built");
        shell.home();
        mark("home built");
        stage.setOnCloseRequest(e -> rememberWindow(stage));
        stage.setOnHidden(e -> stop());
        stage.setOnShown(e -> reportFirstFrame());
        stage.show();
        // Behind the first frame: the log file, and the store (if its folder cannot be used, the window says so).
        services.executor().run(() -> {
            LogFile.start(composition.dataDirectory().logs());
            LOG.info("Debrief started with data folder {} ({})", composition.dataDirectory().path(), composition.dataDirectory().source());
            store.get();
            return true;
        }, ok -> { }, e -> {
            if (e instanceof StoreException) {
                LOG.error("Cannot open the data folder", e);
                StartupFailure.show(stage, e.getMessage(), composition.dataDirectory());
            }
        });
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
        settingsStore.save(shell.settings().withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized())));
    }

    /** For the start-up benchmark: prints the time from JVM start to the first frame, and may quit. */
    private static void reportFirstFrame() {
        if (Boolean.getBoolean("debrief.reportFirstFrame")) {
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first-frame-ms=" + ms);
                if (Boolean.getBoolean("debrief.exitAfterFirstFrame")) {
                    Platform.exit();
                }
            });
        }
    }

    /** The window is gone: save what must be saved, then let the process end. */
    private void stop() {
        shell.closing();
        work.shutdown();
        saver.shutdown();
        composition.close();
        LOG.info("Debrief stopped");
        Platform.exit();
    }
}
