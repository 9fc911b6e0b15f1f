package app.debrief.bench;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStatus;
import app.debrief.store.AttemptStore;
import app.debrief.store.ExportedAttempt;
import app.debrief.store.Fixtures;
import app.debrief.store.GradeItem;
import app.debrief.store.HistoryPage;
import app.debrief.store.HistoryQuery;
import app.debrief.store.SearchHit;
import app.debrief.store.SelfGrade;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A history of 10,000 submitted attempts (answers of 300 to 900 words cut from the checker's
 * corpus, a third of them graded with notes): the newest 100 for the history screen (with the
 * total count), and a full-text search, best 20 matches with snippets, for a common and a rarer
 * query. Setup also prints how long opening the file takes (quick_check included).
 * Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench=HistoryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryBenchmark {

    static final int ATTEMPTS = 10_000;

    Path dir;
    AttemptStore store;

    @Setup
    public void setUp() throws IOException, URISyntaxException {
        dir = Files.createTempDirectory("debrief-history-bench");
        Path file = dir.resolve("debrief.db");
        String[] words = CheckerBenchmark.answerOf(6_000).split("(?<=\\s)(?=\\S)");
        Prompt[] prompts = {Fixtures.pmPrompt(), Fixtures.prompt("pm-to-batch", Track.PM, "tradeoff"),
                Fixtures.prompt("pmm-bc-bedrock", Track.PMM, "battle-card")};
        Random random = new Random(42);
        Instant t0 = Instant.parse("2024-01-01T08:00:00Z");
        List<ExportedAttempt> all = new ArrayList<>(ATTEMPTS);
        for (int i = 0; i < ATTEMPTS; i++) {
            int length = 300 + random.nextInt(600);
            int from = random.nextInt(words.length - length);
            String answer = String.join("", java.util.Arrays.asList(words).subList(from, from + length));
            Prompt p = prompts[i % prompts.length];
            Instant started = t0.plusSeconds(3_600L * i);
            Attempt a = new Attempt(0, p, app.debrief.store.Mode.PRACTICE, AttemptStatus.SUBMITTED, started,
                    Optional.of(started.plusSeconds(900)), 840_000, List.of(), answer, 0, started.plusSeconds(900));
            List<SelfGrade> grades = i % 3 == 0
                    ? List.of(new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 1 + random.nextInt(4), "note " + i + " on latency and brand"))
                    : List.of();
            String[] flagged = random.nextBoolean() ? new String[]{"marketing-fluff"} : new String[]{"ignores-enterprise", "role-drift"};
            all.add(new ExportedAttempt(UUID.randomUUID().toString(), a, Optional.of(Fixtures.feedback(p, flagged)), grades));
        }
        try (AttemptStore filling = AttemptStore.open(file).store()) {
            filling.importAttempts(all);
        }
        long before = System.nanoTime();
        store = AttemptStore.open(file).store();
        System.err.printf("%nopening %d attempts (%d MB, quick_check included): %d ms%n", ATTEMPTS,
                Files.size(file) / (1024 * 1024), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before));
    }

    @Benchmark
    public HistoryPage newest100() {
        return store.history(HistoryQuery.newest(100));
    }

    /** A word found in most answers, and three less common ones. */
    @State(Scope.Benchmark)
    public static class Query {
        @Param({"latency", "open weights licence"})
        String text;
    }

    @Benchmark
    public List<SearchHit> search(Query query) {
        return store.search(query.text, 0, 20);
    }

    @TearDown
    public void tearDown() throws IOException {
        store.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
