package app.debrief.loop;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.Rubric;
import app.debrief.rubric.RubricReader;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.rubric.points.Level;
import app.debrief.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The committee's rules, as the bundled rubric writes them, on findings made by hand. */
class CommitteeTest {

    static final Rubric RUBRIC = RubricReader.bundled();
    static final Committee COMMITTEE = new Committee(CommitteeReader.bundled(RUBRIC), RUBRIC);

    /** A round whose listed mistakes are flagged and whose talking points are at the given levels ("D", "T", "M"). */
    static RoundResult round(int number, String flagged, String levels, Lean self) {
        List<String> flags = flagged.isBlank() ? List.of() : Arrays.asList(flagged.split(" "));
        Prompt prompt = Fixtures.prompt("pmm-round-" + number, Track.PMM, "battle-card");
        List<MistakeFinding> mistakes = RUBRIC.mistakes().stream().map(m -> new MistakeFinding(m.id(), m.title(), true,
                flags.contains(m.id()), "because", "rule", Optional.empty(),
                flags.contains(m.id()) ? List.of(new Evidence(0, 4, "lock")) : List.of(), List.of())).toList();
        List<TalkingPointFinding> points = new ArrayList<>();
        for (int i = 0; i < levels.length(); i++) {
            Level level = switch (levels.charAt(i)) {
                case 'D' -> Level.DEVELOPED;
                case 'T' -> Level.TOUCHED;
                default -> Level.MISSING;
            };
            points.add(new TalkingPointFinding("point-" + i, "Point " + i, level, List.of(), List.of(),
                    level == Level.TOUCHED ? Optional.of("no figure, mechanism or reason") : Optional.empty()));
        }
        Feedback feedback = new Feedback(Track.PMM, Optional.of(prompt.id()), Optional.of(prompt.kind()), 300, mistakes, points, "test");
        return new RoundResult(number, number, prompt, "Battle card", feedback, 60_000, 300, Optional.ofNullable(self), List.of());
    }

    static RoundResult round(int number, String flagged, String levels) {
        return round(number, flagged, levels, null);
    }

    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # round 1 flagged          | round 2 flagged              | points of each round | lean
            ''                         | ''                           | DDD                  | strong-hire
            ''                         | ''                           | DTT                  | hire
            ''                         | ''                           | TMM                  | no-hire
            ignores-open-source        | ''                           | DDD                  | strong-no-hire
            ''                         | ignores-open-source role-drift | DDD                | strong-no-hire
            role-drift                 | ''                           | DDD                  | no-hire
            marketing-fluff            | ''                           | DDD                  | no-hire
            ignores-enterprise         | ''                           | DDD                  | hire
            ignores-enterprise         | ignores-enterprise           | DDD                  | no-hire
            unquantified               | ''                           | DDD                  | hire
            unquantified               | vague-ai-claims              | DDD                  | no-hire
            """)
    void theLeanIsTheLowestCapOfTheRulesThatHold(String first, String second, String levels, String lean) {
        CommitteeView view = COMMITTEE.judge(List.of(round(1, first, levels), round(2, second, levels)));
        assertThat(view.lean().id()).isEqualTo(lean);
    }

    @Test
    void ignoringOpenSourceInAnyRoundIsAnImmediateRejectInTheSourcesWords() {
        CommitteeView view = COMMITTEE.judge(List.of(round(1, "", "DDD"), round(2, "", "DDD"), round(3, "ignores-open-source", "DDD")));
        assertThat(view.lean()).isEqualTo(Lean.STRONG_NO_HIRE);
        assertThat(view.reasons()).hasSize(1);
        assertThat(view.reasons().get(0).text()).startsWith("The open-source context was ignored in round 3.")
                .contains("immediate reject");
        assertThat(view.weakest()).contains(3);
    }

    @Test
    void theBindingReasonComesFirstAndAMilderRuleAboutTheSameMistakeIsNotSaidAgain() {
        CommitteeView view = COMMITTEE.judge(List.of(round(1, "ignores-enterprise", "DDD"), round(2, "role-drift ignores-enterprise", "DDD")));
        assertThat(view.lean()).isEqualTo(Lean.NO_HIRE);
        assertThat(view.reasons()).as("enterprise-once (at most Hire) held too, but enterprise-pattern says it more strictly")
                .extracting(CommitteeView.Reason::ruleId).containsExactly("functional-fidelity", "enterprise-pattern");
        assertThat(view.reasons().get(1).text()).contains("rounds 1 and 2");
    }

    @Test
    void aRuleThatNeedsTwoRoundsNeverHoldsForARoundAlone() {
        CommitteeView view = COMMITTEE.judge(List.of(round(1, "ignores-enterprise", "DDD"), round(2, "ignores-enterprise", "DDD")));
        assertThat(view.lean()).isEqualTo(Lean.NO_HIRE);
        assertThat(view.rounds()).extracting(CommitteeView.RoundLean::lean).containsExactly(Lean.HIRE, Lean.HIRE);
    }

    @Test
    void theStrongestAndWeakestRoundsGoByTheirOwnLeanThenByTheirDevelopedPoints() {
        CommitteeView view = COMMITTEE.judge(List.of(round(1, "", "DTT"), round(2, "", "DDD"), round(3, "marketing-fluff", "DDD")));
        assertThat(view.strongest()).contains(2);
        assertThat(view.weakest()).contains(3);
    }

    @Test
    void theThingsToFixFirstAreTheGravestMistakesThenTheWeakestRoundsUndevelopedPoints() {
        CommitteeView view = COMMITTEE.judge(List.of(round(1, "unquantified", "DDM"), round(2, "ignores-open-source unquantified", "DTD"),
                round(3, "", "DDD")));
        assertThat(view.fixes()).hasSize(3);
        assertThat(view.fixes().get(0).mistakeId()).contains("ignores-open-source");
        assertThat(view.fixes().get(1).mistakeId()).contains("unquantified");
        assertThat(view.fixes().get(1).detail()).startsWith("Flagged in rounds 1 and 2.");
        assertThat(view.fixes().get(2).title()).isEqualTo("Argue: Point 2");
        assertThat(view.fixes().get(2).detail()).contains("Round 1").contains("missing");
    }

    @Test
    void wherTheCandidatesGradeAndTheRulesDifferThePacketSaysWhichWay() {
        CommitteeView view = COMMITTEE.judge(List.of(round(1, "role-drift", "DDD", Lean.STRONG_HIRE), round(2, "", "DDD", Lean.STRONG_HIRE),
                round(3, "", "DDD", Lean.NO_HIRE)));
        assertThat(view.disagreements()).extracting(CommitteeView.Disagreement::round).containsExactly(1, 3);
        assertThat(view.disagreements().get(0).text()).isEqualTo(
                "Round 1 (Battle card): you said Strong hire; the rules say No hire. You were kinder to yourself than the rules.");
        assertThat(view.disagreements().get(1).text()).contains("harder on yourself");
    }
}
