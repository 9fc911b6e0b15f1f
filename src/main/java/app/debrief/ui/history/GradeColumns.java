package app.debrief.ui.history;

import app.debrief.rubric.Rubric;
import app.debrief.store.AttemptSummary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the history shows self-grades. Mistakes and talking points are graded on scales of their
 * own (1 to 4, 0 to 2 in the bundled rubric), so each has its own column, its average read
 * against its own top: "2.5 of 4". The header's tooltip says what the ends of the scale mean.
 */
final class GradeColumns {

    private final int mistakeLow;
    private final int mistakeTop;
    private final int avoidedFrom;
    private final List<Rubric.Anchor> pointAnchors;

    GradeColumns(Rubric rubric) {
        List<Rubric.GradeScale> scales = rubric.mistakes().stream().map(m -> m.grade()).toList();
        mistakeLow = scales.stream().flatMap(s -> s.anchors().stream()).mapToInt(Rubric.Anchor::score).min().orElse(1);
        mistakeTop = scales.stream().flatMap(s -> s.anchors().stream()).mapToInt(Rubric.Anchor::score).max().orElse(4);
        avoidedFrom = scales.stream().mapToInt(Rubric.GradeScale::avoidedFrom).min().orElse(mistakeTop);
        pointAnchors = rubric.talkingPointScale().anchors();
    }

    String mistakes(AttemptSummary a) {
        return shown(a.mistakeGradeAverage(), mistakeTop);
    }

    String points(AttemptSummary a) {
        return shown(a.pointGradeAverage(), pointAnchors.stream().mapToInt(Rubric.Anchor::score).max().orElse(2));
    }

    String mistakesHelp() {
        return "Your own grade of the mistakes, averaged over those you graded: " + mistakeLow + " means the mistake ran through "
                + "the answer, " + mistakeTop + " that you avoided it (" + avoidedFrom + " and up counts as avoided). "
                + "Talking points are graded on a scale of their own, in the next column.";
    }

    String pointsHelp() {
        return "Your own grade of the talking points, averaged: " + pointAnchors.stream()
                .map(a -> a.score() + " " + a.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ".";
    }

    private static String shown(Optional<Double> average, int top) {
        return average.map(g -> (g == Math.rint(g) ? String.valueOf(g.intValue()) : String.format(Locale.ROOT, "%.1f", g))
                + " of " + top).orElse("\u2013");
    }
}
