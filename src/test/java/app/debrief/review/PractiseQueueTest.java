package app.debrief.review;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.bank.Track;
import app.debrief.store.Fixtures;
import app.debrief.store.ProgressPoint;
import app.debrief.store.SelfGrade;
import app.debrief.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static app.debrief.review.ReviewFixtures.RUBRIC;
import static app.debrief.review.ReviewFixtures.mistakeGrade;
import static app.debrief.review.ReviewFixtures.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PractiseQueueTest {

    static final ZoneId UTC = ZoneOffset.UTC;
    static final PromptBank BANK = new PromptBank(List.of(
            Fixtures.prompt("pmm-lp-1", Track.PMM, "launch-plan"),
            Fixtures.prompt("pm-sd-1", Track.PM, "system-design"),
            Fixtures.prompt("pm-sd-2", Track.PM, "system-design"),
            Fixtures.prompt("pm-to-1", Track.PM, "tradeoff"),
            Fixtures.prompt("pm-sd-3", Track.PM, "system-design"),
            Fixtures.prompt("pm-to-2", Track.PM, "tradeoff"),
            Fixtures.prompt("pmm-lp-2", Track.PMM, "launch-plan")), RUBRIC.kinds());

    final MutableClock clock = MutableClock.at("2026-11-03T09:00:00Z");
    final List<ProgressPoint> history = new ArrayList<>();

    /** An answer now, with no mistake flagged, self-graded so that its quality comes out as {@code quality} (2, 4 or 5). */
    void answer(String promptId, int quality) {
        SelfGrade[] grades = switch (quality) {
            case 2 -> new SelfGrade[]{mistakeGrade("marketing-fluff", 1)};
            case 4 -> new SelfGrade[]{mistakeGrade("marketing-fluff", 3)};
            case 5 -> new SelfGrade[0];
            default -> throw new IllegalArgumentException("no recipe for quality " + quality);
        };
        Prompt p = BANK.byId(promptId).orElseThrow();
        ProgressPoint point = point(history.size() + 1, promptId, p.track(), p.kind(), clock.instant(), List.of(), grades);
        assertThat(AnswerQuality.of(point, RUBRIC)).as("quality of the recipe").isEqualTo(quality);
        history.add(point);
    }

    List<Suggestion> queue(int size) {
        return PractiseQueue.build(BANK, history, RUBRIC, clock, UTC, Optional.empty(), size);
    }

    Optional<Suggestion> suggestionFor(String promptId) {
        return queue(20).stream().filter(s -> s.prompt().id().equals(promptId)).findFirst();
    }

    @Test
    void withNoHistoryEveryPromptIsNewTakingTheKindsInTurn() {
        List<Suggestion> all = queue(20);
        assertThat(all).extracting(s -> s.prompt().id())
                .containsExactly("pm-sd-1", "pm-to-1", "pmm-lp-1", "pm-sd-2", "pm-to-2", "pmm-lp-2", "pm-sd-3");
        assertThat(all).extracting(Suggestion::reason).containsOnly(Reason.NOT_YET_PRACTISED);
        assertThat(all.get(0).explanation()).isEqualTo("You have not practised this prompt yet (System design).");
        assertThat(all.get(0).due()).isEmpty();
        assertThat(queue(3)).extracting(s -> s.prompt().id()).containsExactly("pm-sd-1", "pm-to-1", "pmm-lp-1");
        assertThat(queue(0)).isEmpty();
    }

    @Test
    void aWeakAnswerIsDueTheNextDayWithItsScoreAndInterval() {
        answer("pm-sd-1", 2);
        assertThat(suggestionFor("pm-sd-1").orElseThrow().reason()).as("the same day").isEqualTo(Reason.LONGEST_UNSEEN);
        clock.advance(Duration.ofDays(1));
        Suggestion first = queue(5).get(0);
        assertThat(first.prompt().id()).isEqualTo("pm-sd-1");
        assertThat(first.reason()).isEqualTo(Reason.DUE_REVIEW);
        assertThat(first.explanation()).isEqualTo("Due for review: you scored 2/5 on 3 Nov; SM-2 brings it back after 1 day.");
        assertThat(first.due()).contains(LocalDate.of(2026, 11, 4));
    }

    @Test
    void goodAnswersComeBackForReviewAfterOneSixAndFifteenDays() {
        LocalDate start = LocalDate.of(2026, 11, 3);
        answer("pm-sd-1", 4);
        for (int interval : new int[]{1, 6, 15}) {
            clock.advance(Duration.ofDays(interval - 1));
            assertThat(suggestionFor("pm-sd-1").orElseThrow().reason()).as("the day before").isNotEqualTo(Reason.DUE_REVIEW);
            clock.advance(Duration.ofDays(1));
            Suggestion due = queue(1).get(0);
            assertThat(due.prompt().id()).isEqualTo("pm-sd-1");
            assertThat(due.reason()).isEqualTo(Reason.DUE_REVIEW);
            assertThat(due.due()).contains(LocalDate.ofInstant(clock.instant(), UTC));
            assertThat(due.explanation()).endsWith("SM-2 brings it back after " + (interval == 1 ? "1 day." : interval + " days."));
            answer("pm-sd-1", 4);
        }
        assertThat(LocalDate.ofInstant(clock.instant(), UTC)).isEqualTo(start.plusDays(1 + 6 + 15));
    }

    @Test
    void aWeakAnswerAfterGoodOnesBringsThePromptBackTheNextDay() {
        answer("pm-sd-1", 5);
        clock.advance(Duration.ofDays(1));
        answer("pm-sd-1", 5);
        clock.advance(Duration.ofDays(6));
        answer("pm-sd-1", 2);
        assertThat(suggestionFor("pm-sd-1").orElseThrow().due()).contains(LocalDate.of(2026, 11, 11));
        clock.advance(Duration.ofDays(1));
        assertThat(queue(1).get(0).reason()).isEqualTo(Reason.DUE_REVIEW);
    }

    @Test
    void dueReviewsComeFirstMostOverdueFirst() {
        answer("pm-to-1", 5);
        clock.advance(Duration.ofDays(2));
        answer("pmm-lp-2", 5);
        clock.advance(Duration.ofDays(2));
        answer("pm-sd-2", 2);
        clock.advance(Duration.ofDays(1));
        List<Suggestion> q = queue(20);
        assertThat(q.subList(0, 3)).extracting(s -> s.prompt().id()).containsExactly("pm-to-1", "pmm-lp-2", "pm-sd-2");
        assertThat(q.subList(0, 3)).extracting(Suggestion::reason).containsOnly(Reason.DUE_REVIEW);
        assertThat(q.subList(3, q.size())).extracting(Suggestion::reason).containsOnly(Reason.NOT_YET_PRACTISED);
        assertThat(q).extracting(s -> s.prompt().id()).doesNotHaveDuplicates().hasSize(7);
    }

    @Test
    void aMistakeFlaggedOftenLatelyBringsAPromptThatTestsIt() {
        boolean[] enterpriseFlagged = {false, true, true, false, true, true};
        for (boolean flagged : enterpriseFlagged) {
            history.add(point(history.size() + 1, "pmm-lp-1", Track.PMM, "launch-plan", clock.instant(),
                    flagged ? List.of("ignores-enterprise") : List.of()));
            clock.advance(Duration.ofHours(1));
        }
        List<Suggestion> q = queue(20);
        Suggestion weak = q.stream().filter(s -> s.reason() == Reason.WEAK_SPOT).findFirst().orElseThrow();
        assertThat(weak.explanation())
                .isEqualTo("You were flagged for overlooking the enterprise shift in 4 of your last 6 answers; this prompt tests it.");
        assertThat(weak.prompt().id()).as("the first prompt never answered that the mistake applies to").isEqualTo("pm-sd-1");
        assertThat(q).filteredOn(s -> s.reason() == Reason.WEAK_SPOT).hasSize(1);
        assertThat(q.indexOf(weak)).isLessThan(q.indexOf(q.stream().filter(s -> s.reason() == Reason.NOT_YET_PRACTISED).findFirst().orElseThrow()));
    }

    @Test
    void aMistakeFlaggedOnceInSixIsNotAWeakSpot() {
        for (int k = 0; k < 6; k++) {
            history.add(point(k + 1, "pmm-lp-1", Track.PMM, "launch-plan", clock.instant(), k == 0 ? List.of("ignores-enterprise") : List.of()));
            clock.advance(Duration.ofHours(1));
        }
        assertThat(queue(20)).extracting(Suggestion::reason).doesNotContain(Reason.WEAK_SPOT);
    }

    @Test
    void promptsAnsweredBeforeButNotDueComeLastLongestUnseenFirst() {
        clock.advance(Duration.ofDays(-2));
        answer("pm-to-1", 5);
        answer("pm-sd-1", 5);
        clock.advance(Duration.ofDays(1));
        answer("pm-to-1", 5);
        answer("pm-sd-1", 5);
        clock.advance(Duration.ofDays(1));
        answer("pm-sd-1", 5);
        clock.advance(Duration.ofDays(3));
        List<Suggestion> q = queue(20);
        assertThat(q.subList(5, 7)).extracting(s -> s.prompt().id()).containsExactly("pm-to-1", "pm-sd-1");
        assertThat(q.subList(5, 7)).extracting(Suggestion::reason).containsOnly(Reason.LONGEST_UNSEEN);
        assertThat(q.get(5).explanation()).isEqualTo("You last answered this on 2 Nov (4 days ago) and scored 5/5.");
        assertThat(q.get(5).due()).contains(LocalDate.of(2026, 11, 8));
    }

    @Test
    void oneTrackShowsOnlyItsPromptsAndCountsOnlyItsHistory() {
        answer("pm-sd-1", 2);
        clock.advance(Duration.ofDays(3));
        List<Suggestion> pmm = PractiseQueue.build(BANK, history, RUBRIC, clock, UTC, Optional.of(Track.PMM), 20);
        assertThat(pmm).extracting(s -> s.prompt().id()).containsExactly("pmm-lp-1", "pmm-lp-2");
        List<Suggestion> pm = PractiseQueue.build(BANK, history, RUBRIC, clock, UTC, Optional.of(Track.PM), 20);
        assertThat(pm.get(0).reason()).isEqualTo(Reason.DUE_REVIEW);
        assertThat(pm).extracting(s -> s.prompt().track()).containsOnly(Track.PM);
    }

    @Test
    void theSameRecordGivesTheSameQueueInWhateverOrderItComes() {
        for (String id : List.of("pm-sd-1", "pmm-lp-1", "pm-to-2", "pm-sd-1", "pmm-lp-1")) {
            answer(id, 4);
            clock.advance(Duration.ofHours(20));
        }
        history.add(point(99, "pm-sd-2", Track.PM, "system-design", clock.instant(), List.of("unquantified", "off-topic")));
        clock.advance(Duration.ofDays(4));
        List<Suggestion> expected = queue(20);
        for (int round = 0; round < 5; round++) {
            List<ProgressPoint> shuffled = new ArrayList<>(history);
            Collections.shuffle(shuffled, new Random(round));
            assertThat(PractiseQueue.build(BANK, shuffled, RUBRIC, clock, UTC, Optional.empty(), 20)).isEqualTo(expected);
        }
    }

    @Test
    void aDateInAnotherYearCarriesTheYear() {
        clock.advance(Duration.ofDays(-60));
        answer("pm-sd-1", 2);
        clock.advance(Duration.ofDays(61));
        assertThat(queue(1).get(0).explanation()).isEqualTo("Due for review: you scored 2/5 on 4 Sep; SM-2 brings it back after 1 day.");
        MutableClock nextYear = new MutableClock(Instant.parse("2027-01-05T09:00:00Z"));
        assertThat(PractiseQueue.build(BANK, history, RUBRIC, nextYear, UTC, Optional.empty(), 1).get(0).explanation())
                .contains("on 4 Sep 2026;");
    }

    @Test
    void aNegativeSizeIsRefused() {
        assertThatThrownBy(() -> queue(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
