package app.debrief.ui.compare;

import app.debrief.review.Comparison;
import app.debrief.review.MistakeChange;
import app.debrief.review.MistakeComparison;
import app.debrief.review.WordDiff;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.IconButton;
import app.debrief.ui.common.Screen;
import app.debrief.ui.followup.FollowUpCards;
import app.debrief.ui.followup.FollowUpItem;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Side by side: the older answer with what was cut struck through, the newer with what was added,
 * the mistakes, and below each answer its follow-ups.
 */
public final class CompareView implements Screen {

    private static final Map<MistakeChange, String> LABELS = Map.of(
            MistakeChange.FIXED, "fixed", MistakeChange.NEW, "new", MistakeChange.STILL_THERE, "still there",
            MistakeChange.CLEAR, "clear both times", MistakeChange.NOT_APPLICABLE, "does not apply");

    private final CompareViewModel model;
    private final BorderPane root = new BorderPane();
    private final StyleClassedTextArea older = area("compare-older");
    private final StyleClassedTextArea newer = area("compare-newer");
    private final Label olderTitle = new Label();
    private final Label newerTitle = new Label();
    private final Label summary = new Label();
    private final FlowPane mistakes = new FlowPane(8, 8);
    private final TitledPane olderFollowUps = followUpPane("compare-older-follow-ups");
    private final TitledPane newerFollowUps = followUpPane("compare-newer-follow-ups");

    public CompareView(CompareViewModel model) {
        this.model = model;
        root.setId("compare");
        root.getStyleClass().add("page");
        root.setTop(header());
        SplitPane split = new SplitPane(column(olderTitle, older, olderFollowUps), column(newerTitle, newer, newerFollowUps));
        root.setCenter(split);
        model.comparisonProperty().addListener((o, was, c) -> {
            if (c != null) {
                show(c);
            }
        });
        model.load();
    }

    @Override
    public Node node() {
        return root;
    }

    private static StyleClassedTextArea area(String id) {
        StyleClassedTextArea a = new StyleClassedTextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.getStyleClass().add("feedback-answer");
        return a;
    }

    private Node header() {
        Button back = IconButton.of(Icon.BACK, "compare-back", "Back to the history", model::back);
        Label title = new Label("Side by side", Icon.COMPARE.node());
        title.getStyleClass().add(Styles.TITLE_3);
        Label error = Fit.wrapping(new Label());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        Fit.whole(title);
        Fit.wrapping(summary);
        summary.setId("compare-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        mistakes.setId("compare-mistakes");
        HBox top = new HBox(12, back, title, error);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, summary, mistakes);
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    /** The follow-ups of one side, folded away below its answer until asked for. */
    private static TitledPane followUpPane(String id) {
        TitledPane pane = new TitledPane();
        pane.setId(id);
        pane.setExpanded(false);
        pane.getStyleClass().add(Styles.DENSE);
        pane.setVisible(false);
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private void fillFollowUps(TitledPane pane, List<FollowUpItem> items, String id) {
        pane.setVisible(!items.isEmpty());
        pane.setText("Follow-ups (" + items.size() + ")");
        ScrollPane scroll = new ScrollPane(FollowUpCards.of(items, id, ""));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        // Folded, the pane keeps its content laid out below it: hidden, it does not count as on screen.
        // (Set, not bound: the pane's skin shows and hides its content itself from then on.)
        scroll.setVisible(pane.isExpanded());
        pane.setContent(scroll);
    }

    private Node column(Label title, StyleClassedTextArea area, TitledPane followUps) {
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Fit.wrapping(title);
        VBox box = new VBox(6, title, new VirtualizedScrollPane<>(area), followUps);
        VBox.setVgrow(box.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(0, 6, 0, 6));
        return box;
    }

    private void show(Comparison c) {
        olderTitle.setText("Before: " + model.when(c.older()) + (c.older().mode() == app.debrief.store.Mode.MOCK ? " (mock)" : ""));
        newerTitle.setText("After: " + model.when(c.newer()) + (c.newer().mode() == app.debrief.store.Mode.MOCK ? " (mock)" : ""));
        summary.setText(c.older().prompt().title() + " \u00b7 " + model.summary());
        paint(older, c.diff(), WordDiff.Change.REMOVED, "diff-removed");
        paint(newer, c.diff(), WordDiff.Change.ADDED, "diff-added");
        fillFollowUps(olderFollowUps, model.followUps(c.older()), "compare-older-follow-up");
        fillFollowUps(newerFollowUps, model.followUps(c.newer()), "compare-newer-follow-up");
        mistakes.getChildren().clear();
        for (MistakeComparison m : c.mistakes()) {
            if (m.change() == MistakeChange.NOT_APPLICABLE) {
                continue;
            }
            Label chip = new Label(m.title() + ": " + LABELS.get(m.change()), icon(m.change()).node());
            chip.getStyleClass().addAll("tag", "change-" + m.change().name().toLowerCase().replace('_', '-'));
            chip.setId("change-" + m.mistakeId());
            mistakes.getChildren().add(chip);
        }
    }

    private static Icon icon(MistakeChange change) {
        return switch (change) {
            case FIXED, CLEAR -> Icon.CLEAR;
            case NEW, STILL_THERE -> Icon.FLAGGED;
            case NOT_APPLICABLE -> Icon.NOT_APPLICABLE;
        };
    }

    /** One side's text: its own segments in order, the changed ones styled. */
    private static void paint(StyleClassedTextArea area, WordDiff diff, WordDiff.Change own, String styleClass) {
        StringBuilder text = new StringBuilder();
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (WordDiff.Segment s : diff.segments()) {
            if (s.change() == WordDiff.Change.SAME || s.change() == own) {
                text.append(s.text());
                spans.add(s.change() == own ? List.of(styleClass) : List.of(), s.text().length());
            }
        }
        area.replaceText(text.toString());
        if (text.length() > 0) {
            area.setStyleSpans(0, spans.create());
        }
    }
}
