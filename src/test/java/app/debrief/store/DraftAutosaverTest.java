package app.debrief.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static app.debrief.store.Fixtures.T0;
import static app.debrief.store.Fixtures.draft;
import static app.debrief.store.Fixtures.pmPrompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The draft is saved as it is typed, on a driven clock: when, how often, and what happens when the disk says no. */
class DraftAutosaverTest {

    static final Duration DEBOUNCE = Duration.ofMillis(500);
    static final Duration MAX_WAIT = Duration.ofMillis(900);
    static final DraftAutosaver.Timing TIMING = new DraftAutosaver.Timing(DEBOUNCE, MAX_WAIT);

    @TempDir
    Path dir;
    AttemptStore store;
    Attempt attempt;
    ManualScheduler scheduler = new ManualScheduler(T0);
    List<SaveStatus> reports = new CopyOnWriteArrayList<>();
    DraftAutosaver saver;

    @BeforeEach
    void open() {
        store = AttemptStore.open(dir.resolve("debrief.db")).store();
        attempt = store.start(pmPrompt(), Mode.PRACTICE, T0);
        saver = new DraftAutosaver(store, attempt.id(), scheduler, TIMING, scheduler.clock(), reports::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    String stored() {
        return store.attempt(attempt.id()).orElseThrow().answer();
    }

    @Test
    void aChangeIsSavedOneDebounceAfterTheLastChangeAndNotBefore() {
        saver.changed(draft(attempt.id(), "We", 1_000));
        scheduler.advance(Duration.ofMillis(300));
        saver.changed(draft(attempt.id(), "We will", 1_300));
        scheduler.advance(Duration.ofMillis(499));
        assertThat(stored()).isEmpty();
        assertThat(reports).isEmpty();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(stored()).isEqualTo("We will");
        assertThat(reports).containsExactly(new SaveStatus.Saved(T0.plusMillis(800)));
        assertThat(store.attempt(attempt.id()).orElseThrow().elapsedMillis()).isEqualTo(1_300);
    }

    @Test
    void typingThatNeverPausesIsSavedAtTheLatestOneMaxWaitAfterItsFirstUnsavedKey() {
        // A key every 20 ms (50 a second) for 10 s: the debounce alone would never save.
        StringBuilder text = new StringBuilder();
        long oldestUnsaved = -1;
        long worst = 0;
        for (int i = 0; i < 500; i++) {
            text.append(i % 5 == 4 ? ' ' : 'x');
            saver.changed(draft(attempt.id(), text.toString(), i * 20L));
            oldestUnsaved = oldestUnsaved < 0 ? i * 20L : oldestUnsaved;
            scheduler.advance(Duration.ofMillis(20));
            if (stored().length() == text.length()) {
                oldestUnsaved = -1;
            } else {
                worst = Math.max(worst, (i + 1) * 20L - oldestUnsaved);
            }
        }
        assertThat(worst).as("the longest time a typed key waited to be saved, in ms").isLessThanOrEqualTo(MAX_WAIT.toMillis());
        assertThat(reports).as("about one save per max wait").hasSizeBetween(10, 12)
                .allSatisfy(r -> assertThat(r).isInstanceOf(SaveStatus.Saved.class));
    }

    @Test
    void flushSavesAtOnceAndCancelsTheDebouncedSave() {
        saver.changed(draft(attempt.id(), "leaving the window", 2_000));
        CompletableFuture<SaveStatus> flushed = saver.flush();
        assertThat(flushed).as("flush returns before the save runs").isNotDone();
        scheduler.runDue();
        assertThat(flushed).isCompletedWithValue(new SaveStatus.Saved(T0));
        assertThat(stored()).isEqualTo("leaving the window");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(reports).hasSize(1);
        assertThat(scheduler.waiting()).as("only the claim's renewal, no save").isEqualTo(1);
    }

    @Test
    void aFlushWithNothingToSaveNeverClaimsASave() {
        CompletableFuture<SaveStatus> flushed = saver.flush();
        scheduler.runDue();
        assertThat(flushed).isCompletedWithValue(new SaveStatus.Unchanged());
        assertThat(reports).isEmpty();
    }

    @Test
    void aDraftTakenOverByAnotherWindowIsNeverReportedSavedAndTheRenewalNoticesWithoutAKey() {
        saver.changed(draft(attempt.id(), "mine", 1_000));
        scheduler.advance(DEBOUNCE);
        try (AttemptStore other = AttemptStore.open(dir.resolve("debrief.db")).store()) {
            assertThat(other.claimDraft(attempt.id(), true, T0.plusSeconds(1))).isInstanceOf(DraftClaim.Claimed.class);
            scheduler.advance(DraftOwners.RENEW_EVERY);
            assertThat(reports).containsExactly(new SaveStatus.Saved(T0.plus(DEBOUNCE)), new SaveStatus.Refused(DraftWrite.TAKEN_OVER));
            saver.changed(draft(attempt.id(), "mine, typed after the take-over", 5_000));
            scheduler.advance(MAX_WAIT);
            CompletableFuture<SaveStatus> flushed = saver.flush();
            scheduler.runDue();
            assertThat(flushed).isCompletedWithValue(new SaveStatus.Refused(DraftWrite.TAKEN_OVER));
            assertThat(reports).as("nothing more was tried").hasSize(2);
            assertThat(stored()).isEqualTo("mine");
        }
    }

    @Test
    void aSaveForAnAttemptDiscardedElsewhereIsRefusedNotSaved() {
        saver.changed(draft(attempt.id(), "first words", 1_000));
        scheduler.advance(DEBOUNCE);
        try (AttemptStore other = AttemptStore.open(dir.resolve("debrief.db")).store()) {
            other.discard(attempt.id(), T0.plusSeconds(1));
        }
        saver.changed(draft(attempt.id(), "first words and more", 2_000));
        scheduler.advance(DEBOUNCE);
        assertThat(reports).last().isEqualTo(new SaveStatus.Refused(DraftWrite.CLOSED));
        assertThat(saver.lastStatus()).isEqualTo(new SaveStatus.Refused(DraftWrite.CLOSED));
        store.restore(attempt.id());
        assertThat(stored()).as("the discarded draft, brought back, holds what was saved before").isEqualTo("first words");
    }

    @Test
    void finishingLetsGoOfTheClaimSoAnotherWindowGetsItAtOnce() {
        saver.changed(draft(attempt.id(), "kept for later", 1_000));
        CompletableFuture<SaveStatus> finished = saver.finish();
        scheduler.runDue();
        assertThat(finished).isCompletedWithValue(new SaveStatus.Saved(T0));
        assertThat(scheduler.waiting()).as("no renewal left behind").isZero();
        try (AttemptStore other = AttemptStore.open(dir.resolve("debrief.db")).store()) {
            assertThat(other.claimDraft(attempt.id(), false, T0.plusSeconds(1))).isInstanceOfSatisfying(DraftClaim.Claimed.class,
                    c -> assertThat(c.attempt().answer()).isEqualTo("kept for later"));
        }
    }

    @Test
    void aFailedSaveKeepsTheDraftInMemoryNamesTheFolderAndIsRetried() {
        saver.changed(draft(attempt.id(), "saved", 1_000));
        scheduler.advance(DEBOUNCE);
        store.capSize(true);
        Draft big = draft(attempt.id(), "a long answer ".repeat(4_000), 2_000);
        saver.changed(big);
        scheduler.advance(DEBOUNCE);
        assertThat(reports.get(1)).isInstanceOfSatisfying(SaveStatus.Failed.class, failed -> {
            assertThat(failed.unsaved()).isEqualTo(big);
            assertThat(failed.message()).contains(dir.toString()).contains("full");
        });
        assertThat(saver.lastStatus()).isInstanceOf(SaveStatus.Failed.class);
        assertThat(stored()).isEqualTo("saved");
        store.capSize(false);
        CompletableFuture<SaveStatus> retried = saver.flush();
        scheduler.runDue();
        assertThat(retried.join()).isInstanceOf(SaveStatus.Saved.class);
        assertThat(stored()).isEqualTo(big.answer());
    }

    @Test
    void aFailedSaveIsTriedAgainByItselfWhenNoKeyFollows() {
        store.capSize(true);
        saver.changed(draft(attempt.id(), "written while the disk is full ".repeat(500), 1_000));
        scheduler.advance(DEBOUNCE);
        assertThat(reports).singleElement().isInstanceOf(SaveStatus.Failed.class);
        scheduler.advance(DraftAutosaver.RETRY_AFTER);
        assertThat(reports).as("tried again, and again until it works").hasSize(2).last().isInstanceOf(SaveStatus.Failed.class);
        store.capSize(false);
        scheduler.advance(DraftAutosaver.RETRY_AFTER);
        assertThat(reports).last().isInstanceOf(SaveStatus.Saved.class);
        assertThat(stored()).startsWith("written while the disk is full");
    }

    @Test
    void aNewerDraftWinsOverOneThatFailed() {
        store.capSize(true);
        saver.changed(draft(attempt.id(), "x ".repeat(20_000), 1_000));
        scheduler.advance(DEBOUNCE);
        store.capSize(false);
        saver.changed(draft(attempt.id(), "newer", 2_000));
        scheduler.advance(DEBOUNCE);
        assertThat(stored()).isEqualTo("newer");
        assertThat(reports).last().isInstanceOf(SaveStatus.Saved.class);
    }

    @Test
    void theCallerNeverWaitsEvenWhileAnotherWindowHoldsTheFile() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        DraftAutosaver real = new DraftAutosaver(store, attempt.id(), executor, TIMING, java.time.Clock.systemUTC(), reports::add);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("debrief.db"));
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            long before = System.nanoTime();
            real.changed(draft(attempt.id(), "typed while locked", 1_000));
            CompletableFuture<SaveStatus> flushed = real.flush();
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
            assertThat(tookMillis).as("changed() and flush() return at once").isLessThan(200);
            assertThat(flushed).isNotDone();
            s.execute("ROLLBACK");
            assertThat(flushed.get(10, TimeUnit.SECONDS)).isInstanceOf(SaveStatus.Saved.class);
        } finally {
            real.close();
            executor.shutdownNow();
        }
        assertThat(stored()).isEqualTo("typed while locked");
    }

    @Test
    void closeSavesTheLastDraftAndRefusesMore() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            DraftAutosaver real = new DraftAutosaver(store, attempt.id(), executor, TIMING, java.time.Clock.systemUTC(), reports::add);
            real.changed(draft(attempt.id(), "closing the window", 1_000));
            real.close();
            assertThat(stored()).isEqualTo("closing the window");
            assertThatThrownBy(() -> real.changed(draft(attempt.id(), "too late", 2_000))).isInstanceOf(IllegalStateException.class);
        } finally {
            executor.shutdownNow();
        }
    }
}
