package app.debrief.review;

import java.time.Instant;

/**
 * One step of a mistake's trend: after attempt number {@code attemptNumber} (counting every
 * attempt analysed, from 1), the share (0 to 1) of the latest attempts it applied to that were flagged.
 */
public record TrendPoint(int attemptNumber, Instant at, double share) {
}
