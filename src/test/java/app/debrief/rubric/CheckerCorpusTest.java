package app.debrief.rubric;

import app.debrief.rubric.points.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the checker per mistake, and its agreement with the expert on talking-
 * point levels, on the hand-labelled corpus: the tuning part and each frozen set apart. Prints the
 * tables and every disagreement, so a failing run says what to look at.
 */
class CheckerCorpusTest {

    static final List<String> MISTAKES = List.of("marketing-fluff", "ignores-open-source", "ignores-enterprise", "role-drift",
            "unexplained-jargon");
    static final double FLOOR = 0.9;
    static final double POINT_AGREEMENT_FLOOR = 0.85;

    static Corpus corpus;
    static RubricChecker checker;

    /** {@code -Dcorpus.parts=tuning} limits a developer's run to some parts; CI runs them all. */
    static List<String> parts() {
        String only = System.getProperty("corpus.parts", "");
        return corpus.parts().stream().filter(p -> only.isEmpty() || List.of(only.split(",")).contains(p)).toList();
    }

    @BeforeAll
    static void load() {
        corpus = Corpus.load();
        checker = new RubricChecker(RubricReader.bundled());
    }

    @Test
    void corpusIsLargeAndCoversEveryMistakeBothWays() {
        assertThat(corpus.entries()).hasSizeGreaterThanOrEqualTo(160);
        for (String mistake : MISTAKES.subList(0, 4)) {
            assertThat(corpus.entries().stream().filter(e -> e.flag().contains(mistake))).as(mistake + " flagged").hasSizeGreaterThanOrEqualTo(10);
            assertThat(corpus.entries().stream().filter(e -> e.clear().contains(mistake))).as(mistake + " clear").hasSizeGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void precisionAndRecallPerMistakeAreAtLeastNinetyPercentInEveryPart() {
        List<String> failures = new ArrayList<>();
        for (String part : parts()) {
            List<String> disagreements = new ArrayList<>();
            Scores scores = score(corpus.part(part), disagreements);
            System.out.println("\n" + part + " (" + corpus.part(part).size() + " answers):" + scores.table());
            disagreements.forEach(System.out::println);
            scores.below(FLOOR).forEach(m -> failures.add(part + ": " + m));
        }
        assertThat(failures).as("mistakes below %.2f precision or recall", FLOOR).isEmpty();
    }

    @Test
    void talkingPointLevelsAgreeWithTheExpertInEveryFrozenSet() {
        List<String> failures = new ArrayList<>();
        for (String part : parts()) {
            List<String> disagreements = new ArrayList<>();
            Agreement agreement = agreement(corpus.part(part), disagreements);
            if (agreement.pairs == 0) {
                continue;
            }
            System.out.println("\n" + part + " talking points: " + agreement.summary());
            disagreements.forEach(System.out::println);
            // the contract's question, "is the point developed?" (covered), is what the floor holds; the
            // three-level agreement is printed beside it
            if (part.startsWith(Corpus.FROZEN) && agreement.developed() < POINT_AGREEMENT_FLOOR) {
                failures.add(part + ": " + agreement.summary());
            }
        }
        assertThat(failures).as("talking-point agreement below %.2f", POINT_AGREEMENT_FLOOR).isEmpty();
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
        for (String mistake : MISTAKES) {
            int[] c = new int[4];
            for (Corpus.Entry e : entries) {
                if (!e.labelled(mistake)) {
                    continue;
                }
                MistakeFinding f = checker.check(e.answer(), e.context()).mistake(mistake).orElseThrow();
                boolean expected = e.flag().contains(mistake);
                int cell = f.flagged() ? (expected ? 0 : 1) : (expected ? 2 : 3);
                c[cell]++;
                if (cell == 1 || cell == 2) {
                    disagreements.add((cell == 1 ? "FP " : "FN ") + mistake + " " + e.file() + ": " + f.why());
                }
            }
            if (c[0] + c[1] + c[2] + c[3] > 0) {
                counts.put(mistake, c);
            }
        }
        return new Scores(counts);
    }

    /** Pairs of (answer, talking point) labelled by the expert, and how many the checker puts at the same level. */
    record Agreement(int pairs, int same, int[][] confusion) {
        double exact() {
            return pairs == 0 ? 1 : (double) same / pairs;
        }

        /** Agreement on "developed or not", the question the contract's {@code covered} answers. */
        double developed() {
            int d = Level.DEVELOPED.ordinal();
            int agree = 0;
            for (int expert = 0; expert < 3; expert++) {
                for (int app = 0; app < 3; app++) {
                    if ((expert == d) == (app == d)) {
                        agree += confusion[expert][app];
                    }
                }
            }
            return pairs == 0 ? 1 : (double) agree / pairs;
        }

        String summary() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d pairs, exact %.3f, developed-or-not %.3f; expert rows x checker columns (missing, touched, developed):",
                    pairs, exact(), developed()));
            for (Level expert : Level.values()) {
                s.append(String.format(Locale.ROOT, " %s %s", expert.id(), java.util.Arrays.toString(confusion[expert.ordinal()])));
            }
            return s.toString();
        }
    }

    static Agreement agreement(List<Corpus.Entry> entries, List<String> disagreements) {
        int pairs = 0;
        int same = 0;
        int[][] confusion = new int[3][3];
        for (Corpus.Entry e : entries) {
            if (e.points().isEmpty() || e.resolved().isEmpty()) {
                continue;
            }
            Feedback f = checker.check(e.answer(), e.context());
            for (TalkingPointFinding t : f.talkingPoints()) {
                Level expert = e.points().get(t.id());
                if (expert == null) {
                    continue;
                }
                pairs++;
                confusion[expert.ordinal()][t.level().ordinal()]++;
                if (expert == t.level()) {
                    same++;
                } else {
                    disagreements.add("POINT " + e.file() + " " + t.id() + ": expert " + expert.id() + ", checker " + t.level().id()
                            + t.gap().map(g -> " (" + g + ")").orElse(""));
                }
            }
        }
        return new Agreement(pairs, same, confusion);
    }
}
