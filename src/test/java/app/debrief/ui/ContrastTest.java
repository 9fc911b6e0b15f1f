package app.debrief.ui;

import app.debrief.bank.Prompt;
import app.debrief.settings.Settings;
import app.debrief.store.Mode;
import app.debrief.ui.shell.Shell;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text on a highlight reads in both themes (WCAG AA, 4.5:1), and the history's selected row stands
 * out from the others (3:1 while the table has the focus, 1.5:1 after). The colours are those the screen paints,
 * read from its nodes once the theme and the app's stylesheet have been applied.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {

    static final double TEXT = 4.5;
    static final double PART = 3.0;
    /** A selection the user has moved away from may be quieter, but still plain to see beside the striped rows. */
    static final double UNFOCUSED = 1.5;

    /** One pair of colours measured, and the ratio it needs. */
    record Measured(String what, double ratio, double needed) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %.2f (needs %.1f)", what, ratio, needed);
        }
    }

    /** Prints every ratio (they go in the surefire report), then fails on those below what they need. */
    static void check(List<Measured> measured) {
        measured.forEach(m -> System.out.println("contrast " + m));
        assertThat(measured).isNotEmpty();
        assertThat(measured).filteredOn(m -> m.ratio() < m.needed()).as("colour pairs below WCAG AA").isEmpty();
    }

    UiFixture fixture;
    Stage stage;
    long attempt;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = UiFixture.onFx();
        Seeder.seed(fixture, 12, Instant.parse("2026-11-01T09:00:00Z"));
        Prompt p = fixture.services.bank().byId("pm-sd-streaming-responses").orElseThrow();
        // Four mistakes flagged at once, so four highlight colours are painted.
        attempt = Seeder.submit(fixture, p, Mode.PRACTICE, "Our brand vision is pure delight. Developers will love the magic. "
                + "We keep the weights private in a walled garden, reachable only through our API. Success is GitHub stars "
                + "and downloads. We will run a launch campaign with influencers and a hero video.",
                Instant.parse("2026-11-20T09:00:00Z"), 20 * 60_000L, f -> List.of());
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    Shell open(FxRobot robot, Settings.Theme theme) {
        Shell[] shell = new Shell[1];
        robot.interact(() -> shell[0] = fixture.showShell(stage, 1400, 900, theme));
        return shell[0];
    }

    static Color page(Shell shell) {
        return Contrast.background((Region) shell.root(), Color.WHITE);
    }

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void theWordsBehindAFindingReadOnTheirHighlightInTheAnswerAndOnTheirChips(Settings.Theme theme, FxRobot robot) throws Exception {
        Shell shell = open(robot, theme);
        robot.interact(() -> shell.feedback(attempt));
        FxWait.until("the highlighted answer", () -> !highlighted(robot).isEmpty(), () -> "");
        FxWait.settle();
        StyleClassedTextArea area = robot.lookup("#feedback-answer").queryAs(StyleClassedTextArea.class);
        List<Measured> measured = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        robot.interact(() -> {
            Color under = Contrast.background(area, page(shell));
            for (TextExt t : highlighted(robot)) {
                Color on = Contrast.over(Contrast.color(t.getBackgroundColor()), under);
                colours.add(t.getStyleClass().toString());
                measured.add(new Measured(theme + " answer \u201c" + t.getText().strip() + "\u201d " + t.getStyleClass(),
                        Contrast.ratio(Contrast.color(t.getFill()), on), TEXT));
            }
            for (Node n : robot.lookup(".evidence-chip").queryAll()) {
                Button chip = (Button) n;
                Region card = (Region) ancestor(chip, "finding-card");
                Color on = Contrast.background(chip, Contrast.background(card, page(shell)));
                measured.add(new Measured(theme + " chip \u201c" + chip.getText() + "\u201d " + chip.getStyleClass(),
                        Contrast.ratio(Contrast.color(chip.getTextFill()), on), TEXT));
            }
        });
        assertThat(colours.stream().distinct().count()).as("several highlight colours measured").isGreaterThanOrEqualTo(3);
        assertThat(measured).anyMatch(m -> m.what().contains("chip"));

        // Choosing a chip selects its words: the selection's tint lies over the highlight.
        robot.clickOn(robot.lookup(".evidence-chip").queryAs(Button.class));
        FxWait.settle();
        robot.interact(() -> {
            Node selection = area.lookup(".selection");
            assertThat(selection).as("the chosen words are selected").isNotNull();
            Color tint = Contrast.color(((javafx.scene.shape.Shape) selection).getFill());
            Color under = Contrast.background(area, page(shell));
            for (TextExt t : highlighted(robot)) {
                Color on = Contrast.over(tint, Contrast.over(Contrast.color(t.getBackgroundColor()), under));
                measured.add(new Measured(theme + " selected \u201c" + t.getText().strip() + "\u201d " + t.getStyleClass(),
                        Contrast.ratio(Contrast.color(t.getFill()), on), TEXT));
            }
        });
        check(measured);
    }

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void theSelectedRowsOfTheHistoryStandOutAndTheirTextReads(Settings.Theme theme, FxRobot robot) throws Exception {
        Shell shell = open(robot, theme);
        robot.interact(shell::history);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#history-table").queryAs(TableView.class);
        FxWait.until("the first page", () -> !table.getItems().isEmpty(), () -> "");
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn(selectedRow(table));
        FxWait.settle();
        assertThat(table.isFocused()).isTrue();
        List<Measured> measured = new ArrayList<>(measureRows(robot, shell, table, theme, "focused", PART));

        robot.clickOn("#history-search");
        FxWait.settle();
        assertThat(table.isFocused()).isFalse();
        assertThat(table.getSelectionModel().getSelectedIndex()).as("still selected").isEqualTo(1);
        measured.addAll(measureRows(robot, shell, table, theme, "unfocused", UNFOCUSED));
        check(measured);
    }

    /** Text on the selected row, and the row against an unselected one, which it must stand out from by {@code standOut}. */
    private static List<Measured> measureRows(FxRobot robot, Shell shell, TableView<Object> table, Settings.Theme theme, String state,
                                              double standOut) {
        List<Measured> measured = new ArrayList<>();
        robot.interact(() -> {
            Color under = Contrast.background(table, page(shell));
            TableRow<?> selected = selectedRow(table);
            Color selectedBg = Contrast.background(selected, under);
            // Against every other row shown, the striped ones too.
            double apart = rows(table).stream().filter(r -> !r.isSelected() && !r.isEmpty())
                    .mapToDouble(r -> Contrast.ratio(selectedBg, Contrast.background(r, under))).min().orElseThrow();
            measured.add(new Measured(theme + " history " + state + " selected row against the others", apart, standOut));
            for (Node n : selected.lookupAll(".table-cell")) {
                TableCell<?, ?> cell = (TableCell<?, ?>) n;
                if (cell.getText() != null && !cell.getText().isEmpty()) {
                    measured.add(new Measured(theme + " history " + state + " selected row, \u201c" + cell.getText() + "\u201d",
                            Contrast.ratio(Contrast.color(cell.getTextFill()), Contrast.background(cell, selectedBg)), TEXT));
                }
            }
        });
        return measured;
    }

    private static List<TableRow<?>> rows(TableView<?> table) {
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> r && r.isVisible() && r.getIndex() < table.getItems().size()) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static TableRow<?> selectedRow(TableView<?> table) {
        return rows(table).stream().filter(TableRow::isSelected).findFirst().orElseThrow();
    }

    private static List<TextExt> highlighted(FxRobot robot) {
        List<TextExt> found = new ArrayList<>();
        robot.lookup("#feedback-answer").tryQuery().ifPresent(area -> {
            for (Node n : area.lookupAll(".text")) {
                if (n instanceof TextExt t && t.getBackgroundColor() instanceof Color c && c.getOpacity() > 0 && !t.getText().isBlank()) {
                    found.add(t);
                }
            }
        });
        return found;
    }

    private static Node ancestor(Node node, String styleClass) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return p;
            }
        }
        throw new AssertionError("no ." + styleClass + " around " + node);
    }
}
