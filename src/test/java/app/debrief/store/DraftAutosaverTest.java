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
        saver = new DraftAutosaver(store, scheduler, DEBOUNCE, scheduler.clock(), reports::add);
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
    void typingWithoutAPauseStillSavesEveryFewDebouncePeriods() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("word ");
            saver.changed(draft(attempt.id(), text.toString(), i * 100L));
            scheduler.advance(Duration.ofMillis(100));
        }
        assertThat(reports).as("5 s of typing, a save at least every %d ms", DEBOUNCE.toMillis() * DraftAutosaver.MAX_DEFERRALS)
                .hasSizeGreaterThanOrEqualTo(2);
        int changesIn2Seconds = 20;
        assertThat(stored().length()).as("at most 2 s of typing is unsaved")
                .isGreaterThanOrEqualTo(text.length() - "word ".length() * changesIn2Seconds);
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
        assertThat(scheduler.waiting()).isZero();
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
        DraftAutosaver real = new DraftAutosaver(store, executor, DEBOUNCE, java.time.Clock.systemUTC(), reports::add);
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
            DraftAutosaver real = new DraftAutosaver(store, executor, DEBOUNCE, java.time.Clock.systemUTC(), reports::add);
            real.changed(draft(attempt.id(), "closing the window", 1_000));
            real.close();
            assertThat(stored()).isEqualTo("closing the window");
            assertThatThrownBy(() -> real.changed(draft(attempt.id(), "too late", 2_000))).isInstanceOf(IllegalStateException.class);
        } finally {
            executor.shutdownNow();
        }
    }
}
