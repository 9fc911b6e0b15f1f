package app.debrief.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PluralTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0, 0 words
            1, 1 word
            2, 2 words
            """)
    void aCountOfOneTakesTheSingular(long count, String shown) {
        assertThat(Plural.of(count, "word")).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1, 1 match
            3, 3 matches
            """)
    void anIrregularPluralIsGivenWhole(long count, String shown) {
        assertThat(Plural.of(count, "match", "matches")).isEqualTo(shown);
    }
}
