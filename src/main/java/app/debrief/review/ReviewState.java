package app.debrief.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one prompt stands in the spaced review (SM-2, see {@link Sm2}): its easiness factor, the
 * successful reviews in a row, the interval that set the due date, and the last review.
 */
public record ReviewState(String promptId, double easiness, int repetitions, int intervalDays, LocalDate due, Instant lastAt,
                          int lastQuality) {
}
