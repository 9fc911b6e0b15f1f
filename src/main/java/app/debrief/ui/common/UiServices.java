package app.debrief.ui.common;

import app.debrief.bank.PromptBank;
import app.debrief.content.ContentProblem;
import app.debrief.loop.LoopServices;
import app.debrief.rubric.Rubric;
import app.debrief.review.FeedbackRecheck;
import app.debrief.rubric.RubricChecker;
import app.debrief.store.AttemptStore;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the screens need, built once by the app at start-up (or by a test) and passed in.
 * {@code saver} runs draft saves; {@code executor} runs everything else that may block,
 * including every use of the store; {@code recheck} reports past answers being checked again
 * after the checker changed; {@code loops} are the interview loops and their committee.
 */
public record UiServices(PromptBank bank, Rubric rubric, RubricChecker checker, StoreHandle storeHandle,
                         Clock clock, ZoneId zone, UiExecutor executor, ScheduledExecutorService saver,
                         List<ContentProblem> contentProblems, RecheckStatus recheck, LoopServices loops) {
    public UiServices {
        contentProblems = List.copyOf(contentProblems);
    }

    /** With the bundled loops only; the app adds the user's with {@link #withLoops}. */
    public UiServices(PromptBank bank, Rubric rubric, RubricChecker checker, StoreHandle storeHandle, Clock clock, ZoneId zone,
                      UiExecutor executor, ScheduledExecutorService saver, List<ContentProblem> contentProblems) {
        this(bank, rubric, checker, storeHandle, clock, zone, executor, saver, contentProblems, new RecheckStatus(),
                LoopServices.bundled(bank, rubric));
    }

    public UiServices withLoops(LoopServices value) {
        return new UiServices(bank, rubric, checker, storeHandle, clock, zone, executor, saver, contentProblems, recheck, value);
    }

    /** Checks past answers again in the background if the checker has changed since they were judged. */
    public void recheckPastAnswers() {
        recheck.start(this, new FeedbackRecheck(checker, bank));
    }

    /** The store, opened on first use; call it from background work only. */
    public AttemptStore store() {
        return storeHandle.get();
    }

    public Optional<String> storeNotice() {
        return storeHandle.notice();
    }
}
