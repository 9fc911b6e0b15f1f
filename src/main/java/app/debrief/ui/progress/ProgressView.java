package app.debrief.ui.progress;

import app.debrief.bank.Track;
import app.debrief.review.Calibration;
import app.debrief.review.MistakeTrend;
import app.debrief.review.ProgressReport;
import app.debrief.review.Reason;
import app.debrief.review.Suggestion;
import app.debrief.review.TimePoint;
import app.debrief.review.TrendPoint;
import app.debrief.ui.common.CentredPage;
import app.debrief.text.Plural;
import app.debrief.ui.common.CountedLineChart;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.Screen;
import app.debrief.ui.common.TrackChoice;
import app.debrief.ui.common.TrackTag;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Progress charts and the practise-next queue. */
public final class ProgressView implements Screen {

    private static final Map<Reason, String> REASONS = Map.of(Reason.DUE_REVIEW, "Due for review",
            Reason.WEAK_SPOT, "Weak spot", Reason.NOT_YET_PRACTISED, "New", Reason.LONGEST_UNSEEN, "Not seen for a while");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final ProgressViewModel model;
    private final ScrollPane root;
    private final Label summary = new Label();
    private final VBox queue = new VBox(8);
    private final LineChart<Number, Number> trends = lineChart("Share of recent answers flagged (%)", "trend-chart", new NumberAxis(0, 100, 25));
    private final LineChart<Number, Number> time = lineChart("Time used, % of the budget", "time-chart", new NumberAxis());
    private final BarChart<Number, String> calibration;
    private final VBox verdicts = new VBox(6);
    private final VBox charts;
    private final Label empty = new Label("Submit a few answers and your progress shows here: which mistakes you make less, "
            + "how you keep time, and how your own grades compare with the checker's.");

    /** {@code loops}: progress across interview loops, under the answers' charts. */
    public ProgressView(ProgressViewModel model, Node loops) {
        this.model = model;
        CategoryAxis mistakes = new CategoryAxis();
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setLabel("% of the answers you graded");
        // Bars across, the mistakes' names down the side: long names read whole, never turned on end.
        calibration = new BarChart<>(percent, mistakes);
        calibration.setId("calibration-chart");
        calibration.setTitle("Your grade against the checker");
        calibration.setAnimated(false);
        calibration.setPrefHeight(420);
        verdicts.setId("calibration-verdicts");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        charts = new VBox(24, trends, time, calibration, verdicts);
        Label followUps = Fit.wrapping(new Label());
        followUps.setId("follow-up-progress");
        followUps.textProperty().bind(model.followUpsProperty());
        VBox page = new VBox(20, header(), section("Practise next", Icon.PRACTISE_NEXT, queue),
                section("Under follow-up questions", Icon.FOLLOW_UP, followUps), empty, charts, loops);
        root = CentredPage.of(page, 1150, "progress");
        queue.setId("practise-next");
        model.reportProperty().addListener((o, was, r) -> show(r));
        model.queue().addListener((javafx.collections.ListChangeListener<Suggestion>) c -> showQueue());
        model.load();
    }

    @Override
    public Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label("Progress", Icon.PROGRESS.node());
        title.getStyleClass().add(Styles.TITLE_2);
        ComboBox<Optional<Track>> track = TrackChoice.of("progress-track", Track::role, model.trackProperty());
        Label error = Fit.wrapping(new Label());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        Fit.whole(title);
        Fit.wrapping(summary);
        summary.setId("progress-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Label recheck = new Label();
        recheck.setId("progress-recheck");
        recheck.setWrapText(true);
        recheck.getStyleClass().add(Styles.TEXT_MUTED);
        recheck.textProperty().bind(model.recheckProperty());
        recheck.visibleProperty().bind(model.recheckProperty().isNotEmpty());
        recheck.managedProperty().bind(recheck.visibleProperty());
        HBox top = new HBox(16, title, error, track);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, top, summary, recheck);
    }

    private static Node section(String title, Icon icon, Node body) {
        Label l = new Label(title, icon.node());
        l.getStyleClass().add(Styles.TITLE_4);
        return new VBox(10, l, body);
    }

    private static LineChart<Number, Number> lineChart(String title, String id, NumberAxis y) {
        return CountedLineChart.of(title, id, "Attempt", y);
    }

    private void show(ProgressReport r) {
        boolean any = r != null && r.attempts() > 0;
        empty.setVisible(!any);
        empty.setManaged(!any);
        charts.setVisible(any);
        charts.setManaged(any);
        if (!any) {
            summary.setText("No submitted answers yet.");
            return;
        }
        summary.setText(String.format(Locale.ROOT, "%s \u00b7 median time used %d%% of the budget \u00b7 "
                        + "mistake shares over the last %d answers each applied to", Plural.of(r.attempts(), "submitted answer"),
                Math.round(r.medianTimeShare() * 100), model.window()));
        trends.getData().clear();
        for (MistakeTrend t : r.trends()) {
            if (t.flagged() == 0) {
                continue; // a flat line at zero says nothing the summary does not
            }
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(t.title() + " (" + t.flagged() + "/" + t.applicable() + ")");
            for (TrendPoint p : t.points()) {
                s.getData().add(new XYChart.Data<>(p.attemptNumber(), Math.round(p.share() * 100)));
            }
            trends.getData().add(s);
        }
        time.getData().clear();
        XYChart.Series<Number, Number> used = new XYChart.Series<>();
        used.setName("Time used");
        XYChart.Series<Number, Number> budget = new XYChart.Series<>();
        budget.setName("The budget");
        for (TimePoint p : r.time()) {
            used.getData().add(new XYChart.Data<>(p.attemptNumber(), Math.round(p.usedOverBudget() * 100)));
        }
        if (!r.time().isEmpty()) {
            budget.getData().add(new XYChart.Data<>(r.time().get(0).attemptNumber(), 100));
            budget.getData().add(new XYChart.Data<>(r.time().get(r.time().size() - 1).attemptNumber(), 100));
        }
        time.getData().setAll(java.util.List.of(used, budget));
        calibration.getData().clear();
        XYChart.Series<Number, String> self = new XYChart.Series<>();
        self.setName("You marked it avoided");
        XYChart.Series<Number, String> checker = new XYChart.Series<>();
        checker.setName("The checker cleared it");
        verdicts.getChildren().clear();
        for (Calibration c : r.calibration()) {
            if (c.graded() == 0) {
                continue;
            }
            String name = shortTitle(c.title());
            // A category axis down the side counts from the bottom: adding each at the front puts the first on top.
            self.getData().add(0, new XYChart.Data<>(Math.round(100.0 * c.selfAvoided() / c.graded()), name));
            checker.getData().add(0, new XYChart.Data<>(Math.round(100.0 * c.checkerClear() / c.graded()), name));
            c.verdict().ifPresent(v -> {
                Label l = new Label(v, Icon.GRADE.node());
                l.setWrapText(true);
                l.getStyleClass().add("disagreement");
                verdicts.getChildren().add(l);
            });
        }
        calibration.getData().setAll(java.util.List.of(self, checker));
        if (verdicts.getChildren().isEmpty()) {
            Label l = new Label(self.getData().isEmpty() ? "Grade yourself on the debrief screen to see how your grades compare with the checker's."
                    : "Your grades and the checker's agree within a quarter on every mistake.");
            l.getStyleClass().add(Styles.TEXT_MUTED);
            l.setWrapText(true);
            verdicts.getChildren().add(l);
        }
    }

    /** The title without its gloss: "Playing the wrong role (functional fidelity)" is "Playing the wrong role". */
    private static String shortTitle(String title) {
        int cut = title.indexOf(" (");
        return cut > 0 ? title.substring(0, cut) : title;
    }

    private void showQueue() {
        queue.getChildren().clear();
        if (model.queue().isEmpty()) {
            queue.getChildren().add(new Label("Nothing to suggest yet."));
            return;
        }
        for (Suggestion s : model.queue()) {
            Label reason = Fit.whole(new Label(REASONS.get(s.reason()) + s.due().map(d -> " \u00b7 due " + DAY.format(d)).orElse("")));
            reason.getStyleClass().addAll("tag", "reason-" + s.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Label title = Fit.wrapping(new Label(s.prompt().title()));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label why = Fit.wrapping(new Label(s.explanation()));
            why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label tag = Fit.whole(TrackTag.of(s.prompt().track()));
            Button go = Fit.whole(new Button("Practise", Icon.START.node()));
            go.setId("practise-" + s.prompt().id());
            go.getStyleClass().add(Styles.SMALL);
            go.setOnAction(e -> model.practise(s));
            VBox text = new VBox(3, new HBox(8, tag, reason, title), why);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(12, text, go);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(8, 10, 8, 10));
            row.getStyleClass().add("suggestion");
            queue.getChildren().add(row);
        }
    }
}
