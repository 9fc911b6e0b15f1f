package app.debrief.store;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A second JVM for the crash and two-window tests. {@code grow DB}: saves an ever longer draft
 * through a DraftAutosaver every couple of milliseconds, printing "saved N" after each commit,
 * until it is killed. {@code write DB NAME COUNT GOFILE}: waits for GOFILE, then starts, drafts,
 * submits and grades COUNT attempts, printing "done" at the end.
 */
public final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    /** Draft number {@code n}: n numbered lines, so any saved draft tells which one it was. */
    static String draftText(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("line ").append(i).append(" of the answer, latency p95 under 300 ms\n");
        }
        return s.toString();
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        try (AttemptStore store = AttemptStore.open(db).store()) {
            if (args[0].equals("grow")) {
                grow(store);
            } else {
                write(store, args[2], Integer.parseInt(args[3]), Path.of(args[4]));
            }
        }
    }

    private static void grow(AttemptStore store) throws Exception {
        Attempt attempt = store.start(Fixtures.pmPrompt(), Mode.PRACTICE, Instant.now());
        System.out.println("attempt " + attempt.id());
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        DraftAutosaver saver = new DraftAutosaver(store, attempt.id(), executor,
                new DraftAutosaver.Timing(Duration.ofMillis(1), Duration.ofMillis(1)), Clock.systemUTC(), status -> { });
        for (int n = 1; ; n++) {
            saver.changed(new Draft(attempt.id(), draftText(n), n * 10L, List.of(new PhaseTime("Design", n * 10L))));
            SaveStatus status = saver.flush().join();
            if (!(status instanceof SaveStatus.Saved)) {
                System.out.println("failed " + status);
                System.exit(3);
            }
            System.out.println("saved " + n);
            Thread.sleep(2);
        }
    }

    private static void write(AttemptStore store, String name, int count, Path go) throws Exception {
        Prompt prompt = Fixtures.prompt("pm-" + name.toLowerCase(), Track.PM, "system-design");
        System.out.println("ready");
        while (!Files.exists(go)) {
            Thread.sleep(1);
        }
        Instant t = Instant.now();
        for (int i = 0; i < count; i++) {
            Attempt a = store.start(prompt, Mode.PRACTICE, t);
            for (int d = 1; d <= 3; d++) {
                store.saveDraft(Fixtures.draft(a.id(), name + " " + i + " draft " + d, d), t);
            }
            store.submit(Fixtures.draft(a.id(), name + " " + i + " final", 99), Fixtures.feedback(prompt, "role-drift"), t);
            store.saveGrades(a.id(), List.of(new SelfGrade(GradeItem.MISTAKE, "role-drift", 3, name + " note " + i)));
        }
        System.out.println("done");
    }
}
