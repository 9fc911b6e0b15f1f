package app.debrief.ui;

import app.debrief.bank.Track;
import app.debrief.store.AttemptSummary;
import app.debrief.ui.shell.Shell;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The history with 200 attempts: filter, search, open, delete and undo, on a real stage. */
@ExtendWith(ApplicationExtension.class)
class HistoryScreenTest {

    UiFixture fixture;
    Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        fixture = UiFixture.onFx();
        Seeder.seed(fixture, 200, Instant.parse("2026-11-28T10:00:00Z"));
        shell = fixture.showShell(stage, 1280, 860);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    void waitFor(String what, Supplier<Boolean> condition) throws Exception {
        FxWait.until(what, condition, () -> "");
    }

    @SuppressWarnings("unchecked")
    TableView<AttemptSummary> table(FxRobot robot) {
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    String status(FxRobot robot) {
        return robot.lookup("#history-status").queryAs(Label.class).getText();
    }

    @Test
    void filtersPageAndOpenAnAttempt(FxRobot robot) throws Exception {
        robot.interact(shell::history);
        waitFor("first page", () -> table(robot).getItems().size() == 100);
        assertThat(status(robot)).isEqualTo("Showing 100 of 200 attempts");
        assertThat(table(robot).getItems().get(0).startedAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        robot.clickOn("#load-more");
        waitFor("second page", () -> table(robot).getItems().size() == 200);

        @SuppressWarnings("unchecked")
        ComboBox<Optional<Track>> track = robot.lookup("#filter-track").queryAs(ComboBox.class);
        robot.interact(() -> track.setValue(Optional.of(Track.PMM)));
        waitFor("PMM only", () -> status(robot).startsWith("Showing") && table(robot).getItems().stream().allMatch(a -> a.track() == Track.PMM)
                && !table(robot).getItems().isEmpty());
        long pmm = fixture.store.recent(1000).stream().filter(a -> a.track() == Track.PMM).count();
        assertThat(status(robot)).isEqualTo("Showing " + Math.min(100, pmm) + " of " + pmm + " attempts");

        AttemptSummary first = table(robot).getItems().get(0);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#open-attempt");
        waitFor("the debrief", () -> robot.lookup("#feedback-summary").tryQuery().map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(((Label) robot.lookup("#feedback-summary").query()).getText()).contains(first.words() + " words");
    }

    @Test
    void searchShowsSnippetsWithTheWordMarked(FxRobot robot) throws Exception {
        robot.interact(shell::history);
        waitFor("first page", () -> !table(robot).getItems().isEmpty());
        robot.clickOn("#history-search").write("walled garden");
        ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
        waitFor("results", () -> !results.getItems().isEmpty());
        assertThat(status(robot)).contains("match \u201cwalled garden\u201d");
        waitFor("snippets drawn", () -> robot.lookup(".search-match").tryQuery().isPresent());
        Text match = robot.lookup(".search-match").queryAs(Text.class);
        assertThat(match.getText().toLowerCase()).isIn("walled", "garden");
        TextFlow snippet = (TextFlow) match.getParent();
        String whole = snippet.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        assertThat(whole).contains("walled garden");

        robot.clickOn("#history-search").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.BACK_SPACE)
                .release(javafx.scene.input.KeyCode.BACK_SPACE);
        waitFor("the table back", () -> table(robot).isVisible());
        assertThat(status(robot)).as("the status speaks of the table again, not of the cleared search")
                .isEqualTo("Showing 100 of 200 attempts");
    }

    @Test
    void theSelfGradeColumnsReadEachOnItsOwnScaleAndSaySoInTheirTooltips(FxRobot robot) throws Exception {
        long id = fixture.store.recent(1).get(0).id();
        fixture.store.saveGrades(id, java.util.List.of(
                new app.debrief.store.SelfGrade(app.debrief.store.GradeItem.MISTAKE, "marketing-fluff", 2, ""),
                new app.debrief.store.SelfGrade(app.debrief.store.GradeItem.MISTAKE, "role-drift", 3, ""),
                new app.debrief.store.SelfGrade(app.debrief.store.GradeItem.TALKING_POINT, "ttft", 1, ""),
                new app.debrief.store.SelfGrade(app.debrief.store.GradeItem.TALKING_POINT, "cost", 2, "")));
        robot.interact(shell::history);
        waitFor("first page", () -> table(robot).getItems().size() == 100);
        var columns = table(robot).getColumns();
        var grade = columns.get(columns.size() - 2);
        var points = columns.get(columns.size() - 1);
        assertThat(grade.getCellData(0)).as("1.9 would mix the two scales").isEqualTo("2.5 of 4");
        assertThat(points.getCellData(0)).isEqualTo("1.5 of 2");
        Label gradeHeading = robot.lookup("#history-grade-header").queryAs(Label.class);
        assertThat(gradeHeading.getText()).isEqualTo("Self-grade");
        assertThat(gradeHeading.getTooltip().getText()).contains("mistakes").contains("1 means").contains("4 that you avoided it");
        var anchors = fixture.services.rubric().talkingPointScale().anchors();
        java.util.function.Function<app.debrief.rubric.Rubric.Anchor, String> named = a -> a.score() + " " + a.label().toLowerCase(java.util.Locale.ROOT);
        assertThat(robot.lookup("#history-points-header").queryAs(Label.class).getTooltip().getText())
                .contains("talking points").contains(named.apply(anchors.get(0))).contains(named.apply(anchors.get(anchors.size() - 1)));
    }

    @Test
    void deleteHidesTheAttemptAndUndoBringsItBack(FxRobot robot) throws Exception {
        robot.interact(shell::history);
        waitFor("first page", () -> table(robot).getItems().size() == 100);
        AttemptSummary victim = table(robot).getItems().get(0);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#delete-attempt");
        waitFor("deleted", () -> status(robot).equals("Showing 100 of 199 attempts"));
        assertThat(table(robot).getItems()).extracting(AttemptSummary::id).doesNotContain(victim.id());
        assertThat(robot.lookup("#undo-banner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(fixture.store.attempt(victim.id())).isEmpty();
        robot.clickOn("#undo-button");
        waitFor("restored", () -> status(robot).equals("Showing 100 of 200 attempts"));
        assertThat(table(robot).getItems().get(0).id()).isEqualTo(victim.id());
        assertThat(fixture.store.attempt(victim.id())).isPresent();
    }

    @Test
    void twoAttemptsAtTheSamePromptCompareSideBySide(FxRobot robot) throws Exception {
        // The two newest answer the same prompt, whatever the size of the bank the seeder cycles through.
        app.debrief.bank.Prompt again = fixture.services.bank().all().get(0);
        for (int i = 0; i < 2; i++) {
            Seeder.submit(fixture, again, app.debrief.store.Mode.PRACTICE, Seeder.ANSWERS.get(1) + " (attempt " + (900 + i) + ")",
                    Instant.parse("2026-11-28T11:00:00Z").plusSeconds(3600L * i), 20 * 60_000L, f -> java.util.List.of());
        }
        robot.interact(shell::history);
        waitFor("first page", () -> table(robot).getItems().size() == 100);
        var items = table(robot).getItems();
        int first = 0;
        int second = -1;
        for (int i = 1; i < items.size() && second < 0; i++) {
            if (items.get(i).promptId().equals(items.get(first).promptId())) {
                second = i;
            }
        }
        assertThat(second).as("two attempts at one prompt on the first page").isPositive();
        int other = second;
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectIndices(first, other);
        });
        robot.clickOn("#compare-attempts");
        waitFor("comparison", () -> robot.lookup("#compare-summary").tryQuery().map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        var newer = robot.lookup("#compare-newer").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        var older = robot.lookup("#compare-older").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        assertThat(newer.getText()).isEqualTo(fixture.store.attempt(items.get(first).id()).orElseThrow().answer());
        assertThat(older.getText()).isEqualTo(fixture.store.attempt(items.get(other).id()).orElseThrow().answer());
        int added = newer.getText().indexOf("(attempt ") + "(attempt ".length();
        assertThat(newer.getStyleAtPosition(added + 1)).contains("diff-added");
        int removed = older.getText().indexOf("(attempt ") + "(attempt ".length();
        assertThat(older.getStyleAtPosition(removed + 1)).contains("diff-removed");
        assertThat(robot.lookup("#compare-mistakes").queryAs(javafx.scene.layout.FlowPane.class).getChildren()).isNotEmpty();
    }

    @Test
    void practiseNextOpensThePromptToChoosePracticeOrMockAndBackReturnsToProgress(FxRobot robot) throws Exception {
        robot.interact(shell::progress);
        waitFor("suggestions", () -> robot.lookup(".suggestion .button").tryQuery().isPresent());
        String id = robot.lookup(".suggestion .button").queryButton().getId().substring("practise-".length());
        app.debrief.bank.Prompt prompt = fixture.services.bank().byId(id).orElseThrow();
        robot.clickOn("#practise-" + id);
        waitFor("the prompt in the picker", () -> robot.lookup("#prompt-question").tryQuery()
                .map(q -> ((Label) q).getText().equals(prompt.question())).orElse(false));
        assertThat(fixture.store.latestUnfinished()).as("nothing started before the mode is chosen").isEmpty();

        robot.clickOn("#picker-back");
        waitFor("progress again", () -> robot.lookup("#practise-" + id).tryQuery().isPresent());
        robot.clickOn("#practise-" + id);
        waitFor("the picker again", () -> robot.lookup("#mode-mock").tryQuery().isPresent());
        robot.clickOn("#mode-mock");
        robot.clickOn("#start-button");
        waitFor("the answer screen", () -> robot.lookup("#editor").tryQuery().isPresent());
        assertThat(fixture.store.latestUnfinished().orElseThrow()).satisfies(a -> {
            assertThat(a.prompt().id()).isEqualTo(id);
            assertThat(a.mode()).isEqualTo(app.debrief.store.Mode.MOCK);
        });
    }

    @Test
    void exportWritesTheSelectedAttemptsAsAReadableReport(FxRobot robot) throws Exception {
        robot.interact(shell::history);
        waitFor("first page", () -> table(robot).getItems().size() == 100);
        AttemptSummary a = table(robot).getItems().get(0);
        java.nio.file.Path file = fixture.dataDir.resolve("two.md");
        app.debrief.ui.history.HistoryViewModel vm = new app.debrief.ui.history.HistoryViewModel(fixture.services, shell);
        robot.interact(() -> vm.export(app.debrief.review.Exporter.Format.MARKDOWN, Optional.of(java.util.List.of(a.id())), file));
        waitFor("written", () -> java.nio.file.Files.exists(file));
        String report = java.nio.file.Files.readString(file);
        assertThat(report).startsWith("# Debrief practice history").contains(a.title()).contains("attempt ");
    }
}
