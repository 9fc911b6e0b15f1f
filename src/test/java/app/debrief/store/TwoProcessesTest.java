package app.debrief.store;

import app.debrief.bank.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real processes, really killed: a JVM saving drafts is killed with SIGKILL mid-stream, and two
 * JVMs write the same file at once. The children run with this JVM's java.home and class path.
 */
class TwoProcessesTest {

    @TempDir
    Path dir;

    Path db() {
        return dir.resolve("debrief.db");
    }

    Process child(String... args) throws IOException {
        return child(null, args);
    }

    Process child(Path out, String... args) throws IOException {
        return StoreWriterProcess.launch(dir, out, args);
    }

    static BufferedReader lines(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    @Test
    void killedWhileSavingDraftsTheLastCommittedDraftIsIntact() throws Exception {
        // Output goes to a file: destroying a process closes its pipes, and the last lines would be lost.
        Path out = dir.resolve("grow.out");
        Process p = child(out, "grow", db().toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lastSaved(out) < 300) {
            assertThat(p.isAlive()).as("child still saving: %s", errors()).isTrue();
            assertThat(System.nanoTime()).as("300 saves within a minute").isLessThan(deadline);
            Thread.sleep(10);
        }
        p.destroyForcibly();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        int reported = lastSaved(out);
        long attemptId = Long.parseLong(Files.readAllLines(out).get(0).substring("attempt ".length()));
        AttemptStore.Opened opened = AttemptStore.open(db());
        try (AttemptStore store = opened.store()) {
            assertThat(opened.notice()).as("the file is not taken for damaged").isEmpty();
            Attempt a = store.latestUnfinished().orElseThrow();
            assertThat(a.id()).isEqualTo(attemptId);
            int saved = a.answer().split("\n").length;
            assertThat(saved).as("every reported save survived").isGreaterThanOrEqualTo(reported);
            assertThat(a.answer()).as("a whole draft, never a torn one").isEqualTo(StoreWriterProcess.draftText(saved));
            assertThat(a.elapsedMillis()).as("the clock saved with the same draft").isEqualTo(saved * 10L);
        }
        assertThat(RawSqlite.text(db(), "PRAGMA integrity_check")).isEqualTo("ok");
    }

    static int lastSaved(Path out) throws IOException {
        return StoreWriterProcess.lastSaved(out);
    }

    @Test
    void twoProcessesWritingAtOnceLoseNothing() throws Exception {
        int count = 120;
        AttemptStore.open(db()).store().close();
        Path go = dir.resolve("go");
        Process a = child("write", db().toString(), "A", String.valueOf(count), go.toString());
        Process b = child("write", db().toString(), "B", String.valueOf(count), go.toString());
        try (BufferedReader outA = lines(a); BufferedReader outB = lines(b)) {
            assertThat(outA.readLine()).isEqualTo("ready");
            assertThat(outB.readLine()).isEqualTo("ready");
            Files.createFile(go);
            assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(a.exitValue()).as(errors()).isZero();
            assertThat(b.exitValue()).as(errors()).isZero();
            assertThat(outA.readLine()).isEqualTo("done");
            assertThat(outB.readLine()).isEqualTo("done");
        }
        try (AttemptStore store = AttemptStore.open(db()).store()) {
            HistoryPage all = store.history(HistoryQuery.newest(1000).withTrack(Track.PM));
            assertThat(all.total()).isEqualTo(2 * count);
            assertThat(all.attempts()).allSatisfy(s -> assertThat(s.status()).isEqualTo(AttemptStatus.SUBMITTED));
            for (AttemptSummary s : all.attempts()) {
                String who = s.promptId().endsWith("-a") ? "A" : "B";
                assertThat(store.attempt(s.id()).orElseThrow().answer()).matches(who + " \\d+ final");
                assertThat(store.grades(s.id())).singleElement().satisfies(g -> assertThat(g.note()).startsWith(who + " note "));
                assertThat(store.feedback(s.id())).isPresent();
            }
            assertThat(store.search("note", 0, 1000)).hasSize(2 * count);
        }
        assertThat(RawSqlite.text(db(), "PRAGMA integrity_check")).isEqualTo("ok");
    }

    String errors() {
        try (var files = Files.list(dir)) {
            StringBuilder s = new StringBuilder();
            for (Path f : files.filter(f -> f.toString().endsWith(".err")).toList()) {
                s.append(Files.readString(f));
            }
            return s.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
