package app.debrief.review;

import app.debrief.rubric.Mistake;
import app.debrief.rubric.Rubric;
import app.debrief.store.GradeItem;
import app.debrief.store.ProgressPoint;
import app.debrief.store.SelfGrade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns the submitted attempts into the progress screen's trends, time discipline and calibration. */
public final class ProgressAnalysis {

    /** A self-grade and the checker must differ by at least this many attempts… */
    static final int VERDICT_MIN_ATTEMPTS = 2;
    /** …and by at least this share of the graded attempts before a verdict is given. */
    static final double VERDICT_MIN_SHARE = 0.25;

    private ProgressAnalysis() {
    }

    /**
     * {@code points} oldest first (as AttemptStore.progress returns them). A mistake counts for an
     * attempt only where it applies to the attempt's track and kind
     * ({@link Mistake#checkFor Mistake.checkFor}); mistakes that applied to none are left out, the
     * rest come in rubric order.
     * <ul>
     * <li>Trends: per mistake, after each attempt it applied to, the share of the last {@code window}
     * such attempts that were flagged ({@code attemptNumber} counts all attempts, from 1).</li>
     * <li>Time: used over budget per attempt (attempts without a budget are left out) and the
     * median of those; 0 when there are none.</li>
     * <li>Calibration: over the attempts where the mistake applied and the candidate graded it
     * (their last grade of it), how often they graded it avoided (a score of at least the scale's
     * {@code avoidedFrom}) against how often the checker cleared it; a verdict sentence when the
     * two differ by at least 2 attempts and 25 percentage points of the graded ones.</li>
     * </ul>
     *
     * @throws IllegalArgumentException if {@code window} is less than 1
     */
    public static ProgressReport analyse(List<ProgressPoint> points, Rubric rubric, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the window must be at least one attempt: " + window);
        }
        List<MistakeTrend> trends = new ArrayList<>();
        List<Calibration> calibration = new ArrayList<>();
        for (Mistake mistake : rubric.mistakes()) {
            MistakeTrend trend = trend(mistake, points, window);
            if (trend.applicable() > 0) {
                trends.add(trend);
                calibration.add(calibration(mistake, points));
            }
        }
        List<TimePoint> time = time(points);
        return new ProgressReport(points.size(), trends, time, median(time), calibration);
    }

    static boolean applies(Mistake mistake, ProgressPoint point) {
        return mistake.checkFor(point.track(), Optional.of(point.kind())).isPresent();
    }

    private static MistakeTrend trend(Mistake mistake, List<ProgressPoint> points, int window) {
        Deque<Boolean> latest = new ArrayDeque<>();
        int flaggedInWindow = 0;
        int flagged = 0;
        int applicable = 0;
        List<TrendPoint> trend = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            ProgressPoint p = points.get(k);
            if (!applies(mistake, p)) {
                continue;
            }
            boolean isFlagged = p.flaggedMistakes().contains(mistake.id());
            applicable++;
            flagged += isFlagged ? 1 : 0;
            latest.addLast(isFlagged);
            flaggedInWindow += isFlagged ? 1 : 0;
            if (latest.size() > window) {
                flaggedInWindow -= latest.removeFirst() ? 1 : 0;
            }
            trend.add(new TrendPoint(k + 1, p.submittedAt(), (double) flaggedInWindow / latest.size()));
        }
        return new MistakeTrend(mistake.id(), mistake.title(), trend, flagged, applicable);
    }

    private static List<TimePoint> time(List<ProgressPoint> points) {
        List<TimePoint> time = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            ProgressPoint p = points.get(k);
            if (p.budgetSeconds() > 0) {
                time.add(new TimePoint(k + 1, p.submittedAt(), p.elapsedMillis() / (p.budgetSeconds() * 1000.0)));
            }
        }
        return time;
    }

    private static double median(List<TimePoint> time) {
        return median(time.stream().mapToDouble(TimePoint::usedOverBudget).toArray());
    }

    /** The median of {@code values}; 0 when there are none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static Calibration calibration(Mistake mistake, List<ProgressPoint> points) {
        int graded = 0;
        int selfAvoided = 0;
        int checkerClear = 0;
        for (ProgressPoint p : points) {
            Optional<SelfGrade> grade = lastGrade(p, mistake.id());
            if (!applies(mistake, p) || grade.isEmpty()) {
                continue;
            }
            graded++;
            selfAvoided += grade.get().score() >= mistake.grade().avoidedFrom() ? 1 : 0;
            checkerClear += p.flaggedMistakes().contains(mistake.id()) ? 0 : 1;
        }
        return new Calibration(mistake.id(), mistake.title(), graded, selfAvoided, checkerClear,
                verdict(mistake, graded, selfAvoided, checkerClear));
    }

    private static Optional<SelfGrade> lastGrade(ProgressPoint p, String mistakeId) {
        SelfGrade last = null;
        for (SelfGrade g : p.grades()) {
            if (g.item() == GradeItem.MISTAKE && g.itemId().equals(mistakeId)) {
                last = g;
            }
        }
        return Optional.ofNullable(last);
    }

    static Optional<String> verdict(Mistake mistake, int graded, int selfAvoided, int checkerClear) {
        int gap = selfAvoided - checkerClear;
        if (graded == 0 || Math.abs(gap) < VERDICT_MIN_ATTEMPTS || Math.abs(gap) < VERDICT_MIN_SHARE * graded) {
            return Optional.empty();
        }
        String how = gap > 0 ? "You grade yourself more generously than the checker on "
                : "You are harder on yourself than the checker on ";
        return Optional.of(String.format(Locale.ROOT, "%s%s: you marked it avoided in %d of %d graded %s; the checker cleared %d.",
                how, MistakeNames.inSentence(mistake), selfAvoided, graded, graded == 1 ? "answer" : "answers", checkerClear));
    }
}
