package app.debrief.review;

import app.debrief.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class Sm2Test {

    static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void goodAnswersComeBackAfterOneSixAndFifteenDaysAndAWeakOneRestarts() {
        MutableClock clock = MutableClock.at("2026-11-03T09:00:00Z");
        ReviewState s = Sm2.first("pm-sd", 4, clock.instant(), UTC);
        assertThat(s.due()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(s.intervalDays()).isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        s = Sm2.next(s, 4, clock.instant(), UTC);
        assertThat(s.due()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(s.intervalDays()).isEqualTo(6);

        clock.advance(Duration.ofDays(6));
        s = Sm2.next(s, 4, clock.instant(), UTC);
        assertThat(s.due()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(s.intervalDays()).isEqualTo(15);
        assertThat(s.repetitions()).isEqualTo(3);
        assertThat(s.easiness()).isEqualTo(2.5);

        clock.advance(Duration.ofDays(15));
        s = Sm2.next(s, 1, clock.instant(), UTC);
        assertThat(s.repetitions()).isZero();
        assertThat(s.intervalDays()).isEqualTo(1);
        assertThat(s.due()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(s.easiness()).isCloseTo(1.96, within(1e-9));
        assertThat(s.lastQuality()).isEqualTo(1);
        assertThat(s.lastAt()).isEqualTo(clock.instant());

        clock.advance(Duration.ofDays(1));
        s = Sm2.next(s, 4, clock.instant(), UTC);
        assertThat(s.intervalDays()).isEqualTo(1);
        assertThat(s.due()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    /** Qualities answered one after another: the interval after each, and the easiness factor at the end. */
    @ParameterizedTest(name = "{0}: intervals {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4 4 4 4     | 1 6 15 38    | 2.50 | 4
            5 5 5       | 1 6 17       | 2.80 | 3
            3 3 3       | 1 6 12       | 2.08 | 3
            4 4 2 4 4 4 | 1 6 1 1 6 13 | 2.18 | 3
            5 0 5 5 5   | 1 1 1 6 13   | 2.10 | 3
            0 0 0 0 0 0 | 1 1 1 1 1 1  | 1.30 | 0
            2 3         | 1 1          | 2.04 | 1
            """)
    void intervalsFollowSm2(String qualities, String intervals, double easiness, int repetitions) {
        int[] q = Arrays.stream(qualities.split(" ")).mapToInt(Integer::parseInt).toArray();
        MutableClock clock = MutableClock.at("2026-01-10T12:00:00Z");
        List<Integer> seen = new ArrayList<>();
        ReviewState s = Sm2.first("p", q[0], clock.instant(), UTC);
        seen.add(s.intervalDays());
        for (int k = 1; k < q.length; k++) {
            clock.advance(Duration.ofDays(s.intervalDays()));
            s = Sm2.next(s, q[k], clock.instant(), UTC);
            seen.add(s.intervalDays());
            assertThat(s.due()).isEqualTo(LocalDate.ofInstant(clock.instant(), UTC).plusDays(s.intervalDays()));
        }
        assertThat(seen).containsExactlyElementsOf(Arrays.stream(intervals.split(" ")).map(Integer::valueOf).toList());
        assertThat(s.easiness()).isCloseTo(easiness, within(1e-9));
        assertThat(s.repetitions()).isEqualTo(repetitions);
    }

    @Test
    void theDueDateIsCountedFromTheUsersCalendarDay() {
        java.time.Instant lateEvening = java.time.Instant.parse("2026-11-03T23:30:00Z");
        assertThat(Sm2.first("p", 5, lateEvening, UTC).due()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(Sm2.first("p", 5, lateEvening, ZoneId.of("Europe/Paris")).due()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void aQualityOutsideZeroToFiveIsRefused() {
        java.time.Instant at = java.time.Instant.parse("2026-11-03T09:00:00Z");
        assertThatThrownBy(() -> Sm2.first("p", 6, at, UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sm2.next(Sm2.first("p", 3, at, UTC), -1, at, UTC)).isInstanceOf(IllegalArgumentException.class);
    }
}
