package app.debrief.store;

import app.debrief.bank.Prompt;

/** A submitted answer whose feedback an older checker wrote: what it takes to check it again. */
public record StaleAnswer(long attemptId, Prompt prompt, String answer) {
}
