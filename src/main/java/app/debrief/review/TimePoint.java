package app.debrief.review;

import java.time.Instant;

/** Time discipline of one attempt: time used over the prompt's budget (1.0 is exactly on time). */
public record TimePoint(int attemptNumber, Instant at, double usedOverBudget) {
}
