package app.debrief.store;

import app.debrief.bank.FollowUp;
import app.debrief.rubric.Feedback;

import java.util.Optional;

/**
 * A follow-up the interviewer asked after the attempt {@code mainId}: the question with what it
 * probes and its budget, why it was asked, and its answer, an attempt of its own (in progress while
 * it is written, then submitted with the checker's {@code feedback}). {@code uid} is its identity
 * across machines, as an attempt's is.
 */
public record FollowUpAnswer(long mainId, String uid, FollowUp followUp, String reason, Attempt attempt, Optional<Feedback> feedback) {

    public boolean answered() {
        return attempt.status() == AttemptStatus.SUBMITTED;
    }
}
