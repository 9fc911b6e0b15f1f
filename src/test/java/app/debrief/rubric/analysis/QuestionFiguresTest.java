package app.debrief.rubric.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionFiguresTest {

    private final QuestionFigures question = new QuestionFigures(
            "p95 under 400 ms on one 80 GB GPU, 100k requests a day at $0.60 per million tokens");

    @Test
    void aFigureWithItsUnitGluedOnIsTheQuestionsOwnNumber() {
        assertThat(question.copied("<400ms p95")).isTrue();
        assertThat(question.copied("an 80GB card")).isTrue();
        assertThat(question.copied("100,000 requests")).isTrue();
    }

    @Test
    void aNumberTheCandidateWorkedOutIsTheirs() {
        assertThat(question.copied("about 350ms after batching")).isFalse();
        assertThat(question.copied("100k requests cost $6 a day")).isFalse();
        assertThat(question.copied("no figures here")).isFalse();
    }

    @Test
    void aMultiplierCountsOnlyAsAWholeWord() {
        assertThat(QuestionFigures.numbers("5m users")).containsExactly(5e6);
        assertThat(QuestionFigures.numbers("5ms")).containsExactly(5.0);
        assertThat(QuestionFigures.numbers("2 billion tokens")).containsExactly(2e9);
    }
}
