package app.debrief.rubric.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTextTest {

    @Test
    void aUnitAfterANumberEndsTheSentenceButATitleDoesNot() {
        AnswerText unit = AnswerText.of("Tensor parallelism drops p95 to 180 ms. Replicas add throughput.", new Stems());
        assertThat(unit.sentences()).isEqualTo(2);
        AnswerText title = AnswerText.of("I spoke to Ms. Chen at the bank. She wants SSO.", new Stems());
        assertThat(title.sentences()).isEqualTo(2);
    }
}
