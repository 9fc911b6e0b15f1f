package app.debrief.rubric;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the checker on the hand-labelled corpus, per documented mistake.
 * Prints the table and every disagreement, so a failing run says what to look at.
 */
class CheckerCorpusTest {

    static final List<String> SEED_MISTAKES = List.of("marketing-fluff", "ignores-open-source", "ignores-enterprise", "role-drift");
    static final double FLOOR = 0.9;

    static Corpus corpus;
    static RubricChecker checker;

    @BeforeAll
    static void load() {
        corpus = Corpus.load();
        checker = new RubricChecker(RubricReader.bundled());
    }

    @Test
    void corpusIsLargeAndCoversEveryMistakeBothWays() {
        assertThat(corpus.entries()).hasSizeGreaterThanOrEqualTo(60);
        for (String mistake : SEED_MISTAKES) {
            assertThat(corpus.entries().stream().filter(e -> e.flag().contains(mistake))).as(mistake + " flagged").hasSizeGreaterThanOrEqualTo(10);
            assertThat(corpus.entries().stream().filter(e -> e.clear().contains(mistake))).as(mistake + " clear").hasSizeGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void precisionAndRecallPerMistakeAreAtLeastNinetyPercent() {
        List<String> disagreements = new ArrayList<>();
        Scores all = score(corpus.entries(), disagreements);
        Scores heldOut = score(corpus.entries().stream().filter(e -> e.file().startsWith("holdout")).toList(), new ArrayList<>());
        System.out.println("\nAll " + corpus.entries().size() + " answers:" + all.table());
        System.out.println("Held out (written after the checker was tuned, never tuned on):" + heldOut.table());
        disagreements.forEach(System.out::println);
        assertThat(all.below(FLOOR)).as("mistakes below %.2f precision or recall:%s", FLOOR, all.table()).isEmpty();
    }

    record Scores(Map<String, int[]> counts) {
        double precision(String m) {
            int[] c = counts.get(m);
            return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        }

        double recall(String m) {
            int[] c = counts.get(m);
            return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        }

        List<String> below(double floor) {
            return counts.keySet().stream().filter(m -> precision(m) < floor || recall(m) < floor).toList();
        }

        String table() {
            StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%n%-22s %5s %5s %5s %5s %9s %7s%n",
                    "mistake", "tp", "fp", "fn", "tn", "precision", "recall"));
            counts.forEach((m, c) -> t.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %5d %9.3f %7.3f%n",
                    m, c[0], c[1], c[2], c[3], precision(m), recall(m))));
            return t.toString();
        }
    }

    static Scores score(List<Corpus.Entry> entries, List<String> disagreements) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String mistake : SEED_MISTAKES) {
            int[] c = new int[4];
            for (Corpus.Entry e : entries) {
                if (!e.labelled(mistake)) {
                    continue;
                }
                MistakeFinding f = checker.check(e.answer(), CheckContext.of(e.track(), e.kind())).mistake(mistake).orElseThrow();
                boolean expected = e.flag().contains(mistake);
                int cell = f.flagged() ? (expected ? 0 : 1) : (expected ? 2 : 3);
                c[cell]++;
                if (cell == 1 || cell == 2) {
                    disagreements.add((cell == 1 ? "FP " : "FN ") + mistake + " " + e.file() + ": " + f.why());
                }
            }
            counts.put(mistake, c);
        }
        return new Scores(counts);
    }
}
