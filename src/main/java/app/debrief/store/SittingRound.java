package app.debrief.store;

import app.debrief.bank.Prompt;

import java.util.Optional;

/**
 * One round of a sitting: its number (from 1), the prompt drawn for it when the loop started (a
 * snapshot, with the round's budget), the attempt that answers it once it has started, the attempt
 * that answers its follow-up once the interviewer asked it, and the candidate's own lean for it (an
 * id of the committee's scale), once graded.
 */
public record SittingRound(int number, Prompt prompt, Optional<Long> attemptId, Optional<Long> followUpId, Optional<String> selfGrade) {
}
