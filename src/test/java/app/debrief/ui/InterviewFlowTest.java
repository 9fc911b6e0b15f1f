package app.debrief.ui;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStatus;
import app.debrief.store.Draft;
import app.debrief.store.Mode;
import app.debrief.store.PhaseTime;
import app.debrief.store.StoreFaults;
import app.debrief.ui.shell.Shell;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The interview flow end to end on a real stage: pick, answer against the clock, read the findings, grade. */
@ExtendWith(ApplicationExtension.class)
class InterviewFlowTest {

    UiFixture fixture;
    Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        fixture = UiFixture.onFx();
        shell = fixture.showShell(stage, 1280, 860);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    void waitFor(String what, Supplier<Boolean> condition) throws Exception {
        FxWait.until(what, condition, () -> "; the screen shows " + shell.current()
                + (shell.root().lookup("#editor") instanceof StyleClassedTextArea ed ? ", editor text [" + abbreviate(ed.getText()) + "]" : "")
                + ", unfinished draft [" + fixture.store.latestUnfinished().map(a -> abbreviate(a.answer())).orElse("none") + "]");
    }

    static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "\u2026(" + s.length() + ")" : s;
    }

    void openHome(FxRobot robot) {
        robot.interact(shell::home);
    }

    void chooseFirstPrompt(FxRobot robot, String kindButton) throws Exception {
        robot.clickOn(kindButton);
        ListView<?> list = robot.lookup("#prompt-list").queryAs(ListView.class);
        waitFor("prompts listed", () -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#start-button");
        waitFor("answer screen", () -> robot.lookup("#editor").tryQuery().isPresent());
    }

    List<Attempt> attempts() {
        return fixture.store.recent(50).stream().map(s -> fixture.store.attempt(s.id()).orElseThrow()).toList();
    }

    @Test
    void aPmAnswerFullOfBrandTalkIsFlaggedHighlightedGradedAndKept(FxRobot robot) throws Exception {
        openHome(robot);
        robot.clickOn("#track-pm");
        chooseFirstPrompt(robot, "#kind-system-design");
        robot.clickOn("#editor").write("Our brand vision is that developers feel pure delight. Every persona will love the magic. "
                + "The emotional story matters more than anything.");
        Label words = robot.lookup("#word-count").queryAs(Label.class);
        assertThat(words.getText()).isEqualTo("22 words");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitFor("feedback shown", () -> robot.lookup("#verdict-marketing-fluff").tryQuery().isPresent());

        assertThat(robot.lookup("#verdict-marketing-fluff").queryAs(Label.class).getText()).isEqualTo("Flagged");
        StyleClassedTextArea answer = robot.lookup("#feedback-answer").queryAs(StyleClassedTextArea.class);
        int brand = answer.getText().indexOf("brand vision");
        assertThat(answer.getStyleAtPosition(brand + 1)).as("the words behind the finding are highlighted").contains("hl-0", "evidence");
        int neutral = answer.getText().indexOf("Our");
        assertThat(answer.getStyleAtPosition(neutral + 1)).isEmpty();
        robot.clickOn(robot.lookup("#evidence-marketing-fluff .evidence-chip").queryAs(Button.class));
        assertThat(answer.getSelectedText()).as("choosing a piece of evidence selects its words").isNotBlank();
        assertThat(answer.getStyleAtPosition(answer.getSelection().getStart() + 1)).contains("hl-0");
        robot.interact(answer::deselect);
        robot.clickOn("#why-marketing-fluff");
        assertThat(answer.getSelectedText()).as("choosing the finding selects its first words").isNotBlank();

        // The interviewer offers a follow-up above the findings; this candidate grades instead.
        robot.clickOn("#follow-up-skip");
        robot.clickOn("#grade-marketing-fluff-4");
        waitFor("disagreement shown", () -> robot.lookup("#disagree-marketing-fluff").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#disagree-marketing-fluff").queryAs(Label.class).getText()).contains("the checker flagged it");
        robot.clickOn("#grade-marketing-fluff-1");
        robot.clickOn("#note-marketing-fluff").write("No latency at all");
        waitFor("grade saved", () -> fixture.store.recent(10).size() == 1
                && fixture.store.grades(fixture.store.recent(10).get(0).id()).stream()
                .anyMatch(g -> g.itemId().equals("marketing-fluff") && g.score() == 1 && g.note().equals("No latency at all")));

        Attempt kept = attempts().get(0);
        assertThat(kept.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(kept.track()).isEqualTo(Track.PM);
        assertThat(kept.answer()).startsWith("Our brand vision");
        assertThat(fixture.store.feedback(kept.id()).orElseThrow().mistake("marketing-fluff").orElseThrow().flagged()).isTrue();
        assertThat(robot.lookup("#disagree-marketing-fluff").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aClosedGardenLaunchPlanIgnoresTheOpenSourceContext(FxRobot robot) throws Exception {
        openHome(robot);
        robot.clickOn("#track-pmm");
        chooseFirstPrompt(robot, "#kind-launch-plan");
        robot.clickOn("#editor").write("We keep the weights private and build a walled garden: customers reach the model only through our API.");
        robot.clickOn("#submit-button");
        waitFor("feedback shown", () -> robot.lookup("#verdict-ignores-open-source").tryQuery().isPresent());
        assertThat(robot.lookup("#verdict-ignores-open-source").queryAs(Label.class).getText()).isEqualTo("Flagged");
        assertThat(robot.lookup("#why-ignores-open-source").queryAs(Label.class).getText()).contains("walled garden");
        assertThat(robot.lookup("#finding-marketing-fluff").tryQuery()).as("a PM mistake has no card on a PMM answer").isEmpty();
    }

    @Test
    void aMockLocksTheEditorAtZeroAndHandsTheAnswerIn(FxRobot robot) throws Exception {
        openHome(robot);
        robot.clickOn("#track-pmm");
        robot.clickOn("#kind-exec-explainer");
        ListView<?> list = robot.lookup("#prompt-list").queryAs(ListView.class);
        waitFor("prompts listed", () -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#mode-mock");
        robot.clickOn("#start-button");
        waitFor("answer screen", () -> robot.lookup("#editor").tryQuery().isPresent());
        robot.clickOn("#editor").write("Open weights mean we own a copy.");
        StyleClassedTextArea editor = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        assertThat(editor.isEditable()).isTrue();

        fixture.clock.advance(Duration.ofMinutes(10));
        waitFor("handed in, and the interviewer follows up", () -> robot.lookup("#follow-up-note").tryQuery().map(Node::isVisible).orElse(false));
        Attempt handedIn = attempts().get(0);
        assertThat(handedIn.mode()).isEqualTo(Mode.MOCK);
        assertThat(handedIn.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(handedIn.answer()).isEqualTo("Open weights mean we own a copy.");
        assertThat(editor.isEditable()).as("the editor locked at zero").isFalse();
    }

    @Test
    void anUnfinishedAnswerOffersToResumeWithItsTextAndTime(FxRobot robot) throws Exception {
        Prompt prompt = fixture.services.bank().byId("pm-sd-streaming-responses").orElseThrow();
        Attempt started = fixture.store.start(prompt, Mode.PRACTICE, Instant.parse("2026-11-29T08:00:00Z"));
        fixture.store.saveDraft(new Draft(started.id(), "Time to first token is the budget: p95 under 300 ms.", 5 * 60_000,
                List.of(new PhaseTime("Clarify", 5 * 60_000))), Instant.parse("2026-11-29T08:05:00Z"));
        openHome(robot);
        waitFor("banner", () -> robot.lookup("#resume-banner").queryAs(Node.class).isVisible());
        assertThat(robot.lookup("#resume-text").queryAs(Label.class).getText()).contains("5:00 used of 40:00");
        robot.clickOn("#resume-button");
        waitFor("answer screen", () -> robot.lookup("#editor").tryQuery().isPresent());
        assertThat(robot.lookup("#editor").queryAs(StyleClassedTextArea.class).getText()).isEqualTo("Time to first token is the budget: p95 under 300 ms.");
        assertThat(robot.lookup("#countdown").queryAs(Label.class).getText()).isEqualTo("35:00");
    }

    /** The attempts the command line's {@code history --json} lists. */
    List<String> listedByTheCommandLine() throws Exception {
        List<String> listed = new java.util.ArrayList<>();
        app.debrief.cli.CliRun.of(fixture.dataDir, "", "history", "--json").json()
                .forEach(a -> listed.add(a.get("id").asLong() + " " + a.get("status").asText()));
        return listed;
    }

    @Test
    void aDiscardedDraftGoesFromTheAppAndTheCommandLineCanBeBroughtBackForAFewSecondsAndIsThenDeleted(FxRobot robot) throws Exception {
        Prompt prompt = fixture.services.bank().byId("pm-sd-streaming-responses").orElseThrow();
        Attempt started = fixture.store.start(prompt, Mode.PRACTICE, Instant.parse("2026-11-29T08:00:00Z"));
        fixture.store.saveDraft(new Draft(started.id(), "Time to first token is the budget.", 60_000, List.of()),
                Instant.parse("2026-11-29T08:01:00Z"));
        assertThat(listedByTheCommandLine()).containsExactly(started.id() + " IN_PROGRESS");
        openHome(robot);
        waitFor("banner", () -> robot.lookup("#resume-banner").queryAs(Node.class).isVisible());

        robot.clickOn("#discard-button");
        waitFor("the offer to undo", () -> robot.lookup("#discarded-banner").queryAs(Node.class).isVisible());
        assertThat(robot.lookup("#resume-banner").queryAs(Node.class).isVisible()).isFalse();
        assertThat(listedByTheCommandLine()).as("gone from the command line as from the app").isEmpty();

        robot.clickOn("#undo-discard");
        waitFor("the draft back", () -> robot.lookup("#resume-banner").queryAs(Node.class).isVisible());
        assertThat(listedByTheCommandLine()).containsExactly(started.id() + " IN_PROGRESS");

        robot.clickOn("#discard-button");
        waitFor("the offer to undo", () -> robot.lookup("#discarded-banner").queryAs(Node.class).isVisible());
        fixture.clock.advance(app.debrief.ui.common.DiscardedDrafts.UNDO_WINDOW.plusSeconds(1));
        openHome(robot);
        waitFor("home again, no offer to undo", () -> robot.lookup("#home").tryQuery().isPresent()
                && !robot.lookup("#discarded-banner").queryAs(Node.class).isVisible());
        assertThat(fixture.store.restore(started.id())).as("the draft and its text are deleted").isFalse();
        assertThat(listedByTheCommandLine()).isEmpty();
    }

    @Test
    void leavingKeepsTheDraftWhenAskedTo(FxRobot robot) throws Exception {
        openHome(robot);
        robot.clickOn("#track-pm");
        chooseFirstPrompt(robot, "#kind-tradeoff");
        robot.clickOn("#editor").write("INT8 halves memory.");
        robot.clickOn("#nav-home");
        waitFor("asked", () -> robot.lookup("Keep draft").tryQuery().isPresent());
        robot.clickOn("Keep draft");
        waitFor("home", () -> robot.lookup("#resume-banner").tryQuery().map(Node::isVisible).orElse(false));
        Attempt kept = fixture.store.latestUnfinished().orElseThrow();
        assertThat(kept.answer()).isEqualTo("INT8 halves memory.");
    }

    @Test
    void aHandInThatFailsLeavesTheAnswerInProgressSavedAsTypedAndHandedInOnRetry(FxRobot robot) throws Exception {
        openHome(robot);
        robot.clickOn("#track-pm");
        chooseFirstPrompt(robot, "#kind-system-design");
        // Long enough that its search index needs pages the full disk no longer has.
        String first = "Stream tokens over SSE; p95 time to first token under 300 ms.\n\n".repeat(300).strip();
        paste(robot, first);
        waitFor("saved", () -> fixture.store.latestUnfinished().map(a -> a.answer().equals(first)).orElse(false));
        StoreFaults.diskFull(fixture.store, true);
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitFor("told", () -> robot.lookup("#answer-message").queryAs(Label.class).getText().startsWith("Could not hand in"));
        assertThat(robot.lookup("#answer-message").queryAs(Label.class).getText()).contains("full").contains("still in progress");
        assertThat(fixture.store.latestUnfinished()).as("still in progress in the store").isPresent();
        StyleClassedTextArea editor = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        assertThat(editor.isEditable()).isTrue();
        assertThat(robot.lookup("#submit-button").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#editor").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write(" Cancel on disconnect to free the KV cache.");
        StoreFaults.diskFull(fixture.store, false);
        waitFor("the text typed after the failure is saved",
                () -> fixture.store.latestUnfinished().map(a -> a.answer().endsWith("KV cache.")).orElse(false));
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitFor("handed in", () -> robot.lookup("#feedback").tryQuery().isPresent());
        Attempt handedIn = attempts().get(0);
        assertThat(handedIn.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(handedIn.answer()).isEqualTo(first + " Cancel on disconnect to free the KV cache.");
    }

    void paste(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#editor");
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
    }

    @Test
    void aOneMegabytePasteWithEmojiAndRightToLeftTextDoesNotFreezeAndIsSaved(FxRobot robot) throws Exception {
        openHome(robot);
        robot.clickOn("#track-pm");
        chooseFirstPrompt(robot, "#kind-system-design");
        StringBuilder big = new StringBuilder();
        for (int i = 1; big.length() < 1_000_000; i++) {
            big.append("p95 latency stays under 300 ms 😍 مرحبا بالعالم שלום and the KV cache fits in 80 GB. ");
            if (i % 6 == 0) {
                big.append("\n\n");
            }
        }
        String text = big.toString();
        long before = System.nanoTime();
        paste(robot, text);
        StyleClassedTextArea editor = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        waitFor("pasted", () -> editor.getLength() == text.length());
        long pasteMillis = (System.nanoTime() - before) / 1_000_000;
        System.out.println("1 MB paste shown in " + pasteMillis + " ms");
        assertThat(pasteMillis).as("the window answers again soon after the paste").isLessThan(5_000);
        assertThat(robot.lookup("#word-count").queryAs(Label.class).getText()).isEqualTo(
                app.debrief.rubric.Words.count(text) + " words");
        waitFor("saved", () -> fixture.store.latestUnfinished().map(a -> a.answer().equals(text)).orElse(false));
        robot.clickOn("#submit-button");
        waitFor("feedback", () -> robot.lookup("#feedback-summary").tryQuery().map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(attempts().get(0).answer()).isEqualTo(text);
        openHome(robot);
    }

    @Test
    void aPasteHoldingOneHugeParagraphIsRefusedWithAMessageAndLosesNothing(FxRobot robot) throws Exception {
        openHome(robot);
        robot.clickOn("#track-pm");
        chooseFirstPrompt(robot, "#kind-system-design");
        robot.clickOn("#editor").write("Start from the latency budget.");
        String oneParagraph = "word ".repeat(200_000);
        paste(robot, oneParagraph);
        waitFor("told", () -> robot.lookup("#answer-message").queryAs(Label.class).getText().startsWith("Not pasted"));
        assertThat(robot.lookup("#answer-message").queryAs(Label.class).getText()).contains("1,000,000 characters");
        assertThat(robot.lookup("#editor").queryAs(StyleClassedTextArea.class).getText()).isEqualTo("Start from the latency budget.");
        robot.clickOn("#editor").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write(" Then p95.");
        waitFor("still editable and saved", () -> fixture.store.latestUnfinished()
                .map(a -> a.answer().equals("Start from the latency budget. Then p95.")).orElse(false));
    }
}
