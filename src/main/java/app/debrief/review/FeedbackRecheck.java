package app.debrief.review;

import app.debrief.bank.FollowUpPrompt;
import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.rubric.CheckContext;
import app.debrief.rubric.RubricChecker;
import app.debrief.store.AttemptStore;
import app.debrief.store.StaleAnswer;

import java.util.List;
import java.util.Optional;

/**
 * Checks stored answers again when the checker has changed, so history, progress and the
 * practise-next queue compare like with like. An answer is checked against its prompt as the
 * bank has it today (same id, track and kind), so its talking points are read the way the new
 * checker reads them; a prompt no longer in the bank is checked as its snapshot stands. Follow-up
 * answers are checked again the same way, against the points their question probes. The work
 * comes in small batches, so it can share a thread with what the user is doing.
 */
public final class FeedbackRecheck {

    /** Answers per batch: a batch of 1,500-word answers takes well under a tenth of a second. */
    public static final int BATCH = 25;

    private final RubricChecker checker;
    private final PromptBank bank;

    public FeedbackRecheck(RubricChecker checker, PromptBank bank) {
        this.checker = checker;
        this.bank = bank;
    }

    /** How many stored answers another checker judged. */
    public int remaining(AttemptStore store) {
        return store.staleFeedbackCount(checker.version());
    }

    /** Checks the next batch again and stores the new feedback; returns how many it checked (0 when all are current). */
    public int step(AttemptStore store) {
        List<StaleAnswer> batch = store.staleAnswers(checker.version(), BATCH);
        for (StaleAnswer a : batch) {
            store.replaceFeedback(a.attemptId(), checker.check(a.answer(), CheckContext.of(current(a.prompt()))));
        }
        return batch.size();
    }

    public String checkerVersion() {
        return checker.version();
    }

    /** A follow-up's answer is checked against its question as the main prompt asks it today, with the probed points as the bank has them. */
    private Prompt current(Prompt snapshot) {
        Optional<Prompt> now = FollowUpPrompt.mainId(snapshot)
                .map(mainId -> bank.byId(mainId).flatMap(main -> FollowUpPrompt.again(snapshot, main)))
                .orElseGet(() -> bank.byId(snapshot.id()));
        return now.filter(p -> p.track() == snapshot.track() && p.kind().equals(snapshot.kind())).orElse(snapshot);
    }
}
