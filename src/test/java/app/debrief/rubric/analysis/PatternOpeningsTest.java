package app.debrief.rubric.analysis;

import app.debrief.rubric.Rubric;
import app.debrief.rubric.RubricReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pattern that opens with literal words is tried only at those words; any other is run over the
 * whole answer, which made a 1 MB paste twice as slow to check when three such patterns slipped in.
 * Only the figures may open anywhere (a currency sign, a digit).
 */
class PatternOpeningsTest {

    @Test
    void everyRubricPatternButTheFiguresOpensWithLiteralWords() throws Exception {
        Rubric rubric = RubricReader.bundled();
        List<String> open = new ArrayList<>();
        rubric.lexicons().values().stream().filter(l -> !l.id().equals("figures"))
                .forEach(l -> l.patterns().stream().filter(p -> PatternScan.openers(p).isEmpty()).forEach(p -> open.add(l.id() + ": " + p)));
        StanceWords s = rubric.stance();
        Stream.of(s.deferral(), s.handoff(), s.deemphasis(), s.criticism(), s.removal(), s.disparagement())
                .flatMap(c -> c.afterPatterns().stream())
                .filter(p -> PatternScan.openers(p).isEmpty() && !p.startsWith(PatternScan.POSSESSIVE))
                .forEach(p -> open.add("stance: " + p));
        assertThat(open).as("patterns tried at every character").isEmpty();
    }
}
