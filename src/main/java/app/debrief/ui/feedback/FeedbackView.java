package app.debrief.ui.feedback;

import app.debrief.rubric.Evidence;
import app.debrief.rubric.Mistake;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.Rubric;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.IconButton;
import app.debrief.ui.common.LevelTag;
import app.debrief.ui.common.Screen;
import app.debrief.ui.followup.FollowUpCards;
import app.debrief.ui.followup.FollowUpOfferView;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.ArrayList;
import java.util.List;

/**
 * The debrief: the answer with each flagged mistake's words highlighted and, beside it, the findings
 * with the self-grade, the follow-ups, and the reference answer; in practice, the follow-up offered.
 */
public final class FeedbackView implements Screen {

    static final int SHOWN_EVIDENCE = 8;

    private final FeedbackViewModel model;
    private final BorderPane root = new BorderPane();
    private final StyleClassedTextArea answer = new StyleClassedTextArea();
    private final VBox findings = new VBox(14);
    private final VBox points = new VBox(6);
    private final VBox followUps = new VBox();
    private final VBox reference = new VBox();

    public FeedbackView(FeedbackViewModel model) {
        this.model = model;
        root.setId("feedback");
        root.getStyleClass().add("page");
        root.setTop(header());
        answer.setId("feedback-answer");
        answer.setEditable(false);
        answer.setWrapText(true);
        answer.getStyleClass().add("feedback-answer");
        answer.setAccessibleText("Your answer, with the words behind each finding highlighted");
        VirtualizedScrollPane<StyleClassedTextArea> answerScroll = new VirtualizedScrollPane<>(answer);
        findings.setId("findings");
        VBox side = new VBox(18, sectionTitle("Findings and your grade", Icon.GRADE), findings,
                sectionTitle("Talking points", Icon.CHECKLIST), points);
        SplitPane split = new SplitPane(answerScroll, sideTabs(side));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        root.setCenter(split);
        model.loadedProperty().addListener((o, was, loaded) -> {
            if (loaded) {
                fill();
            }
        });
        model.load();
    }

    /** Beside the answer: the findings, the follow-ups, and the reference answer, a tab each. */
    private TabPane sideTabs(VBox findingsPage) {
        Tab findingsTab = new Tab("Findings", scroll(findingsPage, "findings-scroll"));
        Tab followUpsTab = new Tab("Follow-ups", scroll(followUps, "follow-ups-scroll"));
        followUpsTab.setId("tab-follow-ups");
        followUpsTab.textProperty().bind(Bindings.createStringBinding(
                () -> model.followUps().isEmpty() ? "Follow-ups" : "Follow-ups (" + model.followUps().size() + ")", model.followUps()));
        Tab referenceTab = new Tab("Reference answer", scroll(reference, "reference-scroll"));
        referenceTab.setId("tab-reference");
        TabPane tabs = new TabPane(findingsTab, followUpsTab, referenceTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("feedback-tabs");
        model.focusFollowUpsProperty().addListener((o, was, focus) -> {
            if (focus) {
                tabs.getSelectionModel().select(followUpsTab);
            }
        });
        return tabs;
    }

    private static ScrollPane scroll(VBox page, String id) {
        page.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId(id);
        return scroll;
    }

    @Override
    public Node node() {
        return root;
    }

    private Node header() {
        Button home = IconButton.of(Icon.HOME, "feedback-home", "Home", model::home);
        Label title = Fit.wrapping(new Label());
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> model.attemptProperty().get() == null ? "Debrief" : "Debrief: " + model.attemptProperty().get().prompt().title(),
                model.attemptProperty()));
        Label summary = Fit.wrapping(new Label());
        summary.setId("feedback-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = Fit.wrapping(new Label());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        Label gradeStatus = Fit.whole(new Label());
        gradeStatus.setId("grade-status");
        gradeStatus.textProperty().bind(model.gradeStatusProperty());
        gradeStatus.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        Button again = Fit.whole(new Button("Another prompt", Icon.START.node()));
        again.setId("feedback-again");
        again.setOnAction(e -> model.again());
        HBox top = new HBox(12, home, title, gradeStatus, again);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, top, summary, error, FollowUpOfferView.of(model.offer()));
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private static Node sectionTitle(String text, Icon icon) {
        Label l = new Label(text, icon.node());
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private void fill() {
        List<AnswerHighlighter.Layer> layers = new ArrayList<>();
        for (FeedbackViewModel.Finding f : model.findings()) {
            if (f.finding().flagged()) {
                layers.add(new AnswerHighlighter.Layer("hl-" + f.colour(), f.finding().evidence()));
            }
        }
        AnswerHighlighter.paint(answer, model.attemptProperty().get().answer(), layers);
        answer.moveTo(0);
        answer.requestFollowCaret();
        findings.getChildren().clear();
        List<String> notApplicable = new ArrayList<>();
        for (FeedbackViewModel.Finding f : model.findings()) {
            if (f.finding().applies()) {
                findings.getChildren().add(card(f));
            } else {
                notApplicable.add(f.mistake().title());
            }
        }
        if (!notApplicable.isEmpty()) {
            Label na = new Label("Not applicable to this kind of prompt: " + String.join(", ", notApplicable) + ".",
                    Icon.NOT_APPLICABLE.node());
            na.setWrapText(true);
            na.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            findings.getChildren().add(na);
        }
        points.getChildren().clear();
        for (FeedbackViewModel.Point p : model.points()) {
            points.getChildren().add(pointRow(p));
        }
        if (model.points().isEmpty()) {
            points.getChildren().add(new Label("This prompt has no talking points."));
        }
        followUps.getChildren().setAll(FollowUpCards.of(model.followUps(), "follow-up", "No follow-up was asked after this answer."));
        reference.getChildren().setAll(ReferenceView.of(model.referenceProperty().get()));
    }

    private Node card(FeedbackViewModel.Finding f) {
        MistakeFinding finding = f.finding();
        Mistake mistake = f.mistake();
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", "swatch-" + f.colour());
        swatch.setVisible(finding.flagged());
        Label title = Fit.wrapping(new Label(mistake.title(), (finding.flagged() ? Icon.FLAGGED : Icon.CLEAR).node()));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label badge = Fit.whole(new Label(finding.flagged() ? "Flagged" : "Clear"));
        badge.setId("verdict-" + mistake.id());
        badge.getStyleClass().addAll("tag", finding.flagged() ? "tag-flagged" : "tag-clear");
        if (!mistake.fromSource()) {
            badge.setTooltip(new Tooltip("A check of Debrief's own, beyond the source's four mistakes"));
        }
        HBox head = new HBox(8, swatch, title, badge);
        head.setAlignment(Pos.CENTER_LEFT);
        Label why = new Label(finding.why());
        why.setWrapText(true);
        why.setId("why-" + mistake.id());
        VBox card = new VBox(8, head, why);
        if (finding.flagged() && !finding.evidence().isEmpty()) {
            card.getChildren().add(evidence(f));
            // Clicking the finding itself (not one of its controls) shows its first words too.
            for (Node n : List.of(head, why)) {
                n.setCursor(Cursor.HAND);
                n.setOnMouseClicked(x -> reveal(f, finding.evidence().get(0)));
            }
        }
        card.getChildren().add(source(mistake));
        card.getChildren().add(grade(f));
        card.getStyleClass().addAll("finding-card", finding.flagged() ? "finding-flagged" : "finding-clear");
        card.setId("finding-" + mistake.id());
        return card;
    }

    private Node evidence(FeedbackViewModel.Finding f) {
        FlowPane chips = new FlowPane(6, 6);
        List<Evidence> spans = f.finding().evidence();
        for (int i = 0; i < spans.size() && i < SHOWN_EVIDENCE; i++) {
            Evidence e = spans.get(i);
            Button chip = new Button(e.text().length() > 40 ? e.text().substring(0, 40) + "\u2026" : e.text());
            chip.getStyleClass().addAll(Styles.SMALL, "evidence-chip", "chip-" + f.colour());
            chip.setTooltip(new Tooltip("Show in the answer"));
            chip.setOnAction(x -> reveal(f, e));
            chips.getChildren().add(chip);
        }
        if (spans.size() > SHOWN_EVIDENCE) {
            Label more = new Label("and " + (spans.size() - SHOWN_EVIDENCE) + " more, highlighted in the answer");
            more.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            chips.getChildren().add(more);
        }
        chips.setId("evidence-" + f.mistake().id());
        return chips;
    }

    /**
     * The words behind a talking point's level, as the answer has them, each a chip that shows
     * them in the answer; never cut short, and with what the answer does with them ("pushed off").
     */
    private Node pointWords(String lead, List<Evidence> words, String id) {
        FlowPane chips = new FlowPane(6, 4);
        Label title = new Label(lead + ":");
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        chips.getChildren().add(title);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Evidence e : words) {
            String text = e.text() + e.stance().map(s -> " (" + s + ")").orElse("");
            if (!seen.add(text.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Button chip = Fit.whole(new Button(text));
            chip.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "point-chip");
            chip.setTooltip(new Tooltip("Show in the answer"));
            chip.setOnAction(x -> show(e));
            chips.getChildren().add(chip);
        }
        chips.setId(id);
        return chips;
    }

    private void show(Evidence e) {
        String text = model.attemptProperty().get().answer();
        answer.selectRange(AnswerHighlighter.charOffset(text, e.start()), AnswerHighlighter.charOffset(text, e.end()));
        answer.requestFollowCaret();
    }

    /** Selects the words of one piece of evidence in the answer and scrolls them into view. */
    private void reveal(FeedbackViewModel.Finding f, Evidence e) {
        show(e);
        model.selectedProperty().set(f);
    }

    private static Node source(Mistake mistake) {
        Label bad = new Label("BAD: " + mistake.bad());
        Label good = new Label("GOOD: " + mistake.good());
        Label judgment = new Label(mistake.judgment());
        judgment.getStyleClass().add(Styles.TEXT_ITALIC);
        for (Label l : List.of(bad, good, judgment)) {
            l.setWrapText(true);
        }
        TitledPane pane = new TitledPane(mistake.fromSource() ? "What the source document says" : "What this check looks for",
                new VBox(6, bad, good, judgment));
        pane.setExpanded(false);
        pane.getStyleClass().add(Styles.DENSE);
        return pane;
    }

    private Node grade(FeedbackViewModel.Finding f) {
        Rubric.GradeScale scale = f.mistake().grade();
        Label question = new Label(scale.question());
        question.setWrapText(true);
        question.getStyleClass().add(Styles.TEXT_SMALL);
        VBox choices = GradeChoice.of(scale, "grade-" + f.mistake().id() + "-", f.gradeProperty(), 0);
        TextField note = new TextField(f.noteProperty().get());
        note.setId("note-" + f.mistake().id());
        note.setPromptText("A note to your future self (optional)");
        note.textProperty().bindBidirectional(f.noteProperty());
        Label disagreement = new Label();
        disagreement.setId("disagree-" + f.mistake().id());
        disagreement.textProperty().bind(f.disagreementProperty());
        disagreement.setWrapText(true);
        disagreement.getStyleClass().addAll("disagreement");
        disagreement.visibleProperty().bind(f.disagreementProperty().isNotEmpty());
        disagreement.managedProperty().bind(disagreement.visibleProperty());
        Label yours = new Label("Your grade", Icon.GRADE.node());
        yours.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(6, yours, question, choices, note, disagreement);
        box.getStyleClass().add("self-grade");
        return box;
    }

    private Node pointRow(FeedbackViewModel.Point p) {
        TalkingPointFinding t = p.finding();
        String tone = LevelTag.tone(t.level());
        Label label = new Label(t.label(), LevelTag.icon(t.level()).node());
        label.setWrapText(true);
        label.getStyleClass().add(tone);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        Label shown = Fit.whole(new Label(t.level().id()));
        shown.setId("point-level-" + t.id());
        shown.getStyleClass().addAll(Styles.TEXT_SMALL, tone);
        List<Rubric.Anchor> anchors = model.rubric().talkingPointScale().anchors();
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        for (int i = 0; i < anchors.size(); i++) {
            Rubric.Anchor a = anchors.get(i);
            ToggleButton b = new ToggleButton(a.label());
            b.setId("tp-" + p.finding().id() + "-" + a.score());
            b.setUserData(a.score());
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(a.text()));
            b.getStyleClass().addAll(Styles.SMALL, i == 0 ? Styles.LEFT_PILL : i == anchors.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(a.score() == p.gradeProperty().get());
            buttons.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> p.gradeProperty().set(now == null ? -1 : (Integer) now.getUserData()));
        VBox row = new VBox(4, new HBox(8, label, shown));
        if (!t.evidence().isEmpty()) {
            row.getChildren().add(pointWords("Named by", t.evidence(), "point-evidence-" + t.id()));
        }
        if (!t.substance().isEmpty()) {
            row.getChildren().add(pointWords("Argued with", t.substance(), "point-substance-" + t.id()));
        }
        t.gap().ifPresent(gap -> {
            Label lacks = new Label("Missing: " + gap);
            lacks.setId("point-gap-" + t.id());
            lacks.setWrapText(true);
            lacks.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
            row.getChildren().add(lacks);
        });
        row.getChildren().add(buttons);
        row.getStyleClass().add("point-row");
        row.setId("point-" + p.finding().id());
        return row;
    }
}
