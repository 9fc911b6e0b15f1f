package app.debrief.ui;

import app.debrief.settings.Settings;
import app.debrief.ui.shell.Shell;
import app.debrief.ui.shell.WindowMemory;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's place is in the settings soon after it is moved or resized, not only when it is closed. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {

    UiFixture fixture;
    Stage stage;
    Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = UiFixture.onFx();
        shell = fixture.showShell(stage, 1100, 760, Settings.Theme.DARK);
        WindowMemory.attach(stage, shell.settings());
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void movingAndResizingIsSavedOnceTheWindowIsStillWithoutAClose(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
        });
        robot.interact(() -> stage.setWidth(1234));
        assertThat(fixture.settings.load().window()).as("not at every step of a drag").isEmpty();
        FxWait.until("the place saved", () -> fixture.settings.load().window().map(w -> w.width() == 1234).orElse(false), () -> "");
        Settings saved = fixture.settings.load();
        assertThat(saved.window().orElseThrow()).satisfies(w -> {
            assertThat(w.x()).isEqualTo(40);
            assertThat(w.y()).isEqualTo(30);
            assertThat(w.maximized()).isFalse();
        });
        assertThat(saved.theme()).as("the theme kept beside it").isEqualTo(Settings.Theme.DARK);

        robot.clickOn("#theme-toggle");
        FxWait.until("the theme saved", () -> fixture.settings.load().theme() == Settings.Theme.LIGHT, () -> "");
        assertThat(fixture.settings.load().window()).as("switching the theme keeps the window's place")
                .hasValueSatisfying(w -> assertThat(w.width()).isEqualTo(1234));
    }
}
