package app.debrief.store;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static app.debrief.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** A loop's sitting in the store: where it stands, and its rounds kept out of sight until the packet. */
class LoopStoreTest {

    @TempDir
    Path dir;
    AttemptStore store;
    LoopStore loops;
    final Prompt first = Fixtures.prompt("pmm-lp-one", Track.PMM, "launch-plan");
    final Prompt second = Fixtures.prompt("pmm-bc-two", Track.PMM, "battle-card");

    @BeforeEach
    void open() {
        store = AttemptStore.open(dir.resolve("debrief.db")).store();
        loops = store.loops();
    }

    @AfterEach
    void close() {
        store.close();
    }

    LoopSitting started() {
        return loops.start("pmm-onsite", Track.PMM, "PMM onsite", 5, List.of(first, second), T0);
    }

    @Test
    void aSittingStartsAtTheBreakBeforeItsFirstRoundWithItsPromptsDrawn() {
        LoopSitting s = started();
        assertThat(s.status()).isEqualTo(LoopStatus.IN_PROGRESS);
        assertThat(s.stage()).isEqualTo(LoopStage.BREAK);
        assertThat(s.round()).isEqualTo(1);
        assertThat(s.rounds()).extracting(r -> r.prompt().id()).containsExactly("pmm-lp-one", "pmm-bc-two");
        assertThat(loops.unfinished()).map(LoopSitting::id).contains(s.id());
    }

    @Test
    void aRoundIsAMockAnswerWhoseClockIsSavedEverySecondAndWhichIsNeverOfferedAsAnUnfinishedAnswer() {
        LoopSitting s = started();
        Attempt round = loops.startRound(s.id(), T0.plusSeconds(60));
        assertThat(round.mode()).isEqualTo(Mode.MOCK);
        assertThat(loops.startRound(s.id(), T0.plusSeconds(61)).id()).as("starting it again resumes it").isEqualTo(round.id());
        loops.heartbeat(s.id(), 1, round.id(), 83_000, T0.plusSeconds(143));
        loops.heartbeat(s.id(), LoopStage.BREAK, 1, 1, T0.plusSeconds(144));
        LoopSitting now = loops.sitting(s.id()).orElseThrow();
        assertThat(now.stage()).isEqualTo(LoopStage.ROUND);
        assertThat(now.stageMillis()).as("a beat of another stage is ignored").isEqualTo(83_000);
        assertThat(now.current().attemptId()).contains(round.id());
        assertThat(store.latestUnfinished()).isEmpty();
    }

    @Test
    void aRoundsFollowUpStartsWithTheRoundsClockAtZeroAndALateBeatOfTheRoundsOwnAnswerIsIgnored() {
        LoopSitting s = started();
        Attempt round = loops.startRound(s.id(), T0);
        loops.heartbeat(s.id(), 1, round.id(), 1_500_000, T0.plusSeconds(1500));
        store.submit(Fixtures.draft(round.id(), "Our launch", 1_500_000), Fixtures.feedback(first), T0.plusSeconds(1500));
        Attempt followUp = loops.askFollowUp(s.id(), 1, round.id(), new app.debrief.bank.FollowUp("And the price?", List.of(), 3),
                "Asked because", T0.plusSeconds(1501));
        LoopSitting asked = loops.sitting(s.id()).orElseThrow();
        assertThat(asked.stage()).as("the round goes on: it is over once its follow-up is in").isEqualTo(LoopStage.ROUND);
        assertThat(asked.stageMillis()).as("the follow-up's clock, not the answer's").isZero();
        assertThat(asked.current().followUpId()).contains(followUp.id());
        assertThat(loops.answering(asked)).contains(followUp);

        loops.heartbeat(s.id(), 1, round.id(), 1_501_000, T0.plusSeconds(1502));
        assertThat(loops.sitting(s.id()).orElseThrow().stageMillis()).as("a late beat of the round's own answer").isZero();
        loops.heartbeat(s.id(), 1, followUp.id(), 42_000, T0.plusSeconds(1543));
        assertThat(loops.sitting(s.id()).orElseThrow().stageMillis()).isEqualTo(42_000);
        assertThat(store.latestUnfinished()).as("the follow-up's draft resumes with its loop, not on its own").isEmpty();

        store.submit(Fixtures.draft(followUp.id(), "Half", 180_000), Fixtures.feedback(first), T0.plusSeconds(1700));
        assertThat(loops.answering(loops.sitting(s.id()).orElseThrow())).as("both in: the round is ready to move on").isEmpty();
    }

    @Test
    void handedInRoundsStayOutOfTheHistoryUntilTheLoopEnds() {
        LoopSitting s = started();
        Attempt round = loops.startRound(s.id(), T0);
        store.submit(Fixtures.draft(round.id(), "Our launch", 60_000), Fixtures.feedback(first), T0.plusSeconds(60));
        assertThat(loops.roundHandedIn(s.id(), 1, T0.plusSeconds(60)).stage()).isEqualTo(LoopStage.BREAK);
        assertThat(store.recent(10)).isEmpty();
        assertThat(store.progress(HistoryQuery.newest(10))).isEmpty();
        Attempt last = loops.startRound(s.id(), T0.plusSeconds(400));
        store.submit(Fixtures.draft(last.id(), "Our card", 60_000), Fixtures.feedback(second), T0.plusSeconds(500));
        assertThat(loops.roundHandedIn(s.id(), 2, T0.plusSeconds(500)).stage()).isEqualTo(LoopStage.GRADING);
        loops.grade(s.id(), 1, "hire");
        loops.finish(s.id(), T0.plusSeconds(600));
        assertThat(store.recent(10)).hasSize(2);
        LoopSitting done = loops.sitting(s.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(LoopStatus.FINISHED);
        assertThat(done.rounds().get(0).selfGrade()).contains("hire");
        assertThat(loops.ended(Optional.of("pmm-onsite"), 5)).extracting(LoopSitting::id).containsExactly(s.id());
        assertThat(loops.unfinished()).isEmpty();
    }

    @Test
    void anAbandonedSittingIsKeptAsAbandoned() {
        LoopSitting s = started();
        loops.abandon(s.id(), T0.plusSeconds(30));
        LoopSitting kept = loops.sitting(s.id()).orElseThrow();
        assertThat(kept.status()).isEqualTo(LoopStatus.ABANDONED);
        assertThat(kept.endedAt()).contains(T0.plusSeconds(30));
        store.purgeDiscarded(T0.plusSeconds(3600));
        assertThat(loops.ended(Optional.empty(), 5)).hasSize(1);
    }
}
