package app.debrief.review;

import app.debrief.bank.Prompt;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One prompt to practise next, why, in a sentence for the user, and when spaced review has it due
 * (empty for a prompt never answered).
 */
public record Suggestion(Prompt prompt, Reason reason, String explanation, Optional<LocalDate> due) {
}
