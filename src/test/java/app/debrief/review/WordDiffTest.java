package app.debrief.review;

import app.debrief.bench.CheckerBenchmark;
import app.debrief.bench.WordDiffBenchmark;
import app.debrief.review.WordDiff.Change;
import app.debrief.review.WordDiff.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class WordDiffTest {

    /** SAME as is, REMOVED as [-…-], ADDED as {+…+}: one line shows the whole diff. */
    static String marked(WordDiff diff) {
        return diff.segments().stream().map(s -> switch (s.change()) {
            case SAME -> s.text();
            case REMOVED -> "[-" + s.text() + "-]";
            case ADDED -> "{+" + s.text() + "+}";
        }).collect(Collectors.joining());
    }

    static void assertRebuildsBoth(WordDiff diff, String older, String newer) {
        assertThat(diff.older()).isEqualTo(older);
        assertThat(diff.newer()).isEqualTo(newer);
        for (int k = 1; k < diff.segments().size(); k++) {
            Segment before = diff.segments().get(k - 1);
            Segment after = diff.segments().get(k);
            assertThat(after.change()).as("neighbours of one kind are merged").isNotEqualTo(before.change());
            assertThat(before.change() == Change.ADDED && after.change() == Change.REMOVED).as("REMOVED comes before ADDED").isFalse();
        }
        assertThat(diff.segments()).allSatisfy(s -> assertThat(s.text()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the cache is fast             | the cache is quick            | the cache is [-fast-]{+quick+}
            cut latency                   | cut p95 latency               | cut {+p95 +}latency
            cut p95 latency               | cut latency                   | cut [-p95 -]latency
            latency, then cost.           | latency; then cost.           | latency[-,-]{+;+} then cost.
            (latency first)               | latency first                 | [-(-]latency first[-)-]
            don't ship it                 | do not ship it                | [-don't-]{+do not+} ship it
            same words                    | same words                    | same words
            ""                            | new answer                    | {+new answer+}
            old answer                    | ""                            | [-old answer-]
            a b                           | "a  b"                        | a[- -]{+  +}b
            " indented"                   | indented                      | [- -]indented
            one two three                 | three two one                 | [-one two -]three{+ two one+}
            ship 👩‍💻 today                | ship 👩‍🔬 today                | ship [-👩‍💻-]{+👩‍🔬+} today
            ship 👍🏽 now                  | ship 👍 now                   | ship [-👍🏽-]{+👍+} now
            flags 🇫🇷 and 🇩🇪              | flags 🇫🇷 and 🇮🇹              | flags 🇫🇷 and [-🇩🇪-]{+🇮🇹+}
            press #️⃣ then 1              | press #️⃣ then 2              | press #️⃣ then [-1-]{+2+}
            שלום עולם יפה                 | שלום עולם גדול                | שלום עולם [-יפה-]{+גדול+}
            مرحبا بالعالم الجميل          | مرحبا بالعالم                 | مرحبا بالعالم[- الجميل-]
            نموذج مفتوح                   | نموذجٌ مفتوح                  | [-نموذج-]{+نموذجٌ+} مفتوح
            latency ‏מהיר‏ wins          | latency ‏איטי‏ wins          | latency [-‏מהיר‏-]{+‏איטי‏+} wins
            """)
    void marksTheWordsThatChanged(String older, String newer, String expected) {
        WordDiff diff = AttemptComparer.diff(older, newer);
        assertThat(marked(diff)).isEqualTo(expected);
        assertRebuildsBoth(diff, older, newer);
    }

    @Test
    void lineBreaksAndTabsAreKeptAndOnlyChangedSpacingIsMarked() {
        String older = "First point.\n\nSecond point\twith a tab.\r\nEnd";
        String newer = "First point.\nSecond point with a tab.\r\nEnd\n";
        WordDiff diff = AttemptComparer.diff(older, newer);
        assertThat(marked(diff)).isEqualTo("First point.[-\n\n-]{+\n+}Second point[-\t-]{+ +}with a tab.\r\nEnd{+\n+}");
        assertRebuildsBoth(diff, older, newer);
    }

    @Test
    void identicalTextsHaveOneSameSegmentAndNoChange() {
        WordDiff diff = AttemptComparer.diff("Stream tokens as they come.", "Stream tokens as they come.");
        assertThat(diff.segments()).containsExactly(new Segment(Change.SAME, "Stream tokens as they come."));
        assertThat(diff.changed()).isFalse();
        assertThat(AttemptComparer.diff("", "").segments()).isEmpty();
    }

    @Test
    void randomEditsOfMixedScriptsAlwaysRebuildBothTexts() {
        String[] vocabulary = {"latency", "p95", "the", "a", "—", "“quoted”", "👩‍💻", "👍🏽", "🇫🇷", "#️⃣", "שלום", "עולם", "مرحبا",
                "نموذجٌ", "e\u0301", "(cost)", "tokens,", "\u200F", "\t", "\n", "  ", "Ω", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"};
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            String older = randomText(random, vocabulary, random.nextInt(60));
            String newer = edit(random, older, vocabulary);
            WordDiff diff = AttemptComparer.diff(older, newer);
            assertRebuildsBoth(diff, older, newer);
            for (Segment s : diff.segments()) {
                assertThat(Character.isLowSurrogate(s.text().charAt(0))).as("no segment starts inside a surrogate pair").isFalse();
                assertThat(Character.isHighSurrogate(s.text().charAt(s.text().length() - 1))).isFalse();
            }
        }
    }

    @Test
    void aRevisionOfALongAnswerMarksOnlyItsEdits() throws Exception {
        String answer = CheckerBenchmark.answerOf("pm", WordDiffBenchmark.WORDS);
        String revised = answer.replaceFirst("brand", "latency budget");
        WordDiff diff = AttemptComparer.diff(answer, revised);
        assertRebuildsBoth(diff, answer, revised);
        assertThat(diff.segments().stream().filter(s -> s.change() != Change.SAME)).extracting(Segment::text)
                .containsExactly("brand", "latency budget");
    }

    @Test
    void twoUnrelatedLongAnswersAreComparedQuicklyAndExactly() throws Exception {
        String pm = CheckerBenchmark.answerOf("pm", WordDiffBenchmark.WORDS);
        String pmm = CheckerBenchmark.answerOf("pmm", WordDiffBenchmark.WORDS);
        String revised = WordDiffBenchmark.revise(pm, 20, 7);
        // A guard against a slow path coming back, far above the benchmark's few milliseconds.
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertRebuildsBoth(AttemptComparer.diff(pm, pmm), pm, pmm);
            assertRebuildsBoth(AttemptComparer.diff(pm, revised), pm, revised);
        });
    }

    @Test
    void aLongStretchWithNoWordInCommonOnceIsShownAsRewritten() {
        String older = "la ".repeat(3_000);
        String newer = "na ".repeat(3_000);
        WordDiff diff = AttemptComparer.diff(older, newer);
        assertThat(diff.segments()).extracting(Segment::change).containsExactly(Change.REMOVED, Change.ADDED, Change.SAME);
        assertRebuildsBoth(diff, older, newer);
    }

    private static String randomText(Random random, String[] vocabulary, int words) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < words; k++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(5) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private static String edit(Random random, String text, String[] vocabulary) {
        List<String> parts = new ArrayList<>(List.of(text.split("(?<= )")));
        for (int k = 0; k < 1 + random.nextInt(6); k++) {
            int at = parts.isEmpty() ? 0 : random.nextInt(parts.size());
            switch (random.nextInt(3)) {
                case 0 -> parts.add(at, vocabulary[random.nextInt(vocabulary.length)] + " ");
                case 1 -> {
                    if (!parts.isEmpty()) {
                        parts.remove(at);
                    }
                }
                default -> {
                    if (!parts.isEmpty()) {
                        parts.set(at, vocabulary[random.nextInt(vocabulary.length)]);
                    }
                }
            }
        }
        return String.join("", parts);
    }
}
