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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The desktop app. Services are built in {@link #init()}, off the FX thread (opening or
 * migrating the database may take a moment), and handed to the shell in {@link #start}.
 */
public final class DebriefApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DebriefApp.class);

    private Composition composition;
    private UiServices services;
    private SettingsStore settingsStore;
    private Settings settings;
    private String startupError;
    private Shell shell;
    private ExecutorService work;
    private ScheduledExecutorService saver;

    @Override
    public void init() {
        String dir = getParameters().getNamed().get("data-dir");
        DataDirectory data = DataDirectory.forThisProcess(Optional.ofNullable(dir).map(Path::of));
        LogFile.start(data.logs());
        LOG.info("Debrief starting with data folder {} ({})", data.path(), data.source());
        composition = new Composition(data);
        try {
            AttemptStore.Opened opened = composition.store();
            PromptBankLoader.Loaded bank = composition.bank();
            work = Executors.newSingleThreadExecutor(new NamedThreads("debrief-work"));
            saver = Executors.newSingleThreadScheduledExecutor(new NamedThreads("debrief-autosave"));
            services = new UiServices(bank.bank(), composition.rubric(), composition.checker(), opened.store(),
                    Clock.systemUTC(), ZoneId.systemDefault(), new FxUiExecutor(work), saver, bank.problems(), opened.notice());
            settingsStore = composition.settings();
            settings = settingsStore.load();
        } catch (StoreException e) {
            LOG.error("Cannot open the data folder", e);
            startupError = e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Debrief");
        if (startupError != null) {
            StartupFailure.show(stage, startupError, composition.dataDirectory());
            return;
        }
        shell = new Shell(services, settingsStore, settings);
        Scene scene = new Scene(shell.root(), 1200, 800);
        scene.getStylesheets().add(DebriefApp.class.getResource("debrief.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        settings.window().ifPresent(w -> place(stage, w));
        shell.installShortcuts();
        shell.home();
        stage.setOnCloseRequest(e -> rememberWindow(stage));
        stage.setOnShown(e -> reportFirstFrame());
        stage.show();
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
        settings = shell.settings().withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        settingsStore.save(settings);
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

    @Override
    public void stop() {
        if (shell != null) {
            shell.closing();
        }
        if (work != null) {
            work.shutdown();
        }
        if (saver != null) {
            saver.shutdown();
        }
        if (composition != null) {
            composition.close();
        }
        LOG.info("Debrief stopped");
    }
}
