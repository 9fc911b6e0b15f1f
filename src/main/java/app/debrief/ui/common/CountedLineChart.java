package app.debrief.ui.common;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** A line chart over things counted one by one (answers, loops): whole numbers along the bottom, named by what they count. */
public final class CountedLineChart {

    private CountedLineChart() {
    }

    public static LineChart<Number, Number> of(String title, String id, String counted, NumberAxis y) {
        NumberAxis x = new NumberAxis();
        x.setLabel(counted);
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.parseInt(s);
            }
        });
        y.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(320);
        return chart;
    }
}
