package app.debrief.review;

import app.debrief.bank.Track;
import app.debrief.store.ProgressPoint;
import app.debrief.store.SelfGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static app.debrief.review.ReviewFixtures.RUBRIC;
import static app.debrief.review.ReviewFixtures.T0;
import static app.debrief.review.ReviewFixtures.mistakeGrade;
import static app.debrief.review.ReviewFixtures.point;
import static app.debrief.review.ReviewFixtures.pointGrade;
import static app.debrief.review.ReviewFixtures.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProgressAnalysisTest {

    /** A PM system-design attempt, an hour after the one before; flagged for fluff if {@code fluff}. */
    static ProgressPoint pm(int n, boolean fluff, SelfGrade... grades) {
        return point(n, "pm-sd-streaming", Track.PM, "system-design", T0.plusSeconds(3_600L * n),
                fluff ? List.of("marketing-fluff") : List.of(), grades);
    }

    /** A PMM launch plan, to which marketing-fluff does not apply. */
    static ProgressPoint pmm(int n) {
        return point(n, "pmm-lp-small-model", Track.PMM, "launch-plan", T0.plusSeconds(3_600L * n), List.of("marketing-fluff"));
    }

    /** F flagged, C clear: the share flagged among the last {@code window} after each attempt. */
    @ParameterizedTest(name = "{0} in a window of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            F      | 3 | 1.00
            FC     | 3 | 1.00 0.50
            FCFFC  | 3 | 1.00 0.50 0.67 0.67 0.67
            FFFCCC | 3 | 1.00 1.00 1.00 0.67 0.33 0.00
            FFFCCC | 1 | 1.00 1.00 1.00 0.00 0.00 0.00
            CCCCF  | 10 | 0.00 0.00 0.00 0.00 0.20
            """)
    void theTrendIsTheShareFlaggedAmongTheLatestAttemptsItAppliedTo(String flags, int window, String expected) {
        List<ProgressPoint> points = new ArrayList<>();
        for (int k = 0; k < flags.length(); k++) {
            points.add(pm(k + 1, flags.charAt(k) == 'F'));
        }
        MistakeTrend fluff = trend(ProgressAnalysis.analyse(points, RUBRIC, window), "marketing-fluff");
        double[] shares = Arrays.stream(expected.split(" ")).mapToDouble(Double::parseDouble).toArray();
        assertThat(fluff.points()).hasSize(shares.length);
        for (int k = 0; k < fluff.points().size(); k++) {
            assertThat(fluff.points().get(k).share()).as("after attempt %d", k + 1).isCloseTo(shares[k], within(0.005));
        }
    }

    @Test
    void attemptsAMistakeDoesNotApplyToAreSkippedButStillNumbered() {
        ProgressReport report = ProgressAnalysis.analyse(List.of(pm(1, true), pmm(2), pmm(3), pm(4, false)), RUBRIC, 6);
        MistakeTrend fluff = trend(report, "marketing-fluff");
        assertThat(fluff.points()).extracting(TrendPoint::attemptNumber).containsExactly(1, 4);
        assertThat(fluff.points()).extracting(TrendPoint::at).containsExactly(T0.plusSeconds(3_600), T0.plusSeconds(4 * 3_600));
        assertThat(fluff.points()).extracting(TrendPoint::share).containsExactly(1.0, 0.5);
        assertThat(fluff.flagged()).isEqualTo(1);
        assertThat(fluff.applicable()).isEqualTo(2);
        assertThat(fluff.title()).isEqualTo("Marketing fluff instead of technical depth");
        assertThat(report.attempts()).isEqualTo(4);
    }

    @Test
    void onlyMistakesThatAppliedToSomeAttemptAreListedInRubricOrder() {
        ProgressReport pmOnly = ProgressAnalysis.analyse(List.of(pm(1, false)), RUBRIC, 6);
        List<String> applying = RUBRIC.mistakes().stream()
                .filter(m -> m.checkFor(Track.PM, Optional.of("system-design")).isPresent()).map(m -> m.id()).toList();
        assertThat(pmOnly.trends()).extracting(MistakeTrend::mistakeId).containsExactlyElementsOf(applying);
        assertThat(pmOnly.calibration()).extracting(Calibration::mistakeId).containsExactlyElementsOf(applying);
        ProgressReport launchPlans = ProgressAnalysis.analyse(List.of(pmm(1)), RUBRIC, 6);
        assertThat(launchPlans.trends()).extracting(MistakeTrend::mistakeId).doesNotContain("marketing-fluff", "unquantified");
    }

    @Test
    void timeIsUsedOverBudgetWithItsMedianAndAttemptsWithoutABudgetAreLeftOut() {
        ProgressReport odd = ProgressAnalysis.analyse(List.of(timed(1, T0, 450_000, 900), timed(2, T0, 1_350_000, 900),
                timed(3, T0, 600_000, 0), timed(4, T0, 900_000, 900)), RUBRIC, 6);
        assertThat(odd.time()).extracting(TimePoint::attemptNumber).containsExactly(1, 2, 4);
        assertThat(odd.time()).extracting(TimePoint::usedOverBudget).containsExactly(0.5, 1.5, 1.0);
        assertThat(odd.medianTimeShare()).isEqualTo(1.0);
        ProgressReport even = ProgressAnalysis.analyse(List.of(timed(1, T0, 450_000, 900), timed(2, T0, 900_000, 900)), RUBRIC, 6);
        assertThat(even.medianTimeShare()).isEqualTo(0.75);
    }

    @Test
    void noAttemptsGiveAnEmptyReport() {
        ProgressReport empty = ProgressAnalysis.analyse(List.of(), RUBRIC, 6);
        assertThat(empty.attempts()).isZero();
        assertThat(empty.trends()).isEmpty();
        assertThat(empty.time()).isEmpty();
        assertThat(empty.medianTimeShare()).isZero();
        assertThat(empty.calibration()).isEmpty();
    }

    @Test
    void theWindowMustHoldAtLeastOneAttempt() {
        assertThatThrownBy(() -> ProgressAnalysis.analyse(List.of(), RUBRIC, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCandidateWhoMarksAMistakeAvoidedMoreOftenThanTheCheckerClearsItIsToldSo() {
        List<ProgressPoint> points = new ArrayList<>();
        boolean[] flagged = {true, true, false, true, false, true};
        int[] scores = {3, 4, 3, 3, 4, 2};
        for (int k = 0; k < flagged.length; k++) {
            points.add(point(k + 1, "pmm-launch", Track.PMM, "launch-plan", T0.plusSeconds(k),
                    flagged[k] ? List.of("ignores-enterprise") : List.of(), mistakeGrade("ignores-enterprise", scores[k])));
        }
        Calibration enterprise = calibration(ProgressAnalysis.analyse(points, RUBRIC, 6), "ignores-enterprise");
        assertThat(enterprise.graded()).isEqualTo(6);
        assertThat(enterprise.selfAvoided()).isEqualTo(5);
        assertThat(enterprise.checkerClear()).isEqualTo(2);
        assertThat(enterprise.verdict()).contains("You grade yourself more generously than the checker on overlooking the enterprise shift:"
                + " you marked it avoided in 5 of 6 graded answers; the checker cleared 2.");
    }

    @Test
    void aCandidateHarderOnThemselvesThanTheCheckerIsToldSo() {
        List<ProgressPoint> points = List.of(pm(1, false, mistakeGrade("marketing-fluff", 1)), pm(2, false, mistakeGrade("marketing-fluff", 2)),
                pm(3, false, mistakeGrade("marketing-fluff", 3)), pm(4, true, mistakeGrade("marketing-fluff", 2)));
        Calibration fluff = calibration(ProgressAnalysis.analyse(points, RUBRIC, 6), "marketing-fluff");
        assertThat(fluff.verdict()).contains("You are harder on yourself than the checker on marketing fluff instead of technical depth:"
                + " you marked it avoided in 1 of 4 graded answers; the checker cleared 3.");
    }

    /** A verdict needs a gap of at least 2 attempts and 25 points of the graded ones. */
    @ParameterizedTest(name = "{0} graded, {1} marked avoided, {2} cleared: verdict {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | 0  | 0 | false
            1  | 1  | 0 | false
            2  | 2  | 0 | true
            4  | 3  | 2 | false
            4  | 4  | 2 | true
            8  | 6  | 4 | true
            9  | 6  | 4 | false
            20 | 15 | 10 | true
            20 | 14 | 10 | false
            6  | 1  | 4 | true
            6  | 4  | 4 | false
            """)
    void aVerdictIsGivenOnlyWhenSelfGradeAndCheckerDifferEnough(int graded, int selfAvoided, int checkerClear, boolean verdict) {
        assertThat(ProgressAnalysis.verdict(RUBRIC.mistake("unquantified").orElseThrow(), graded, selfAvoided, checkerClear).isPresent())
                .isEqualTo(verdict);
    }

    @Test
    void calibrationCountsTheLastGradeOfAMistakeOnlyWhereItApplied() {
        List<ProgressPoint> points = List.of(
                pm(1, true, mistakeGrade("marketing-fluff", 1), mistakeGrade("marketing-fluff", 4), pointGrade("latency", 2)),
                pm(2, false),
                point(3, "pmm-lp", Track.PMM, "launch-plan", T0, List.of(), mistakeGrade("marketing-fluff", 4)));
        Calibration fluff = calibration(ProgressAnalysis.analyse(points, RUBRIC, 6), "marketing-fluff");
        assertThat(fluff.graded()).isEqualTo(1);
        assertThat(fluff.selfAvoided()).isEqualTo(1);
        assertThat(fluff.checkerClear()).isZero();
        assertThat(fluff.verdict()).isEmpty();
    }

    private static MistakeTrend trend(ProgressReport report, String id) {
        return report.trends().stream().filter(t -> t.mistakeId().equals(id)).findFirst().orElseThrow();
    }

    private static Calibration calibration(ProgressReport report, String id) {
        return report.calibration().stream().filter(c -> c.mistakeId().equals(id)).findFirst().orElseThrow();
    }
}
