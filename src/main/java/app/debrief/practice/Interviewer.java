package app.debrief.practice;

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
 * attempt, each chosen from the gaps left by the answer and by the follow-ups answered so far
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

    private final AttemptStore store;

    public Interviewer(AttemptStore store) {
        this.store = store;
    }

    /**
     * The follow-up to ask next after the submitted attempt {@code mainId}: empty once two were asked,
     * while one is still being answered, or when the prompt has none left.
     */
    public Optional<ChosenFollowUp> next(long mainId) {
        Attempt main = store.attempt(mainId).orElseThrow(() -> new IllegalStateException("attempt " + mainId + " is gone"));
        Optional<Feedback> feedback = store.feedback(mainId);
        List<FollowUpAnswer> asked = store.followUps().of(mainId);
        if (feedback.isEmpty() || asked.size() >= MOST_FOLLOW_UPS || asked.stream().anyMatch(f -> !f.answered())) {
            return Optional.empty();
        }
        List<AnswerGaps.Answered> answered = asked.stream().filter(f -> f.feedback().isPresent())
                .map(f -> new AnswerGaps.Answered(f.followUp().probes(), f.feedback().get())).toList();
        List<Gap> gaps = AnswerGaps.of(main.prompt(), feedback.get(), answered);
        return FollowUpChooser.choose(main.prompt(), gaps, asked.stream().map(f -> f.followUp().question()).toList());
    }

    /** Asks {@code chosen} after the attempt {@code mainId}: its answer starts, in the attempt's mode. */
    public Ask ask(long mainId, ChosenFollowUp chosen, Instant at) {
        Attempt started = store.followUps().ask(mainId, chosen.followUp(), chosen.reason(), at);
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
