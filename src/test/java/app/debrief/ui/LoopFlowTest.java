package app.debrief.ui;

import app.debrief.loop.Lean;
import app.debrief.loop.PacketBuilder;
import app.debrief.store.AttemptStatus;
import app.debrief.store.AttemptSummary;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.LoopSitting;
import app.debrief.store.LoopStage;
import app.debrief.store.LoopStatus;
import app.debrief.ui.shell.Shell;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole PMM onsite on a real stage with a clock the test moves: each round and then its one
 * follow-up run to zero and are handed in by the clock, the app is killed in round two and resumed
 * at that round and second, and the packet, with each round's follow-up, opens after the candidate
 * grades the rounds. A kill during a round's follow-up resumes into the follow-up at its second.
 */
@ExtendWith(ApplicationExtension.class)
class LoopFlowTest {

    UiFixture fixture;
    Stage stage;
    Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = UiFixture.onFx();
        shell = fixture.showShell(stage, 1280, 860);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    void waitFor(String what, Supplier<Boolean> condition) throws Exception {
        FxWait.until(what, condition, () -> "; the screen shows " + shell.current());
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    LoopSitting sitting() {
        return fixture.store.loops().unfinished().or(() -> fixture.store.loops().ended(java.util.Optional.empty(), 1).stream().findFirst())
                .orElseThrow();
    }

    /** Answers the round on screen and lets its clock run out; the clock, not the candidate, hands it in, and the follow-up is asked. */
    void runRoundToZero(FxRobot robot, int round, int minutes, String answer) throws Exception {
        waitFor("round " + round + " on screen", () -> robot.lookup("#loop-round #editor").tryQuery().isPresent()
                && robot.lookup("#loop-round-heading").tryQuery().map(n -> ((Label) n).getText().contains("Round " + round + " of 4")).orElse(false));
        // Typed in one go (round 2 is typed key by key): the test is about the clock, not the keyboard.
        robot.interact(() -> robot.lookup("#editor").queryAs(StyleClassedTextArea.class).replaceText(answer));
        fixture.clock.advance(Duration.ofMinutes(minutes));
        waitFor("round " + round + " handed in at zero, its follow-up asked", () -> sitting().current().followUpId().isPresent());
    }

    /** The round's follow-up, in the loop: its strip names it, no feedback shows; answered, its own clock runs out and the loop moves on. */
    void runFollowUpToZero(FxRobot robot, int round, String kind, String answer) throws Exception {
        FollowUpAnswer asked = followUpOf(round);
        waitFor("round " + round + "'s follow-up on screen", () -> robot.lookup("#loop-follow-up #editor").tryQuery().isPresent());
        assertThat(text(robot, "#loop-round-heading")).startsWith("PMM onsite").endsWith(" \u00b7 Round " + round + " of 4 \u00b7 " + kind + " \u00b7 follow-up");
        assertThat(text(robot, "#countdown")).as("its own budget").isEqualTo(asked.followUp().minutes() + ":00");
        assertThat(robot.lookup("#question").queryAs(Label.class).getText()).isEqualTo(asked.followUp().question());
        assertThat(text(robot, "#follow-up-note")).as("why it was asked is feedback: it waits for the packet").doesNotContain("Asked because");
        assertThat(robot.lookup("#findings").tryQuery()).as("no feedback until the end").isEmpty();
        robot.interact(() -> robot.lookup("#editor").queryAs(StyleClassedTextArea.class).replaceText(answer));
        fixture.clock.advance(Duration.ofMinutes(asked.followUp().minutes()));
        waitFor("round " + round + "'s follow-up handed in at zero", () -> sitting().round() == round + 1 || sitting().stage() == LoopStage.GRADING);
        assertThat(fixture.store.followUps().of(asked.mainId())).as("one follow-up per round").singleElement()
                .satisfies(f -> assertThat(f.answered()).isTrue());
    }

    FollowUpAnswer followUpOf(int round) {
        long main = fixture.store.loops().sitting(sitting().id()).orElseThrow().rounds().get(round - 1).attemptId().orElseThrow();
        return fixture.store.followUps().of(main).get(0);
    }

    /**
     * Once the loop's clock ({@code savedMillis}) and the draft of {@code attemptId} (with {@code typed}) are saved:
     * kill -9 (the window goes without a word to the screens, its threads stop, nothing is flushed), start Debrief
     * again {@code later}, and resume the loop from Home, which says {@code where} it stopped and offers no loose
     * unfinished answer beside it.
     */
    void killAndResume(FxRobot robot, long attemptId, long savedMillis, String typed, Duration later, String where) throws Exception {
        waitFor("the loop's clock and the draft saved", () -> sitting().stageMillis() >= savedMillis
                && fixture.store.attempt(attemptId).orElseThrow().answer().contains(typed));
        UiFixture killed = fixture;
        UiFixture restarted = killed.anotherWindow();
        robot.interact(() -> stage.setScene(new Scene(new Pane(), 10, 10)));
        killed.close();
        fixture = restarted;
        fixture.clock.advance(later);
        robot.interact(() -> shell = fixture.showShell(stage, 1280, 860));
        robot.interact(shell::home);
        waitFor("the loop offered to resume", () -> robot.lookup("#loop-resume-banner").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(text(robot, "#loop-resume-text")).contains(where);
        assertThat(robot.lookup("#resume-banner").queryAs(javafx.scene.Node.class).isVisible())
                .as("the loop's answer is not offered as a loose unfinished answer, away from its loop").isFalse();
        robot.clickOn("#loop-resume");
    }

    @Test
    void aWholePmmLoopRunsRoundByRoundSurvivesAKillInRoundTwoAndEndsInThePacket(FxRobot robot) throws Exception {
        robot.interact(shell::home);
        robot.clickOn("#loop-start-pmm-onsite");
        waitFor("the loop's start", () -> robot.lookup("#loop-start-round").tryQuery().isPresent());
        assertThat(text(robot, "#loop-next")).isEqualTo("Next: round 1 of 4, Launch plan, 35 minutes.");
        robot.clickOn("#loop-start-round");

        runRoundToZero(robot, 1, 35, "Launch to developers first through open weights under Apache 2.0, then enterprise with SOC 2.");
        runFollowUpToZero(robot, 1, "Launch plan", "Developers first: the weights on Hugging Face on day one, the docs and a notebook.");
        waitFor("the break, not feedback", () -> robot.lookup("#loop-break-countdown").tryQuery().isPresent());
        assertThat(robot.lookup("#findings").tryQuery()).as("no feedback until the end").isEmpty();
        assertThat(text(robot, "#loop-next")).isEqualTo("Next: round 2 of 4, Battle card, 25 minutes.");
        assertThat(fixture.store.recent(10)).as("the handed-in round stays out of the history while the loop runs").isEmpty();
        fixture.clock.advance(Duration.ofMinutes(5));
        waitFor("round 2 started by the end of the break", () -> sitting().stage() == LoopStage.ROUND && sitting().round() == 2);

        waitFor("round 2 on screen", () -> robot.lookup("#loop-round-heading").tryQuery()
                .map(n -> ((Label) n).getText().contains("Round 2 of 4")).orElse(false));
        robot.clickOn("#editor").write("Against Bedrock: our weights run in your VPC, so prompts never leave it.");
        fixture.clock.advance(Duration.ofMinutes(10));
        long round2 = sitting().current().attemptId().orElseThrow();
        killAndResume(robot, round2, 600_000, "VPC", Duration.ofMinutes(3), "in round 2 of 4, 10:00 into it");
        waitFor("round 2 resumed", () -> robot.lookup("#countdown").tryQuery().isPresent());
        assertThat(text(robot, "#countdown")).as("at the round and second where it stopped").isEqualTo("15:00");
        assertThat(robot.lookup("#editor").queryAs(StyleClassedTextArea.class).getText()).contains("prompts never leave it");
        fixture.clock.advance(Duration.ofMinutes(15));
        waitFor("round 2 handed in at zero, its follow-up asked", () -> sitting().current().followUpId().isPresent());
        runFollowUpToZero(robot, 2, "Battle card", "Bedrock bills per token for ever; our weights on your GPUs cost the hardware.");

        waitFor("the break before round 3", () -> robot.lookup("#loop-start-round").tryQuery().isPresent());
        robot.clickOn("#loop-start-round");
        runRoundToZero(robot, 3, 25, "Premium tier: self-hosted TCO at 40% below API spend over three years, with an SLA.");
        runFollowUpToZero(robot, 3, "Pricing and TCO", "At 2 billion tokens a month the GPUs pay for themselves in eight months.");
        waitFor("the break before round 4", () -> robot.lookup("#loop-start-round").tryQuery().isPresent());
        robot.clickOn("#loop-start-round");
        runRoundToZero(robot, 4, 5, "Open weights means we own a copy of the model: no vendor can switch it off.");
        runFollowUpToZero(robot, 4, "Executive explainer", "We can audit it, tune it and keep running it if the vendor goes away.");

        waitFor("the grading", () -> robot.lookup("#loop-reveal").tryQuery().isPresent());
        assertThat(fixture.store.attempt(round2).orElseThrow().status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(robot.lookup("#loop-reveal").queryButton().isDisabled()).as("the packet waits for the candidate's grades").isTrue();
        for (int round = 1; round <= 4; round++) {
            robot.clickOn("#self-grade-" + round + "-" + (round == 2 ? "strong-hire" : "hire"));
        }
        waitFor("every round graded", () -> !robot.lookup("#loop-reveal").queryButton().isDisabled());
        robot.clickOn("#loop-reveal");

        waitFor("the packet", () -> robot.lookup("#packet-lean").tryQuery().isPresent());
        LoopSitting done = sitting();
        assertThat(done.status()).isEqualTo(LoopStatus.FINISHED);
        var packet = new PacketBuilder(fixture.store, fixture.services.bank(), fixture.services.rubric(),
                fixture.services.loops().committee(), fixture.clock, fixture.services.zone()).build(done);
        assertThat(packet.rounds()).hasSize(4);
        assertThat(packet.rounds()).allMatch(r -> r.elapsedMillis() >= r.prompt().budgetSeconds() * 1000L, "every round ran to zero");
        assertThat(packet.rounds()).allSatisfy(r -> assertThat(r.followUps()).as("round " + r.number() + "'s follow-up").singleElement()
                .satisfies(f -> assertThat(f.attempt().elapsedMillis()).as("ran to zero").isGreaterThanOrEqualTo(f.attempt().budgetSeconds() * 1000L)));
        for (int round = 1; round <= 4; round++) {
            FollowUpAnswer f = packet.rounds().get(round - 1).followUps().get(0);
            assertThat(text(robot, "#round-" + round + "-follow-up-1-question")).isEqualTo(f.followUp().question());
            assertThat(text(robot, "#round-" + round + "-follow-up-1-reason")).as("why it was asked, now").isEqualTo(f.reason());
        }
        assertThat(text(robot, "#packet-lean")).isEqualTo(packet.committee().lean().label())
                .isIn(Arrays.stream(Lean.values()).map(Lean::label).toList());
        assertThat(robot.lookup("#packet-reasons").queryAs(Pane.class).getChildren()).hasSize(Math.max(1, packet.committee().reasons().size()));
        assertThat(robot.lookup("#packet-round-4").tryQuery()).isPresent();
        assertThat(robot.lookup("#packet-disagreements").queryAs(Pane.class).getChildren()).isNotEmpty();
        assertThat(fixture.store.recent(10)).as("once the loop ends its rounds join the history").hasSize(4);
        robot.clickOn("#fix-practise-1");
        waitFor("the practise-next item in the picker", () -> robot.lookup("#prompt-list").tryQuery().isPresent());

        keptInHistoryAndProgress(robot, done, packet.committee().lean());
    }

    @Test
    void aKillDuringARoundsFollowUpResumesIntoTheFollowUpAtTheSecondItStopped(FxRobot robot) throws Exception {
        robot.interact(shell::home);
        robot.clickOn("#loop-start-pmm-onsite");
        waitFor("the loop's start", () -> robot.lookup("#loop-start-round").tryQuery().isPresent());
        robot.clickOn("#loop-start-round");
        runRoundToZero(robot, 1, 35, "Launch to developers first through open weights under Apache 2.0, then enterprise with SOC 2.");
        FollowUpAnswer asked = followUpOf(1);
        waitFor("the follow-up on screen", () -> robot.lookup("#loop-follow-up #editor").tryQuery().isPresent());
        robot.clickOn("#editor").write("Day one: the weights and a notebook.");
        fixture.clock.advance(Duration.ofSeconds(75));
        long followUp = asked.attempt().id();
        killAndResume(robot, followUp, 75_000, "notebook", Duration.ofMinutes(4), "in round 1 of 4, at its follow-up, 1:15 into it");
        waitFor("the follow-up resumed", () -> robot.lookup("#loop-follow-up #countdown").tryQuery().isPresent());
        long budget = asked.followUp().minutes() * 60_000L;
        assertThat(text(robot, "#countdown")).as("at the follow-up and second where it stopped")
                .isEqualTo(app.debrief.practice.Durations.countdown(budget - 75_000));
        assertThat(text(robot, "#loop-round-heading")).endsWith("Round 1 of 4 \u00b7 Launch plan \u00b7 follow-up");
        assertThat(robot.lookup("#editor").queryAs(StyleClassedTextArea.class).getText()).contains("the weights and a notebook");
        assertThat(fixture.store.followUps().of(asked.mainId())).as("the same follow-up, not a new one").extracting(f -> f.attempt().id())
                .containsExactly(followUp);

        fixture.clock.advance(Duration.ofMillis(budget - 75_000));
        waitFor("the break before round 2", () -> robot.lookup("#loop-break-countdown").tryQuery().isPresent());
        assertThat(sitting().round()).isEqualTo(2);
        var done = fixture.store.attempt(followUp).orElseThrow();
        assertThat(done.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(done.elapsedMillis()).as("the whole budget, the kill's minutes not counted").isBetween(budget, budget + 1_000);
        assertThat(done.answer()).contains("the weights and a notebook");
    }

    /** The loop sat is one of History's loops: its rounds, and its packet read-only; and Progress charts its lean. */
    void keptInHistoryAndProgress(FxRobot robot, LoopSitting done, Lean lean) throws Exception {
        robot.interact(shell::history);
        ComboBox<?> loops = robot.lookup("#filter-loop").queryComboBox();
        waitFor("the loop among History's loops", () -> loops.getItems().size() == 2);
        robot.clickOn(loops);
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith("PMM onsite: launch plan")).queryAs(ListCell.class));
        TableView<AttemptSummary> table = robot.lookup("#history-table").queryTableView();
        waitFor("the loop's rounds in the table", () -> table.getItems().size() == 4);
        assertThat(table.getItems()).extracting(AttemptSummary::id)
                .containsExactlyElementsOf(done.rounds().stream().map(r -> r.attemptId().orElseThrow()).toList());
        assertThat(loops.getButtonCell().getText()).as("the chosen loop, by its short name").startsWith("PMM onsite \u00b7 ");
        assertThat(robot.lookup("#filter-track").queryComboBox().isDisabled()).as("the other filters rest").isTrue();

        robot.clickOn("#open-packet");
        waitFor("the packet, from History", () -> robot.lookup("#packet-lean").tryQuery().isPresent());
        assertThat(text(robot, "#packet-lean")).isEqualTo(lean.label());
        assertThat(robot.lookup("#loop-reveal").tryQuery()).as("read-only: no grading").isEmpty();
        assertThat(robot.lookup("#editor").tryQuery()).as("read-only: no round to answer").isEmpty();
        assertThat(sitting().status()).isEqualTo(LoopStatus.FINISHED);

        robot.interact(shell::progress);
        waitFor("the loops' chart", () -> robot.lookup("#loop-lean-chart").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(text(robot, "#loop-progress-summary")).startsWith("1 finished loop; the latest, PMM onsite on ")
                .endsWith(": " + lean.label() + ".");
        LineChart<?, ?> chart = robot.lookup("#loop-lean-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(1);
        assertThat(chart.getData().get(0).getData()).extracting(d -> ((Number) d.getYValue()).intValue())
                .as("the lean, on the four-point scale").containsExactly(lean.points());
    }
}
