package app.debrief.bench;

import app.debrief.store.Attempt;
import app.debrief.store.AttemptStore;
import app.debrief.store.Draft;
import app.debrief.store.DraftAutosaver;
import app.debrief.store.Fixtures;
import app.debrief.store.ManualScheduler;
import app.debrief.store.PhaseTime;
import app.debrief.store.SaveStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One save of a 5 KB draft, timed save by save in a loop (JMH's sample mode: median and p99 over
 * thousands of saves each, N in the output). Single-shot mode was tried first and measures JMH's
 * own pause between calls more than the save (a bare UPDATE came out at 130 µs):
 * <ul>
 * <li>{@code autosaveWritePath}: {@code changed} then {@code flush} on DraftAutosaver, its save
 *     run on this thread by a driven scheduler: everything the autosaver does per save (take the
 *     newest draft, count words, one UPDATE transaction, report) except the hop to its thread;</li>
 * <li>{@code autosaveOnItsThread}: the same with a real executor, waiting for the save, hop included;</li>
 * <li>{@code bareUpdate}: a plain JDBC UPDATE of the same row, for scale, with SQLite's default
 *     checkpoint interval (1,000 pages);</li>
 * <li>{@code bareUpdateStoreCheckpoints}: the same with the store's checkpoint interval (10,000 pages),
 *     to tell the cost of the write path from the cost of checkpoints.</li>
 * </ul>
 * All run on the same file (WAL, synchronous=NORMAL) and the same row.
 * Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench=AutosaveBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AutosaveBenchmark {

    Path dir;
    AttemptStore store;
    Attempt attempt;
    ManualScheduler scheduler;
    DraftAutosaver drivenSaver;
    ScheduledExecutorService executor;
    DraftAutosaver threadSaver;
    Connection bare;
    PreparedStatement update;
    Connection bareLikeStore;
    PreparedStatement updateLikeStore;
    Draft[] drafts;
    int next;

    @Setup
    public void setUp() throws IOException, URISyntaxException, SQLException {
        dir = Files.createTempDirectory("debrief-autosave-bench");
        store = AttemptStore.open(dir.resolve("debrief.db")).store();
        attempt = store.start(Fixtures.pmPrompt(), app.debrief.store.Mode.PRACTICE, Instant.now());
        String text = CheckerBenchmark.answerOf(2_000);
        drafts = new Draft[16];
        for (int i = 0; i < drafts.length; i++) {
            // 5 KB each, and each one different, as typing makes them.
            String answer = text.substring(i * 64, i * 64 + 5 * 1024);
            drafts[i] = new Draft(attempt.id(), answer, 60_000L + i, List.of(new PhaseTime("Clarify", 60_000), new PhaseTime("Design", i)));
        }
        scheduler = new ManualScheduler(Instant.now());
        DraftAutosaver.Timing timing = new DraftAutosaver.Timing(Duration.ofMillis(400), Duration.ofMillis(700));
        drivenSaver = new DraftAutosaver(store, attempt.id(), scheduler, timing, scheduler.clock(), status -> { });
        executor = Executors.newSingleThreadScheduledExecutor();
        threadSaver = new DraftAutosaver(store, attempt.id(), executor, timing, java.time.Clock.systemUTC(), status -> { });
        bare = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("debrief.db"));
        try (Statement s = bare.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
        }
        update = bare.prepareStatement("UPDATE attempts SET answer = ?, updated_at = ? WHERE id = ?");
        bareLikeStore = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("debrief.db"));
        try (Statement s = bareLikeStore.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA wal_autocheckpoint = 10000");
            s.execute("PRAGMA journal_size_limit = 16777216");
        }
        updateLikeStore = bareLikeStore.prepareStatement("UPDATE attempts SET answer = ?, updated_at = ? WHERE id = ?");
    }

    Draft nextDraft() {
        next = (next + 1) % drafts.length;
        return drafts[next];
    }

    @Benchmark
    public SaveStatus autosaveWritePath() {
        drivenSaver.changed(nextDraft());
        CompletableFuture<SaveStatus> saved = drivenSaver.flush();
        scheduler.runDue();
        return saved.join();
    }

    @Benchmark
    public SaveStatus autosaveOnItsThread() {
        threadSaver.changed(nextDraft());
        return threadSaver.flush().join();
    }

    @Benchmark
    public int bareUpdate() throws SQLException {
        return save(update);
    }

    @Benchmark
    public int bareUpdateStoreCheckpoints() throws SQLException {
        return save(updateLikeStore);
    }

    private int save(PreparedStatement statement) throws SQLException {
        Draft d = nextDraft();
        statement.setString(1, d.answer());
        statement.setLong(2, System.currentTimeMillis());
        statement.setLong(3, d.attemptId());
        return statement.executeUpdate();
    }

    @TearDown
    public void tearDown() throws SQLException, IOException {
        threadSaver.close();
        executor.shutdownNow();
        update.close();
        bare.close();
        updateLikeStore.close();
        bareLikeStore.close();
        store.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
