package app.debrief.store;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.env.DataDirectory;
import app.debrief.practice.Interviewer;
import app.debrief.rubric.CheckContext;
import app.debrief.wiring.Composition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A second JVM for the crash and two-window tests. {@code grow DB}: saves an ever longer draft
 * through a DraftAutosaver every couple of milliseconds, printing "saved N" after each commit,
 * until it is killed. {@code grow-follow-up DB}: the same for the answer to a follow-up, asked as
 * the app asks it after a mock answer to the batch-inference prompt (the bank and the checker of
 * the data folder DB is in). {@code write DB NAME COUNT GOFILE}: waits for GOFILE, then starts,
 * drafts, submits and grades COUNT attempts, printing "done" at the end.
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

    /**
     * Starts this class in a JVM of its own, with this JVM's java.home and class path; its standard
     * error goes to a file in {@code dir}, its output to {@code out} (or a pipe when null: destroying a
     * process closes its pipes, so a killed child's last lines are read from a file).
     */
    public static Process launch(Path dir, Path out, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreWriterProcess.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(dir.resolve("child-" + args[0] + "-" + System.nanoTime() + ".err").toFile());
        if (out != null) {
            builder.redirectOutput(out.toFile());
        }
        return builder.start();
    }

    /** The highest "saved N" among the complete lines a child has written to {@code out} so far. */
    public static int lastSaved(Path out) throws IOException {
        if (!Files.exists(out)) {
            return 0;
        }
        String text = Files.readString(out);
        int last = 0;
        for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
            if (line.startsWith("saved ")) {
                last = Integer.parseInt(line.substring("saved ".length()));
            }
        }
        return last;
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        try (AttemptStore store = AttemptStore.open(db).store()) {
            if (args[0].equals("grow")) {
                grow(store, store.start(Fixtures.pmPrompt(), Mode.PRACTICE, Instant.now()));
            } else if (args[0].equals("grow-follow-up")) {
                grow(store, followUp(store, db.getParent()));
            } else {
                write(store, args[2], Integer.parseInt(args[3]), Path.of(args[4]));
            }
        }
    }

    /** A mock answer without unit economics, handed in: the follow-up the interviewer then asks, its answer started. */
    private static Attempt followUp(AttemptStore store, Path dataDir) {
        Composition app = new Composition(new DataDirectory(dataDir, "test"));
        Prompt batch = app.bank().bank().byId("pm-sd-batch-inference-api").orElseThrow();
        String answer = "Developers upload a JSONL file and poll the job id; batch work fills idle GPUs overnight.";
        Attempt main = store.start(batch, Mode.MOCK, Instant.now());
        main = store.submit(new Draft(main.id(), answer, 30 * 60_000L, List.of()), app.checker().check(answer, CheckContext.of(batch)),
                Instant.now());
        return ((Interviewer.Ask) new Interviewer(store).afterHandIn(main, Instant.now())).attempt();
    }

    private static void grow(AttemptStore store, Attempt attempt) throws Exception {
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
