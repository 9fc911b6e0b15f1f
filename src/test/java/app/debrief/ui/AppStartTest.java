package app.debrief.ui;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole app started as a user starts it: the window first, then the home screen or the reason it cannot open. */
class AppStartTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theStartingScreenMakesWayForTheHomeScreen() throws Exception {
        app = FxToolkit.setupApplication(DebriefApp.class, "--data-dir=" + dir);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> find("#nav-home").isPresent());
        assertThat(find("#starting")).as("the starting screen is gone").isEmpty();
        assertThat(dir.resolve("debrief.db")).as("the store was opened in the data folder").exists();
    }

    @Test
    void aDataFolderThatCannotBeUsedIsExplainedInTheWindow() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "not a folder");
        app = FxToolkit.setupApplication(DebriefApp.class, "--data-dir=" + notAFolder);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> find("#startup-error").isPresent());
        assertThat(((Label) find("#startup-error").orElseThrow()).getText()).contains("is a file, not a folder");
    }

    private Optional<Node> find(String query) {
        return robot.lookup(query).tryQuery();
    }
}
