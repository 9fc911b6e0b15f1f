package app.debrief.rubric;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source document's BAD and GOOD examples, written out as full answers, must come out as the
 * source judges them. The source judges each example on its own mistake only; the corpus labels
 * of the other mistakes are measured with the rest of the corpus.
 */
class SeedExamplesTest {

    /** Which mistake each seed example illustrates, by its file. */
    static final Map<String, String> ILLUSTRATES = Map.ofEntries(
            Map.entry("pm/001", "marketing-fluff"), Map.entry("pm/002", "marketing-fluff"),
            Map.entry("pm/003", "ignores-open-source"), Map.entry("pm/004", "ignores-open-source"),
            Map.entry("pm/005", "ignores-enterprise"), Map.entry("pm/006", "ignores-enterprise"),
            Map.entry("pm/007", "role-drift"), Map.entry("pm/008", "role-drift"),
            Map.entry("pmm/001", "ignores-open-source"), Map.entry("pmm/002", "ignores-open-source"),
            Map.entry("pmm/003", "ignores-enterprise"), Map.entry("pmm/004", "ignores-enterprise"),
            Map.entry("pmm/005", "role-drift"), Map.entry("pmm/006", "role-drift"));

    /** A tuning file written from the source document's own example ("pm/003-seed-…"), not any name with "seed" in it. */
    static boolean isSeedExample(Corpus.Entry e) {
        return e.file().matches("pmm?/\\d+-seed-.*");
    }

    @TestFactory
    Stream<DynamicTest> everySeedExampleIsJudgedAsTheSourceJudgesIt() {
        RubricChecker checker = new RubricChecker(RubricReader.bundled());
        return Corpus.load().entries().stream()
                .filter(SeedExamplesTest::isSeedExample)
                .map(e -> DynamicTest.dynamicTest(e.file(), () -> {
                    String mistake = ILLUSTRATES.get(e.file().substring(0, e.file().indexOf('-')));
                    assertThat(mistake).as(e.file() + " illustrates a known mistake").isNotNull();
                    Feedback f = checker.check(e.answer(), CheckContext.of(e.track(), e.kind()));
                    assertThat(f.mistake(mistake).orElseThrow().flagged()).as(e.file() + ": " + mistake)
                            .isEqualTo(e.flag().contains(mistake));
                }));
    }

    @TestFactory
    Stream<DynamicTest> theCorpusHoldsABadAndAGoodExampleOfEveryMistake() {
        var seeds = Corpus.load().entries().stream().filter(SeedExamplesTest::isSeedExample).toList();
        return CheckerCorpusTest.MISTAKES.subList(0, 4).stream().map(m -> DynamicTest.dynamicTest(m, () -> {
            assertThat(seeds).as("a BAD seed example of " + m).anyMatch(e -> e.flag().contains(m));
            assertThat(seeds).as("a GOOD seed example of " + m).anyMatch(e -> e.clear().contains(m));
        }));
    }
}
