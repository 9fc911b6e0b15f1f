package app.debrief.practice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2400000, 40:00
            2399001, 40:00
            1,       0:01
            0,       0:00
            -1,      +0:00
            -42500,  +0:42
            3723000, 1:02:03
            """)
    void aCountdownRoundsUpUntilTheBudgetIsOverrun(long millis, String shown) {
        assertThat(Durations.countdown(millis)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1880999, 31:20
            0,       0:00
            3723999, 1:02:03
            """)
    void timeUsedRoundsDown(long millis, String shown) {
        assertThat(Durations.clock(millis)).isEqualTo(shown);
    }
}
