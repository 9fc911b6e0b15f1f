package app.debrief.bench;

import app.debrief.bank.Prompt;
import app.debrief.env.DataDirectory;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.CheckContext;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStore;
import app.debrief.store.Draft;
import app.debrief.store.GradeItem;
import app.debrief.store.Mode;
import app.debrief.store.PhaseTime;
import app.debrief.store.SelfGrade;
import app.debrief.wiring.Composition;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a data folder with {@code N} attempts as the app makes them: every prompt of the bank in
 * turn, answers of 150 to 900 words cut from the checker's corpus, the real checker's feedback,
 * self-grades with notes, and one attempt in twenty left unfinished. For the import benchmark
 * ({@code src/bench/import.sh}), which exports them with the real jar and imports the file.
 * Usage: {@code SeedHistory DATA_DIR N}.
 */
public final class SeedHistory {

    private SeedHistory() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Composition app = new Composition(new DataDirectory(dir, "benchmark"));
        List<Prompt> prompts = app.bank().bank().all();
        String[] corpus = {CheckerBenchmark.answerOf("pm", 6_000), CheckerBenchmark.answerOf("pmm", 6_000)};
        Random random = new Random(42);
        Instant first = Instant.parse("2024-01-01T09:00:00Z");
        long started = System.nanoTime();
        try (AttemptStore store = AttemptStore.open(dir.resolve(DataDirectory.DATABASE)).store()) {
            for (int i = 0; i < count; i++) {
                Prompt p = prompts.get(i % prompts.size());
                String text = corpus[p.track().ordinal() % 2];
                int from = random.nextInt(text.length() / 2);
                String answer = text.substring(from, Math.min(text.length(), from + 1_000 + random.nextInt(5_000))).strip();
                Instant at = first.plus(Duration.ofHours(3L * i));
                long elapsed = (5 + random.nextInt(40)) * 60_000L;
                Attempt a = store.start(p, i % 4 == 0 ? Mode.MOCK : Mode.PRACTICE, at);
                Draft last = new Draft(a.id(), answer, elapsed, List.of(new PhaseTime("Clarify", elapsed / 4),
                        new PhaseTime("Design", elapsed - elapsed / 4)));
                if (i % 20 == 19) {
                    store.saveDraft(last, at.plusMillis(elapsed));
                    continue;
                }
                Feedback feedback = app.checker().check(answer, CheckContext.of(p));
                store.submit(last, feedback, at.plusMillis(elapsed));
                List<SelfGrade> grades = new ArrayList<>();
                feedback.mistakes().stream().filter(m -> m.applies()).forEach(m -> grades.add(new SelfGrade(GradeItem.MISTAKE,
                        m.id(), 1 + random.nextInt(4), random.nextInt(3) == 0 ? "remember the licence and the SLA" : "")));
                store.saveGrades(a.id(), grades);
            }
        }
        System.out.printf("seeded %,d attempts in %s in %.1f s%n", count, dir, (System.nanoTime() - started) / 1e9);
    }
}
