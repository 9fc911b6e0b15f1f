package app.debrief.rubric;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The source document's BAD and GOOD examples, written out as full answers, must come out right. */
class SeedExamplesTest {

    @TestFactory
    Stream<DynamicTest> everySeedExampleIsJudgedAsTheSourceJudgesIt() {
        RubricChecker checker = new RubricChecker(RubricReader.bundled());
        return Corpus.load().entries().stream()
                .filter(e -> e.file().contains("seed"))
                .map(e -> DynamicTest.dynamicTest(e.file(), () -> {
                    Feedback f = checker.check(e.answer(), CheckContext.of(e.track(), e.kind()));
                    for (String m : e.flag()) {
                        assertThat(f.mistake(m).orElseThrow().flagged()).as(e.file() + " should flag " + m).isTrue();
                    }
                    for (String m : e.clear()) {
                        assertThat(f.mistake(m).orElseThrow().flagged()).as(e.file() + " should clear " + m).isFalse();
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> theCorpusHoldsABadAndAGoodExampleOfEveryMistake() {
        var seeds = Corpus.load().entries().stream().filter(e -> e.file().contains("seed")).toList();
        return CheckerCorpusTest.MISTAKES.subList(0, 4).stream().map(m -> DynamicTest.dynamicTest(m, () -> {
            assertThat(seeds).as("a BAD seed example of " + m).anyMatch(e -> e.flag().contains(m));
            assertThat(seeds).as("a GOOD seed example of " + m).anyMatch(e -> e.clear().contains(m));
        }));
    }
}
