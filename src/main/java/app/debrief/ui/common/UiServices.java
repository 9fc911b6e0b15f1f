package app.debrief.ui.common;

import app.debrief.bank.PromptBank;
import app.debrief.content.ContentProblem;
import app.debrief.rubric.Rubric;
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
 * including every use of the store.
 */
public record UiServices(PromptBank bank, Rubric rubric, RubricChecker checker, StoreHandle storeHandle,
                         Clock clock, ZoneId zone, UiExecutor executor, ScheduledExecutorService saver,
                         List<ContentProblem> contentProblems) {
    public UiServices {
        contentProblems = List.copyOf(contentProblems);
    }

    /** The store, opened on first use; call it from background work only. */
    public AttemptStore store() {
        return storeHandle.get();
    }

    public Optional<String> storeNotice() {
        return storeHandle.notice();
    }
}
