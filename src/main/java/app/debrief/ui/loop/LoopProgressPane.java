package app.debrief.ui.loop;

import app.debrief.loop.Lean;
import app.debrief.loop.LoopTrend;
import app.debrief.ui.common.CountedLineChart;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Progress across loops: the committee's lean loop by loop, and how often each mistake was flagged in a loop's rounds. */
public final class LoopProgressPane {

    private LoopProgressPane() {
    }

    public static Node of(LoopProgressModel model) {
        Label title = new Label("Across your loops", Icon.LOOP.node());
        title.getStyleClass().add(Styles.TITLE_4);
        Label empty = Fit.wrapping(new Label("Finish a loop and the committee's lean shows here, loop by loop, with the mistakes of its rounds."));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        Label summary = Fit.wrapping(new Label());
        summary.setId("loop-progress-summary");
        summary.textProperty().bind(model.summaryProperty());
        LineChart<Number, Number> lean = CountedLineChart.of("The committee's lean", "loop-lean-chart", "Loop", leanAxis());
        lean.setLegendVisible(false);
        LineChart<Number, Number> mistakes = CountedLineChart.of("Share of a loop's rounds flagged (%)", "loop-mistake-chart", "Loop",
                new NumberAxis(0, 100, 25));
        VBox charts = new VBox(16, summary, lean, mistakes);
        Label error = Fit.wrapping(new Label());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        VBox box = new VBox(10, title, empty, charts, error);
        box.setId("loop-progress");
        Runnable show = () -> {
            boolean any = !model.points().isEmpty();
            empty.setVisible(!any);
            empty.setManaged(!any);
            charts.setVisible(any);
            charts.setManaged(any);
            plot(model, lean, mistakes);
        };
        model.points().addListener((ListChangeListener<LoopTrend.Point>) c -> show.run());
        show.run();
        model.load();
        return box;
    }

    /** The four-point scale up the side, by name, with room above and below its ends. */
    private static NumberAxis leanAxis() {
        return labelledOnly(new NumberAxis(0.5, 4.5, 1), n -> n >= 1 && n <= 4 ? Lean.values()[n - 1].label() : "");
    }

    /** Ticks labelled at whole numbers only, as {@code label} names them; the bounds' ticks stay blank. */
    private static NumberAxis labelledOnly(NumberAxis axis, IntFunction<String> label) {
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                long i = Math.round(n.doubleValue());
                return n.doubleValue() == i ? label.apply((int) i) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return axis;
    }

    /**
     * Loop 1 to n along the bottom, a tick a loop (or every few when there are many), with a blank
     * tick at either end so that the first and last loop stand clear of the chart's edges.
     */
    private static void alongTheLoops(LineChart<Number, Number> chart, int n) {
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(n + 1);
        x.setTickUnit(Math.max(1, Math.ceil(n / 12.0)));
        labelledOnly(x, i -> i >= 1 && i <= n ? String.valueOf(i) : "");
    }

    private static void plot(LoopProgressModel model, LineChart<Number, Number> lean, LineChart<Number, Number> mistakes) {
        XYChart.Series<Number, Number> leans = new XYChart.Series<>();
        leans.setName("Lean");
        Map<String, XYChart.Series<Number, Number>> byMistake = new LinkedHashMap<>();
        int n = 1;
        for (LoopTrend.Point p : model.points()) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(n, p.lean().points());
            // Each point says which loop it is, on hover.
            String name = "Loop " + n + ": " + model.describe(p);
            point.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(name));
                }
            });
            leans.getData().add(point);
            int x = n;
            p.flaggedShare().forEach((id, share) -> byMistake.computeIfAbsent(id, k -> {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(model.mistakeTitle(k));
                return s;
            }).getData().add(new XYChart.Data<>(x, Math.round(share * 100))));
            n++;
        }
        lean.getData().setAll(List.of(leans));
        alongTheLoops(lean, model.points().size());
        alongTheLoops(mistakes, model.points().size());
        // A mistake never flagged in any loop is a flat line at zero: left out, as on the answers' chart.
        mistakes.getData().setAll(byMistake.values().stream()
                .filter(s -> s.getData().stream().anyMatch(d -> d.getYValue().doubleValue() > 0)).toList());
        mistakes.setVisible(!mistakes.getData().isEmpty());
        mistakes.setManaged(mistakes.isVisible());
    }
}
