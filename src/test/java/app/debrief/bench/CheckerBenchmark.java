package app.debrief.bench;

import app.debrief.bank.Track;
import app.debrief.content.BundledContent;
import app.debrief.rubric.CheckContext;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.RubricChecker;
import app.debrief.rubric.RubricReader;
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

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Time to check a 1,500-word answer (for a track, and for a prompt with its talking points), beside
 * one plain regex pass over the same text (a keyword counter with every term of the rubric in one
 * alternation) and a bare word scan, for scale.
 * Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench=CheckerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CheckerBenchmark {

    String answer;
    RubricChecker checker;
    Pattern keywords;
    CheckContext withPrompt;

    @Setup
    public void setUp() throws IOException, URISyntaxException {
        answer = answerOf(1500);
        var rubric = RubricReader.bundled();
        checker = new RubricChecker(rubric);
        String alternation = rubric.lexicons().values().stream()
                .flatMap(l -> l.terms().stream())
                .distinct()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        keywords = Pattern.compile("\\b(?:" + alternation + ")\\b", Pattern.CASE_INSENSITIVE);
        withPrompt = CheckContext.of(new app.debrief.bank.PromptBankLoader(rubric.kinds()).load(BundledContent.packs()).bank()
                .byId("pm-sd-streaming-responses").orElseThrow());
    }

    /** The first words of the PM corpus answers, in file order. */
    static String answerOf(int words) throws IOException, URISyntaxException {
        return answerOf("pm", words);
    }

    /** The first {@code words} words of one track's corpus answers ("pm", "pmm"), in file order, spacing kept. */
    public static String answerOf(String track, int words) throws IOException, URISyntaxException {
        Path corpus = Path.of(CheckerBenchmark.class.getResource("/corpus/README.md").toURI()).getParent().resolve(track);
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.sorted().toList()) {
                String content = Files.readString(f);
                text.append(content.substring(content.indexOf("\n---\n") + 5)).append("\n\n");
            }
        }
        List<String> all = List.of(text.toString().split("(?<=\\s)(?=\\S)"));
        return String.join("", all.subList(0, words));
    }

    @Benchmark
    public Feedback check() {
        return checker.check(answer, CheckContext.of(Track.PM, "system-design"));
    }

    /** The path the app takes after hand-in: the mistakes and the prompt's talking points. */
    @Benchmark
    public Feedback checkWithTalkingPoints() {
        return checker.check(answer, withPrompt);
    }

    /** The floor: one pass that only finds the words. */
    @Benchmark
    public int wordScan() {
        Matcher m = WORD.matcher(answer);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static final Pattern WORD = Pattern.compile("\\b\\w+\\b");

    @Benchmark
    public int plainRegexPass() {
        Matcher m = keywords.matcher(answer);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
