package app.debrief.practice;

import app.debrief.bank.FollowUp;
import app.debrief.rubric.Feedback;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStore;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.Mode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The interviewer after a hand-in. It asks up to {@value #MOST_FOLLOW_UPS} follow-ups about an
 * attempt (fewer when told: a loop's round has one), each chosen from the gaps left by the answer and by the follow-ups answered so far
 * ({@link AnswerGaps}, {@link FollowUpChooser}), never the same question twice. In a mock the next
 * follow-up comes at once, timed like the answer; in practice the debrief offers it, to take or skip.
 * The methods block on the store: call them off the UI thread.
 */
public final class Interviewer {

    public static final int MOST_FOLLOW_UPS = 2;

    /** What comes after a hand-in. */
    public sealed interface Next {
    }

    /** A mock goes on: the follow-up {@code asked} was asked and its answer, {@code attempt}, started. */
    public record Ask(Attempt attempt, FollowUpAnswer asked) implements Next {
    }

    /** The debrief of the attempt {@code mainId}; in practice with the follow-up it offers, if any is left. */
    public record Debrief(long mainId, Optional<ChosenFollowUp> offer) implements Next {
    }

    /** Starts a follow-up's answer: the store's follow-ups do, or a loop's round, which restarts its clock for it too. */
    @FunctionalInterface
    public interface Asking {
        Attempt start(long mainId, FollowUp followUp, String reason, Instant at);
    }

    private final AttemptStore store;
    private final int mostFollowUps;
    private final Asking asking;

    public Interviewer(AttemptStore store) {
        this(store, MOST_FOLLOW_UPS, store.followUps()::ask);
    }

    /** An interviewer who asks at most {@code mostFollowUps} follow-ups per attempt, starting their answers through {@code asking}. */
    public Interviewer(AttemptStore store, int mostFollowUps, Asking asking) {
        if (mostFollowUps < 0 || mostFollowUps > MOST_FOLLOW_UPS) {
            throw new IllegalArgumentException("at most " + MOST_FOLLOW_UPS + " follow-ups, not " + mostFollowUps);
        }
        this.store = store;
        this.mostFollowUps = mostFollowUps;
        this.asking = asking;
    }

    /** How many follow-ups this interviewer asks at most after one attempt. */
    public int mostFollowUps() {
        return mostFollowUps;
    }

    /**
     * The follow-up to ask next after the submitted attempt {@code mainId}: empty once the most were asked,
     * while one is still being answered, or when the prompt has none left.
     */
    public Optional<ChosenFollowUp> next(long mainId) {
        Attempt main = store.attempt(mainId).orElseThrow(() -> new IllegalStateException("attempt " + mainId + " is gone"));
        Optional<Feedback> feedback = store.feedback(mainId);
        List<FollowUpAnswer> asked = store.followUps().of(mainId);
        if (feedback.isEmpty() || asked.size() >= mostFollowUps || asked.stream().anyMatch(f -> !f.answered())) {
            return Optional.empty();
        }
        List<AnswerGaps.Answered> answered = asked.stream().filter(f -> f.feedback().isPresent())
                .map(f -> new AnswerGaps.Answered(f.followUp().probes(), f.feedback().get())).toList();
        List<Gap> gaps = AnswerGaps.of(main.prompt(), feedback.get(), answered);
        return FollowUpChooser.choose(main.prompt(), gaps, asked.stream().map(f -> f.followUp().question()).toList());
    }

    /** Asks {@code chosen} after the attempt {@code mainId}: its answer starts, in the attempt's mode. */
    public Ask ask(long mainId, ChosenFollowUp chosen, Instant at) {
        Attempt started = asking.start(mainId, chosen.followUp(), chosen.reason(), at);
        return new Ask(started, store.followUps().asked(started.id()).orElseThrow());
    }

    /** After {@code submitted} (an answer or a follow-up's answer) was handed in: the next follow-up in a mock, else the debrief. */
    public Next afterHandIn(Attempt submitted, Instant at) {
        long mainId = store.followUps().asked(submitted.id()).map(FollowUpAnswer::mainId).orElse(submitted.id());
        Optional<ChosenFollowUp> next = next(mainId);
        if (submitted.mode() == Mode.MOCK) {
            return next.<Next>map(c -> ask(mainId, c, at)).orElse(new Debrief(mainId, Optional.empty()));
        }
        return new Debrief(mainId, next);
    }
}
