package app.debrief.review;

import app.debrief.rubric.Mistake;
import app.debrief.rubric.Rubric;
import app.debrief.store.GradeItem;
import app.debrief.store.ProgressPoint;
import app.debrief.store.SelfGrade;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** How well one submitted answer went, on SM-2's 0–5 scale. */
public final class AnswerQuality {

    /** With nothing to judge by (no mistake applies, nothing graded): a pass that neither resets nor rushes the schedule. */
    static final int UNKNOWN = 3;

    private AnswerQuality() {
    }

    /**
     * 0–5 for one submitted attempt, from two halves:
     * <ul>
     * <li>the checker: 5 × the share of the documented mistakes that apply to the attempt's track
     * and kind which the checker cleared (all cleared 5, none 0);</li>
     * <li>the self-grades, when the candidate graded: each score mapped linearly from its rubric
     * scale onto 0–5 (a mistake's scale 1–4 gives 0, 1.67, 3.33, 5, so "avoided" from 3 up lands at
     * 3.33 or more, a pass; the talking-point scale 0–2 gives 0, 2.5, 5), then averaged.</li>
     * </ul>
     * The result is the checker's value, or the mean of the two when there are self-grades,
     * rounded to the nearest whole number with halves rounded down (half the mistakes made is not
     * a pass). Grades of mistakes the rubric does not know are left out.
     */
    public static int of(ProgressPoint point, Rubric rubric) {
        OptionalDouble checker = checker(point, rubric);
        OptionalDouble self = self(point.grades(), rubric);
        double value;
        if (checker.isPresent() && self.isPresent()) {
            value = (checker.getAsDouble() + self.getAsDouble()) / 2;
        } else if (checker.isPresent() || self.isPresent()) {
            value = checker.isPresent() ? checker.getAsDouble() : self.getAsDouble();
        } else {
            return UNKNOWN;
        }
        return (int) Math.max(0, Math.min(5, Math.ceil(value - 0.5)));
    }

    private static OptionalDouble checker(ProgressPoint point, Rubric rubric) {
        List<Mistake> applicable = rubric.mistakes().stream()
                .filter(m -> m.checkFor(point.track(), Optional.of(point.kind())).isPresent())
                .toList();
        if (applicable.isEmpty()) {
            return OptionalDouble.empty();
        }
        long cleared = applicable.stream().filter(m -> !point.flaggedMistakes().contains(m.id())).count();
        return OptionalDouble.of(5.0 * cleared / applicable.size());
    }

    private static OptionalDouble self(List<SelfGrade> grades, Rubric rubric) {
        return grades.stream()
                .flatMap(g -> scale(g, rubric).map(s -> onFive(g.score(), s)).stream())
                .mapToDouble(Double::doubleValue)
                .average();
    }

    private static Optional<Rubric.GradeScale> scale(SelfGrade g, Rubric rubric) {
        return g.item() == GradeItem.MISTAKE ? rubric.mistake(g.itemId()).map(Mistake::grade) : Optional.of(rubric.talkingPointScale());
    }

    private static double onFive(int score, Rubric.GradeScale scale) {
        int span = scale.max() - scale.min();
        if (span <= 0) {
            return 5;
        }
        int clamped = Math.max(scale.min(), Math.min(scale.max(), score));
        return 5.0 * (clamped - scale.min()) / span;
    }
}
