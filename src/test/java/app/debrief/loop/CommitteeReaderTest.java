package app.debrief.loop;

import app.debrief.content.BundledContent;
import app.debrief.rubric.Rubric;
import app.debrief.rubric.RubricReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committee section is validated like the rest of the rubric, with located problems. */
class CommitteeReaderTest {

    static final Rubric RUBRIC = RubricReader.bundled();

    @Test
    void theBundledRubricCarriesRulesForEveryMistakeOfTheSource() {
        CommitteeRules rules = CommitteeReader.bundled(RUBRIC);
        assertThat(rules.fixFirst()).isEqualTo(3);
        assertThat(rules.rules().stream().flatMap(r -> r.mistakes().stream()))
                .contains("ignores-open-source", "role-drift", "marketing-fluff", "ignores-enterprise");
        assertThat(RubricReader.bundled().mistakes()).as("the checker still reads the rubric with its committee").isNotEmpty();
    }

    @Test
    void anUnknownMistakeAWrongCapAndAStrayPlaceholderAreReportedWhereTheyStand() {
        String text = """
                {
                  "committee": {
                    "why": "test",
                    "scale": ["strong-no-hire", "no-hire", "hire", "strong-hire"],
                    "fixFirst": 3,
                    "rules": [
                      { "id": "a", "mistakes": ["ignores-open-sauce"], "inRounds": 1, "cap": "no-hire", "reason": "x" },
                      { "id": "b", "developedBelow": 0.5, "cap": "maybe", "reason": "in {rounds}" }
                    ]
                  }
                }
                """;
        var outcome = new CommitteeReader(RUBRIC).read("rubric.json", text);
        assertThat(outcome.rules()).isEmpty();
        assertThat(outcome.problems()).extracting(Object::toString).containsExactly(
                "rubric.json:7:33: no mistake 'ignores-open-sauce' in the rubric",
                "rubric.json:8:50: 'cap' must be one of the scale, found 'maybe'",
                "rubric.json:8:69: no placeholder {rounds} in this rule's reason (it may use {developed}, {points})");
    }

    @Test
    void theBundledFileIsTheOneTheReaderChecks() {
        assertThat(new CommitteeReader(RUBRIC).read(BundledContent.rubric().name(), BundledContent.rubric().text()).problems()).isEmpty();
    }
}
