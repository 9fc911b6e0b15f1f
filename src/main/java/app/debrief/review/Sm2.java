package app.debrief.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Spaced review by SuperMemo 2 (P. A. Wozniak, 1987), one prompt at a time. After each answer of
 * quality q (0 to 5, see {@link AnswerQuality}):
 * <ul>
 * <li>q ≥ 3 is a successful review: the first brings the prompt back after 1 day, the second
 * after 6 days, each later one after the previous interval × the easiness factor EF, rounded to
 * the nearest whole day;</li>
 * <li>q &lt; 3 restarts the repetitions: the prompt comes back after 1 day, then 6, and so on;</li>
 * <li>EF starts at 2.5 and after every answer becomes
 * EF' = EF + (0.1 − (5−q)(0.08 + (5−q)·0.02)), never below 1.3; so q = 5 adds 0.1, q = 4 keeps
 * it, q = 3 takes 0.14 off. The interval is computed with EF' (the answer just given counts).
 * A weak answer lowers EF too rather than leaving it, as SM-2's step 5 modifies EF after each
 * repetition; step 6 only restarts the intervals.</li>
 * </ul>
 * The due date is the answer's calendar date in the user's zone plus the interval, so an answer
 * at 23:30 and one at 00:30 are a day apart.
 */
public final class Sm2 {

    static final double START_EASINESS = 2.5;
    static final double MIN_EASINESS = 1.3;
    static final int PASS = 3;

    private Sm2() {
    }

    /** The state after the first answer to a prompt. */
    public static ReviewState first(String promptId, int quality, Instant at, ZoneId zone) {
        return step(promptId, START_EASINESS, 0, 0, quality, at, zone);
    }

    /** The state after one more answer to the prompt of {@code state}. */
    public static ReviewState next(ReviewState state, int quality, Instant at, ZoneId zone) {
        return step(state.promptId(), state.easiness(), state.repetitions(), state.intervalDays(), quality, at, zone);
    }

    private static ReviewState step(String promptId, double easiness, int repetitions, int intervalDays, int quality, Instant at,
                                    ZoneId zone) {
        if (quality < 0 || quality > 5) {
            throw new IllegalArgumentException("an SM-2 quality is 0 to 5: " + quality);
        }
        int fall = 5 - quality;
        double newEasiness = Math.max(MIN_EASINESS, easiness + (0.1 - fall * (0.08 + fall * 0.02)));
        int newRepetitions;
        int newInterval;
        if (quality < PASS) {
            newRepetitions = 0;
            newInterval = 1;
        } else {
            newRepetitions = repetitions + 1;
            newInterval = switch (newRepetitions) {
                case 1 -> 1;
                case 2 -> 6;
                default -> Math.max(1, (int) Math.round(intervalDays * newEasiness));
            };
        }
        LocalDate due = LocalDate.ofInstant(at, zone).plusDays(newInterval);
        return new ReviewState(promptId, newEasiness, newRepetitions, newInterval, due, at, quality);
    }
}
