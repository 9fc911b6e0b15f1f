package app.debrief.bench;

import app.debrief.review.AttemptComparer;
import app.debrief.review.WordDiff;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The side-by-side diff on two 5,000-word answers: a revision (one word in twenty changed, a
 * paragraph moved), two unrelated answers (the worst case for Myers' diff alone), and the worst
 * that still reaches Myers' diff: two stretches of 1,999 words with no word that occurs once. Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench=WordDiffBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class WordDiffBenchmark {

    public static final int WORDS = 5_000;

    String answer;
    String revised;
    String unrelated;
    String repetitiveOlder;
    String repetitiveNewer;

    @Setup
    public void setUp() throws Exception {
        answer = CheckerBenchmark.answerOf("pm", WORDS);
        revised = revise(answer, 20, 7);
        unrelated = CheckerBenchmark.answerOf("pmm", WORDS);
        repetitiveOlder = repetitive(1_999, 1);
        repetitiveNewer = repetitive(1_999, 2);
    }

    /** Words drawn from twenty, so no word occurs once: nothing anchors and Myers' diff gets the longest stretch it takes. */
    static String repetitive(int words, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append("w").append(random.nextInt(20)).append(' ');
        }
        return text.toString();
    }

    /** One word in {@code every} replaced, and the second paragraph moved to the end. */
    public static String revise(String text, int every, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>(List.of(text.split("(?<=\\s)(?=\\S)")));
        for (int i = 0; i < words.size(); i++) {
            if (random.nextInt(every) == 0) {
                words.set(i, "changed" + i + " ");
            }
        }
        String joined = String.join("", words);
        String[] paragraphs = joined.split("\n\n", -1);
        List<String> moved = new ArrayList<>(List.of(paragraphs));
        moved.add(moved.remove(1));
        return String.join("\n\n", moved);
    }

    @Benchmark
    public WordDiff revision() {
        return AttemptComparer.diff(answer, revised);
    }

    @Benchmark
    public WordDiff unrelatedAnswers() {
        return AttemptComparer.diff(answer, unrelated);
    }

    @Benchmark
    public WordDiff noWordOccursOnce() {
        return AttemptComparer.diff(repetitiveOlder, repetitiveNewer);
    }
}
