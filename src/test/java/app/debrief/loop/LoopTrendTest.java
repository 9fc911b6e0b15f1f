package app.debrief.loop;

import app.debrief.bank.Track;
import app.debrief.store.LoopSitting;
import app.debrief.store.LoopStage;
import app.debrief.store.LoopStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.debrief.loop.CommitteeTest.COMMITTEE;
import static app.debrief.loop.CommitteeTest.RUBRIC;
import static app.debrief.loop.CommitteeTest.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Progress across loops on sittings and findings made by hand: the lean loop by loop, and each mistake's share of a loop's rounds. */
class LoopTrendTest {

    static LoopSitting sitting(long id, Track track, LoopStatus status, String day) {
        Instant at = Instant.parse(day + "T09:00:00Z");
        return new LoopSitting(id, "pmm-onsite", track, "Loop " + id, status, LoopStage.DONE, 4, 0, 5, at, Optional.of(at), at, List.of());
    }

    /** The store lists ended sittings newest first; the rounds handed in of each, made by hand. */
    static final List<LoopSitting> ENDED = List.of(
            sitting(4, Track.PMM, LoopStatus.FINISHED, "2026-11-28"),
            sitting(3, Track.PMM, LoopStatus.ABANDONED, "2026-11-20"),
            sitting(2, Track.PM, LoopStatus.FINISHED, "2026-11-15"),
            sitting(1, Track.PMM, LoopStatus.FINISHED, "2026-11-10"));
    static final Map<Long, List<RoundResult>> ROUNDS = Map.of(
            // The first PMM loop ignored open source once: an immediate reject.
            1L, List.of(round(1, "ignores-open-source", "DDD"), round(2, "marketing-fluff", "DDD"), round(3, "", "DDD"),
                    round(4, "marketing-fluff", "DDD")),
            2L, List.of(round(1, "", "DDD")),
            3L, List.of(round(1, "", "DDD")),
            // The latest is clean and argued.
            4L, List.of(round(1, "", "DDD"), round(2, "", "DDD"), round(3, "", "DDD"), round(4, "", "DDD")));

    static List<LoopTrend.Point> trend(Optional<Track> track) {
        return LoopTrend.over(ENDED, s -> ROUNDS.get(s.id()), RUBRIC, COMMITTEE, track);
    }

    @Test
    void finishedLoopsAreChartedOldestFirstWithTheCommitteesLean() {
        List<LoopTrend.Point> pmm = trend(Optional.of(Track.PMM));
        assertThat(pmm).extracting(LoopTrend.Point::sittingId).as("abandoned and other tracks' loops left out").containsExactly(1L, 4L);
        assertThat(pmm).extracting(LoopTrend.Point::lean).containsExactly(Lean.STRONG_NO_HIRE, Lean.STRONG_HIRE);
        assertThat(trend(Optional.empty())).extracting(LoopTrend.Point::sittingId).containsExactly(1L, 2L, 4L);
    }

    @Test
    void eachMistakeIsTheShareOfTheLoopsRoundsThatFlaggedIt() {
        LoopTrend.Point first = trend(Optional.of(Track.PMM)).get(0);
        assertThat(first.flaggedShare().get("ignores-open-source")).isCloseTo(0.25, within(1e-9));
        assertThat(first.flaggedShare().get("marketing-fluff")).isCloseTo(0.5, within(1e-9));
        assertThat(first.flaggedShare().get("role-drift")).as("checked and never flagged").isZero();
        assertThat(first.flaggedShare().keySet()).as("in the rubric's order")
                .containsExactlyElementsOf(RUBRIC.mistakes().stream().map(m -> m.id()).toList());
    }

    @Test
    void aMistakeThatAppliedToNoRoundHasNoShareAndALoopWithoutRoundsIsLeftOut() {
        RoundResult clean = round(1, "", "DDD");
        var notChecked = new app.debrief.rubric.Feedback(clean.feedback().track(), clean.feedback().promptId(), clean.feedback().kind(),
                clean.feedback().words(), clean.feedback().mistakes().stream()
                .map(m -> m.id().equals("unexplained-jargon") ? new app.debrief.rubric.MistakeFinding(m.id(), m.title(), false, false,
                        m.why(), m.rule(), m.missing(), List.of(), List.of()) : m).toList(),
                clean.feedback().talkingPoints(), clean.feedback().checkerVersion());
        RoundResult round = new RoundResult(1, 1, clean.prompt(), clean.kindLabel(), notChecked, 60_000, 300, Optional.empty(), List.of());
        List<LoopTrend.Point> points = LoopTrend.over(List.of(sitting(7, Track.PMM, LoopStatus.FINISHED, "2026-11-29"),
                sitting(6, Track.PMM, LoopStatus.FINISHED, "2026-11-28")), s -> s.id() == 7 ? List.of(round) : List.of(),
                RUBRIC, COMMITTEE, Optional.empty());
        assertThat(points).extracting(LoopTrend.Point::sittingId).containsExactly(7L);
        assertThat(points.get(0).flaggedShare()).doesNotContainKey("unexplained-jargon").containsKey("marketing-fluff");
    }
}
