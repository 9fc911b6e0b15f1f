package app.debrief.ui;

import app.debrief.bank.Prompt;
import app.debrief.store.Attempt;
import app.debrief.store.Mode;
import app.debrief.ui.shell.Shell;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Debrief windows on one data folder, side by side on real stages, each with its own store as
 * two processes would have: the answer one writes is read-only in the other until taken over, and
 * the first is then told and stops writing.
 */
@ExtendWith(ApplicationExtension.class)
class TwoWindowsTest {

    UiFixture first;
    UiFixture second;
    Shell firstShell;
    Shell secondShell;

    @Start
    void start(Stage stage) throws Exception {
        first = UiFixture.onFx();
        stage.setX(0);
        stage.setY(0);
        firstShell = first.showShell(stage, 940, 860);
    }

    @AfterEach
    void tearDown() {
        first.close();
        if (second != null) {
            second.close();
        }
    }

    void waitFor(String what, Supplier<Boolean> condition) throws Exception {
        FxWait.until(what, condition, () -> "; stored [" + stored() + "], first window [" + notice(firstShell) + "], second window ["
                + (secondShell == null ? "" : notice(secondShell)) + "]");
    }

    String stored() {
        return first.store.latestUnfinished().map(Attempt::answer).orElse("none");
    }

    static <T extends Node> T in(Shell shell, String id, Class<T> type) {
        return type.cast(shell.root().lookup(id));
    }

    static String notice(Shell shell) {
        Label notice = in(shell, "#access-notice", Label.class);
        return notice == null ? "" : notice.getText();
    }

    static boolean editable(Shell shell) {
        StyleClassedTextArea editor = in(shell, "#editor", StyleClassedTextArea.class);
        return editor != null && editor.isEditable();
    }

    static String text(Shell shell) {
        return in(shell, "#editor", StyleClassedTextArea.class).getText();
    }

    @Test
    void theSecondWindowReadsTheAnswerUntilItTakesItOverAndTheFirstIsToldAndStopsWriting(FxRobot robot) throws Exception {
        Prompt prompt = first.services.bank().byId("pm-sd-streaming-responses").orElseThrow();
        Attempt attempt = first.store.start(prompt, Mode.PRACTICE, Instant.now(first.clock));
        robot.interact(() -> firstShell.answer(attempt));
        waitFor("the first window may write", () -> editable(firstShell));
        robot.clickOn(in(firstShell, "#editor", Node.class)).write("Written in the first window.");
        waitFor("saved from the first window", () -> stored().equals("Written in the first window."));

        second = first.anotherWindow();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setX(960);
            stage.setY(0);
            secondShell = second.showShell(stage, 940, 860);
            secondShell.home();
        });
        waitFor("the second window offers the unfinished answer", () -> in(secondShell, "#resume-banner", Node.class).isVisible());
        robot.clickOn(in(secondShell, "#resume-button", Button.class));
        waitFor("the second window says the answer is open elsewhere", () -> notice(secondShell).contains("open in another Debrief window"));
        assertThat(editable(secondShell)).as("read-only in the second window").isFalse();
        assertThat(text(secondShell)).isEqualTo("Written in the first window.");
        assertThat(in(secondShell, "#submit-button", Button.class).isDisabled()).isTrue();

        robot.clickOn(in(firstShell, "#editor", Node.class)).write(" More.");
        waitFor("the first window still writes", () -> stored().equals("Written in the first window. More."));
        assertThat(in(firstShell, "#save-status", Label.class).getText()).startsWith("Saved");

        robot.clickOn(in(secondShell, "#take-over", Button.class));
        waitFor("the second window writes, from what the first saved",
                () -> editable(secondShell) && text(secondShell).equals("Written in the first window. More."));
        assertThat(notice(secondShell)).isEmpty();
        robot.clickOn(in(secondShell, "#editor", Node.class)).write(" Second.");
        waitFor("saved from the second window", () -> stored().equals("Written in the first window. More. Second."));

        robot.clickOn(in(firstShell, "#editor", Node.class)).write(" Lost");
        waitFor("the first window is told", () -> notice(firstShell).contains("took this answer over"));
        assertThat(editable(firstShell)).as("the first window stopped writing").isFalse();
        assertThat(in(firstShell, "#save-status", Label.class).getText()).doesNotStartWith("Saved");
        assertThat(in(firstShell, "#save-copy", Button.class).isVisible()).as("what is on screen can still be kept").isTrue();
        assertThat(in(firstShell, "#submit-button", Button.class).isDisabled()).isTrue();
        assertThat(stored()).isEqualTo("Written in the first window. More. Second.");
    }
}
