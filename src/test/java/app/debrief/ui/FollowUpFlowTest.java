package app.debrief.ui;

import app.debrief.practice.BatchAnswers;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStatus;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.Mode;
import app.debrief.store.StoreWriterProcess;
import app.debrief.ui.picker.PickerViewModel;
import app.debrief.ui.shell.Shell;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interviewer talks back, on a real stage: after a mock hand-in the follow-up on the biggest gap
 * of the answer comes at once, says why it was asked, runs against its own clock and locks at zero;
 * in practice it is offered and can be skipped or taken; a follow-up draft left by a killed app is
 * resumed where its clock stopped; and the debrief sets the reference answer beside the answer.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpFlowTest {

    static final String NO_UNIT_ECONOMICS = BatchAnswers.NO_UNIT_ECONOMICS;
    static final String THE_MATHS = BatchAnswers.THE_MATHS;

    @TempDir
    Path tmp;
    Stage stage;
    UiFixture fixture;
    Shell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    void open(FxRobot robot, UiFixture f) {
        fixture = f;
        robot.interact(() -> shell = fixture.showShell(stage, 1280, 860));
    }

    @AfterEach
    void tearDown() {
        if (fixture != null) {
            fixture.close();
        }
    }

    void waitFor(String what, Supplier<Boolean> condition) throws Exception {
        FxWait.until(what, () -> {
            try {
                return condition.get();
            } catch (RuntimeException notYet) {
                return false;
            }
        }, () -> "; the screen shows " + shell.current());
    }

    <T extends Node> T find(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The batch-inference prompt chosen in the picker, in the given mode, and its answer screen open. */
    void startBatchPrompt(FxRobot robot, String mode) throws Exception {
        robot.interact(shell::home);
        robot.clickOn("#track-pm");
        robot.clickOn("#kind-system-design");
        ListView<PickerViewModel.PromptRow> list = find(robot, "#prompt-list");
        waitFor("prompts listed", () -> !list.getItems().isEmpty());
        robot.interact(() -> list.getItems().stream().filter(r -> r.prompt().id().equals("pm-sd-batch-inference-api")).findFirst()
                .ifPresent(r -> list.getSelectionModel().select(r)));
        robot.clickOn(mode);
        robot.clickOn("#start-button");
        waitFor("the answer screen", () -> shown(robot, "#editor"));
    }

    StyleClassedTextArea editor(FxRobot robot) {
        return find(robot, "#editor");
    }

    void type(FxRobot robot, String text) {
        StyleClassedTextArea editor = editor(robot);
        robot.interact(() -> editor.replaceText(text));
    }

    void handIn(FxRobot robot) {
        robot.clickOn("#editor");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    Attempt main() {
        return fixture.store.recent(1).stream().map(s -> fixture.store.attempt(s.id()).orElseThrow()).findFirst().orElseThrow();
    }

    @Test
    void aMockIsFollowedUpAtOnceOnItsBiggestGapEachFollowUpLocksAtZeroAndTheDebriefSetsTheReferenceBesideTheAnswer(FxRobot robot)
            throws Exception {
        open(robot, UiFixture.onFx());
        startBatchPrompt(robot, "#mode-mock");
        type(robot, NO_UNIT_ECONOMICS);
        handIn(robot);

        waitFor("the first follow-up", () -> shown(robot, "#follow-up-note"));
        assertThat(text(robot, "#follow-up-note")).isEqualTo("Follow-up 1 of up to 2. Asked because your answer said nothing about"
                + " what serving costs us or the margin left at half price.");
        assertThat(text(robot, "#question")).startsWith("Show me the maths");
        assertThat(text(robot, "#countdown")).as("its own budget").isEqualTo("4:00");
        assertThat(robot.lookup("#pause").queryAs(Node.class).isVisible()).as("a mock cannot pause").isFalse();
        StyleClassedTextArea first = editor(robot);
        type(robot, THE_MATHS);
        waitFor("the follow-up's draft saved", () -> fixture.store.latestUnfinished().map(a -> a.answer().equals(THE_MATHS)).orElse(false));

        fixture.clock.advance(Duration.ofMinutes(4));
        waitFor("the second follow-up", () -> shown(robot, "#follow-up-note") && text(robot, "#follow-up-note").startsWith("Follow-up 2"));
        assertThat(first.isEditable()).as("the first follow-up locked at zero").isFalse();
        Attempt main = main();
        List<FollowUpAnswer> asked = fixture.store.followUps().of(main.id());
        assertThat(asked.get(0).attempt().status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(asked.get(0).attempt().answer()).as("handed in as it stood").isEqualTo(THE_MATHS);
        assertThat(asked.get(1).followUp().probes()).as("the point the answer only named comes next").contains("per-request-failures");
        assertThat(text(robot, "#follow-up-note")).contains("you named \u201cFailures\u201d but did not develop it");

        fixture.clock.advance(Duration.ofMinutes(3));
        waitFor("the debrief, on the follow-ups", () -> shown(robot, "#follow-up-1"));
        assertThat(text(robot, "#follow-up-1-level-unit-economics")).isEqualTo("developed");
        assertThat(text(robot, "#follow-up-1-answer")).isEqualTo(THE_MATHS);
        assertThat(text(robot, "#follow-up-2-answer")).isEqualTo("No answer written.");
        assertThat(shown(robot, "#follow-up-offer")).as("a mock offers nothing more").isFalse();

        TabPane tabs = find(robot, "#feedback-tabs");
        robot.interact(() -> tabs.getSelectionModel().select(2));
        waitFor("the reference answer", () -> shown(robot, "#reference-text-unit-economics"));
        assertThat(text(robot, "#reference-level-unit-economics")).isEqualTo("missing");
        assertThat(text(robot, "#reference-later-unit-economics")).isEqualTo("Developed in follow-up 1");
        assertThat(text(robot, "#reference-level-job-api-shape")).isEqualTo("developed");
        assertThat(text(robot, "#reference-text-unit-economics")).contains("$2.50");
        Node answer = find(robot, "#feedback-answer");
        Node reference = find(robot, "#reference-text-unit-economics");
        Bounds a = answer.localToScene(answer.getLayoutBounds());
        Bounds r = reference.localToScene(reference.getLayoutBounds());
        assertThat(answer.isVisible()).isTrue();
        assertThat(r.getMinX()).as("the reference stands beside the answer").isGreaterThanOrEqualTo(a.getMaxX() - 1);
    }

    @Test
    void practiceOffersTheFollowUpToSkipOrToTakeAndItsResultShowsWithTheAttempt(FxRobot robot) throws Exception {
        open(robot, UiFixture.onFx());
        startBatchPrompt(robot, "#mode-practice");
        type(robot, NO_UNIT_ECONOMICS);
        handIn(robot);
        waitFor("the offer", () -> shown(robot, "#follow-up-offer"));
        assertThat(text(robot, "#follow-up-offer-question")).startsWith("Show me the maths");
        assertThat(text(robot, "#follow-up-offer-reason")).contains("what serving costs us");
        robot.clickOn("#follow-up-skip");
        waitFor("the offer gone", () -> !shown(robot, "#follow-up-offer"));
        assertThat(fixture.store.followUps().of(main().id())).as("skipped, nothing asked").isEmpty();

        startBatchPrompt(robot, "#mode-practice");
        type(robot, NO_UNIT_ECONOMICS);
        handIn(robot);
        waitFor("the offer", () -> shown(robot, "#follow-up-offer"));
        robot.clickOn("#follow-up-take");
        waitFor("the follow-up's answer", () -> shown(robot, "#follow-up-note"));
        assertThat(robot.lookup("#pause").queryAs(Node.class).isVisible()).as("practice can pause").isTrue();
        type(robot, THE_MATHS);
        handIn(robot);
        waitFor("the debrief on the follow-ups, offering the next", () -> shown(robot, "#follow-up-1") && shown(robot, "#follow-up-offer"));
        assertThat(text(robot, "#follow-up-1-level-unit-economics")).isEqualTo("developed");
        assertThat(text(robot, "#follow-up-offer-reason")).contains("\u201cFailures\u201d");
    }

    @Test
    void aFollowUpDraftLeftByAKilledAppIsResumedWithItsWhyItsTextAndItsClock(FxRobot robot) throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Path out = tmp.resolve("grow.out");
        Process child = StoreWriterProcess.launch(tmp, out, "grow-follow-up", data.resolve("debrief.db").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (StoreWriterProcess.lastSaved(out) < 20) {
            assertThat(child.isAlive()).as("the child still saving").isTrue();
            assertThat(System.nanoTime()).as("20 saves within a minute").isLessThan(deadline);
            Thread.sleep(10);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        open(robot, UiFixture.onFx(data));
        // the user comes back once the killed window's claim on the draft has gone stale (it saved by the wall clock)
        fixture.clock.advance(java.time.Duration.between(fixture.clock.instant(), java.time.Instant.now().plusSeconds(60)));
        Attempt draft = fixture.store.latestUnfinished().orElseThrow();
        FollowUpAnswer asked = fixture.store.followUps().asked(draft.id()).orElseThrow(() -> new AssertionError("not a follow-up's answer"));
        robot.interact(shell::home);
        waitFor("the offer to resume", () -> shown(robot, "#resume-banner"));
        assertThat(text(robot, "#resume-text")).contains("Follow-up: Batch inference API");
        robot.clickOn("#resume-button");
        waitFor("the follow-up's answer", () -> shown(robot, "#follow-up-note"));
        assertThat(text(robot, "#follow-up-note")).isEqualTo("Follow-up 1 of up to 2. " + asked.reason());
        assertThat(text(robot, "#question")).isEqualTo(asked.followUp().question());
        assertThat(editor(robot).getText()).as("the last saved draft, whole").isEqualTo(draft.answer());
        long left = draft.budgetSeconds() * 1000L - draft.elapsedMillis();
        assertThat(text(robot, "#countdown")).isEqualTo(app.debrief.practice.Durations.countdown(left));

        robot.interact(() -> editor(robot).appendText("And the window: 99% of jobs within 24 hours."));
        handIn(robot);
        waitFor("the mock goes on with the second follow-up", () -> shown(robot, "#follow-up-note")
                && text(robot, "#follow-up-note").startsWith("Follow-up 2"));
        Attempt done = fixture.store.attempt(draft.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(done.answer()).isEqualTo(draft.answer() + "And the window: 99% of jobs within 24 hours.");
        assertThat(done.mode()).as("a mock's follow-up").isEqualTo(Mode.MOCK);
    }
}
