package app.debrief.ui;

import app.debrief.bank.PromptBankLoader;
import app.debrief.env.DataDirectory;
import app.debrief.settings.Settings;
import app.debrief.settings.SettingsStore;
import app.debrief.store.AttemptStore;
import app.debrief.testing.MutableClock;
import app.debrief.ui.common.FxUiExecutor;
import app.debrief.ui.common.NamedThreads;
import app.debrief.ui.common.StoreHandle;
import app.debrief.ui.common.UiExecutor;
import app.debrief.ui.common.UiServices;
import app.debrief.ui.shell.Shell;
import app.debrief.wiring.Composition;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Real services over a temporary data folder, with a clock the test drives. */
public final class UiFixture implements AutoCloseable {

    public final Path dataDir;
    public final MutableClock clock = MutableClock.at("2026-11-29T09:00:00Z");
    public final Composition composition;
    public final AttemptStore store;
    public final UiServices services;
    public final SettingsStore settings;
    private final ExecutorService work = Executors.newSingleThreadExecutor(new NamedThreads("test-work"));
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(new NamedThreads("test-autosave"));

    /** With the FX executor: background work on a thread, results on the FX thread, as in the app. */
    public static UiFixture onFx() throws IOException {
        return new UiFixture(null, Files.createTempDirectory("debrief-ui-test"));
    }

    /** With everything on the calling thread, for view-model tests without a stage. */
    public static UiFixture direct() throws IOException {
        return new UiFixture(UiExecutor.direct(), Files.createTempDirectory("debrief-ui-test"));
    }

    /** A second window on the same data folder, as a second Debrief started by the user: its own store, its own threads. */
    public UiFixture anotherWindow() throws IOException {
        UiFixture other = new UiFixture(services.executor() instanceof FxUiExecutor ? null : UiExecutor.direct(), dataDir);
        other.clock.advance(java.time.Duration.between(other.clock.instant(), clock.instant()));
        return other;
    }

    private UiFixture(UiExecutor executor, Path dataDir) throws IOException {
        this.dataDir = dataDir;
        composition = new Composition(new DataDirectory(dataDir, "test"));
        AttemptStore.Opened opened = composition.store();
        store = opened.store();
        PromptBankLoader.Loaded bank = composition.bank();
        services = new UiServices(bank.bank(), composition.rubric(), composition.checker(), StoreHandle.of(opened), clock,
                ZoneOffset.UTC, executor == null ? new FxUiExecutor(work) : executor, saver, bank.problems());
        settings = composition.settings();
    }

    /** The app's shell over these services, shown on the stage and styled as the app styles it. */
    public Shell showShell(Stage stage, double width, double height) {
        return showShell(stage, width, height, Settings.Theme.LIGHT);
    }

    /** The same in the given theme; the stage is sized to the scene, so the window shows exactly {@code width} by {@code height}. */
    public Shell showShell(Stage stage, double width, double height, Settings.Theme theme) {
        Shell shell = new Shell(services, settings, Settings.defaults().withTheme(theme));
        Scene scene = new Scene(shell.root(), width, height);
        scene.getStylesheets().add(Shell.stylesheet());
        stage.setScene(scene);
        shell.installShortcuts();
        stage.sizeToScene();
        stage.show();
        return shell;
    }

    /** With the FX executor, over a data folder another process wrote (one killed mid-answer, say). */
    public static UiFixture onFx(Path dataDir) throws IOException {
        return new UiFixture(null, dataDir);
    }

    @Override
    public void close() {
        work.shutdownNow();
        saver.shutdownNow();
        composition.close();
    }
}
