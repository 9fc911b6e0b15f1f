package app.debrief.practice;

import app.debrief.bank.Phase;
import app.debrief.store.PhaseTime;
import app.debrief.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTimerTest {

    final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
    final List<Phase> phases = List.of(new Phase("Clarify", 5), new Phase("Design", 20), new Phase("Trade-offs", 10), new Phase("Summary", 5));

    @Test
    void countsDownAgainstTheBudgetOnlyWhileRunning() {
        AnswerTimer timer = new AnswerTimer(clock, 40 * 60, phases, 0, List.of());
        clock.advance(Duration.ofMinutes(3));
        assertThat(timer.elapsedMillis()).as("not started yet").isZero();
        timer.start();
        clock.advance(Duration.ofMinutes(10));
        assertThat(timer.elapsedMillis()).isEqualTo(600_000);
        assertThat(timer.remainingMillis()).isEqualTo(30 * 60_000);
        timer.stop();
        clock.advance(Duration.ofMinutes(10));
        assertThat(timer.elapsedMillis()).as("stopped").isEqualTo(600_000);
    }

    @Test
    void goesOverBudgetAndSaysSo() {
        AnswerTimer timer = new AnswerTimer(clock, 5 * 60, List.of(), 0, List.of());
        timer.start();
        clock.advance(Duration.ofMinutes(6));
        assertThat(timer.overBudget()).isTrue();
        assertThat(timer.remainingMillis()).isEqualTo(-60_000);
        assertThat(timer.remainingShare()).isZero();
        assertThat(timer.phaseTimes()).containsExactly(new PhaseTime("Answer", 360_000));
    }

    @Test
    void recordsTheTimeSpentInEachPhaseAsTheCandidateMovesOn() {
        AnswerTimer timer = new AnswerTimer(clock, 40 * 60, phases, 0, List.of());
        timer.start();
        clock.advance(Duration.ofMinutes(7));
        assertThat(timer.currentPhase().orElseThrow().name()).isEqualTo("Clarify");
        assertThat(timer.phaseRemainingMillis()).as("two minutes over its share").isEqualTo(-120_000);
        timer.nextPhase();
        clock.advance(Duration.ofMinutes(12));
        assertThat(timer.phaseTimes()).containsExactly(new PhaseTime("Clarify", 420_000), new PhaseTime("Design", 720_000));
        assertThat(timer.phaseRemainingMillis()).isEqualTo(8 * 60_000);
    }

    @Test
    void aPhaseOverItsShareCanLeaveTheWholeAnswerAheadOfItsPlan() {
        AnswerTimer timer = new AnswerTimer(clock, 40 * 60, phases, 0, List.of());
        timer.start();
        clock.advance(Duration.ofMinutes(2));
        assertThat(timer.aheadOfPlanMillis()).as("three minutes of Clarify's share left").isEqualTo(3 * 60_000);
        timer.nextPhase();
        clock.advance(Duration.ofMinutes(22));
        assertThat(timer.phaseRemainingMillis()).as("Design two minutes over its share").isEqualTo(-2 * 60_000);
        assertThat(timer.aheadOfPlanMillis()).as("the answer still a minute ahead").isEqualTo(60_000);
        clock.advance(Duration.ofMinutes(2));
        assertThat(timer.aheadOfPlanMillis()).as("now a minute behind").isEqualTo(-60_000);
    }

    @Test
    void resumesWithTheTimeAlreadySpent() {
        AnswerTimer timer = new AnswerTimer(clock, 40 * 60, phases, 660_000,
                List.of(new PhaseTime("Clarify", 300_000), new PhaseTime("Design", 360_000)));
        assertThat(timer.currentPhase().orElseThrow().name()).isEqualTo("Design");
        timer.start();
        clock.advance(Duration.ofMinutes(1));
        assertThat(timer.elapsedMillis()).isEqualTo(720_000);
        assertThat(timer.phaseTimes().get(1).millis()).isEqualTo(420_000);
        assertThat(timer.hasNextPhase()).isTrue();
    }
}
