package app.debrief.review;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.Mistake;
import app.debrief.rubric.MistakeFinding;
import app.debrief.store.Attempt;
import app.debrief.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.debrief.review.ReviewFixtures.RUBRIC;
import static app.debrief.review.ReviewFixtures.T0;
import static app.debrief.review.ReviewFixtures.attempt;
import static app.debrief.review.ReviewFixtures.feedback;
import static app.debrief.review.ReviewFixtures.pmDesign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttemptComparerTest {

    final Prompt prompt = pmDesign();
    final Attempt first = attempt(1, prompt, T0, Optional.of(T0.plusSeconds(900)), "Our brand vision is delight.", 900_000);
    final Attempt second = attempt(2, prompt, T0.plusSeconds(86_400), Optional.of(T0.plusSeconds(87_000)),
            "Our p95 latency budget is 300 ms, for enterprise buyers too.", 600_000);

    @Test
    void putsTheOlderAttemptFirstWhicheverWayTheyArePassed() {
        Feedback before = feedback(prompt, 0, "marketing-fluff", "unquantified");
        Feedback after = feedback(prompt, 2, "unquantified");
        Comparison forward = AttemptComparer.compare(first, before, second, after, RUBRIC);
        Comparison backward = AttemptComparer.compare(second, after, first, before, RUBRIC);
        assertThat(backward).isEqualTo(forward);
        assertThat(forward.older()).isSameAs(first);
        assertThat(forward.newer()).isSameAs(second);
        assertThat(forward.diff().older()).isEqualTo(first.answer());
        assertThat(forward.diff().newer()).isEqualTo(second.answer());
    }

    @Test
    void comparesTimeLengthAndTalkingPointsNewerMinusOlder() {
        Comparison c = AttemptComparer.compare(first, feedback(prompt, 0), second, feedback(prompt, 2), RUBRIC);
        assertThat(c.elapsedDeltaMillis()).isEqualTo(-300_000);
        assertThat(c.wordsDelta()).isEqualTo(11 - 5);
        assertThat(c.pointsCoveredBefore()).isZero();
        assertThat(c.pointsCoveredAfter()).isEqualTo(2);
        assertThat(c.pointsTotal()).isEqualTo(2);
    }

    @Test
    void anAttemptNotYetSubmittedIsPlacedByItsStartTime() {
        Attempt draft = attempt(3, prompt, T0.plusSeconds(3_600), Optional.empty(), "Draft.", 60_000);
        Attempt laterStartEarlierSubmit = attempt(4, prompt, T0.plusSeconds(60), Optional.of(T0.plusSeconds(1_800)), "Done.", 60_000);
        Comparison c = AttemptComparer.compare(draft, feedback(prompt, 0), laterStartEarlierSubmit, feedback(prompt, 0), RUBRIC);
        assertThat(c.older()).isSameAs(laterStartEarlierSubmit);
        assertThat(c.newer()).isSameAs(draft);
    }

    @Test
    void attemptsAtDifferentPromptsCannotBeCompared() {
        Attempt other = attempt(5, Fixtures.prompt("pmm-launch", Track.PMM, "launch-plan"), T0, Optional.of(T0), "Launch.", 1);
        assertThatThrownBy(() -> AttemptComparer.compare(first, feedback(prompt, 0), other, feedback(other.prompt(), 0), RUBRIC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pm-sd-streaming").hasMessageContaining("pmm-launch");
    }

    @Test
    void listsEveryMistakeOfTheRubricInItsOrderWithItsTitle() {
        Comparison c = AttemptComparer.compare(first, feedback(prompt, 0, "marketing-fluff"), second, feedback(prompt, 0, "unquantified"), RUBRIC);
        assertThat(c.mistakes()).extracting(MistakeComparison::mistakeId)
                .containsExactlyElementsOf(RUBRIC.mistakes().stream().map(Mistake::id).toList());
        assertThat(c.mistakes()).extracting(MistakeComparison::title)
                .containsExactlyElementsOf(RUBRIC.mistakes().stream().map(Mistake::title).toList());
        assertThat(c.mistakes()).extracting(MistakeComparison::change).contains(MistakeChange.FIXED, MistakeChange.NEW);
    }

    /** How the older and the newer feedback judged one mistake, and what the side by side says. */
    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FLAGGED        | CLEAR          | FIXED
            CLEAR          | FLAGGED        | NEW
            FLAGGED        | FLAGGED        | STILL_THERE
            CLEAR          | CLEAR          | CLEAR
            MISSING        | FLAGGED        | NEW
            MISSING        | CLEAR          | CLEAR
            NOT_APPLICABLE | FLAGGED        | NEW
            FLAGGED        | NOT_APPLICABLE | NOT_APPLICABLE
            FLAGGED        | MISSING        | NOT_APPLICABLE
            """)
    void judgesEachMistakeByTheNewerAnswerAndWhatTheOlderOneHad(Judged before, Judged after, MistakeChange expected) {
        Mistake fluff = RUBRIC.mistake("marketing-fluff").orElseThrow();
        assertThat(AttemptComparer.change(fluff, judged(before), judged(after))).isEqualTo(expected);
    }

    enum Judged { FLAGGED, CLEAR, NOT_APPLICABLE, MISSING }

    private Feedback judged(Judged how) {
        Feedback base = feedback(prompt, 0);
        List<MistakeFinding> findings = new ArrayList<>(base.mistakes());
        findings.removeIf(m -> m.id().equals("marketing-fluff"));
        if (how != Judged.MISSING) {
            findings.add(new MistakeFinding("marketing-fluff", "Fluff", how != Judged.NOT_APPLICABLE, how == Judged.FLAGGED, "", "test",
                    Optional.empty(), List.of(), List.of()));
        }
        return new Feedback(base.track(), base.promptId(), base.kind(), base.words(), findings, base.talkingPoints(), base.checkerVersion());
    }
}
