package app.debrief.practice;

import app.debrief.bank.Concept;
import app.debrief.bank.FollowUp;
import app.debrief.bank.Prompt;
import app.debrief.bank.TalkingPoint;
import app.debrief.bank.Track;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.rubric.points.Level;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interviewer follows up where the answer is thinnest: a point the answer never reached before
 * one it only named, before a mistake the checker flagged; a follow-up that probes two such gaps
 * before one that probes one; never the same question twice; and a gap a follow-up answer closed
 * is no reason to ask again.
 */
class FollowUpChooserTest {

    static final String TOUCHED_GAP = "named, but no figure of its own, mechanism or reason beside it";

    static final FollowUp LATENCY = new FollowUp("What is the p95 budget, part by part?", List.of("latency"), 3);
    static final FollowUp COST = new FollowUp("Show me the maths on cost.", List.of("cost"), 3);
    static final FollowUp ENTERPRISE = new FollowUp("A bank asks where its data is kept.", List.of("enterprise", "ignores-enterprise"), 4);
    static final FollowUp FLUFF = new FollowUp("Leave the brand aside: what does it cost to run?", List.of("marketing-fluff"), 2);

    static final Prompt PROMPT = new Prompt("pm-sd-test", Track.PM, "system-design", "A test prompt", "Design it.", 30, List.of(),
            List.of(point("latency", "how long until the first token"), point("cost", "what serving costs us", "the margin left"),
                    point("enterprise", "enterprise guarantees")),
            List.of(LATENCY, COST, ENTERPRISE, FLUFF), List.of(), List.of(), "test.json");

    static TalkingPoint point(String id, String... ideas) {
        List<Concept> concepts = new ArrayList<>();
        for (String idea : ideas) {
            concepts.add(new Concept(idea, List.of(idea, idea + " too"), List.of()));
        }
        return new TalkingPoint(id, "The " + id + " point", concepts);
    }

    /** Feedback with these levels per point (words that named it for a touched or developed one) and these mistakes flagged. */
    static Feedback feedback(Map<String, Level> levels, String... flagged) {
        List<TalkingPointFinding> points = new ArrayList<>();
        for (TalkingPoint p : PROMPT.talkingPoints()) {
            Level level = levels.getOrDefault(p.id(), Level.DEVELOPED);
            List<Evidence> named = level == Level.MISSING ? List.of() : List.of(new Evidence(0, 3, p.id().toUpperCase()), new Evidence(9, 12, p.id()));
            points.add(new TalkingPointFinding(p.id(), p.label(), level, named, List.of(),
                    level == Level.TOUCHED ? Optional.of(TOUCHED_GAP) : Optional.empty()));
        }
        List<MistakeFinding> mistakes = new ArrayList<>();
        for (String id : List.of("marketing-fluff", "ignores-enterprise")) {
            boolean flag = List.of(flagged).contains(id);
            mistakes.add(new MistakeFinding(id, id.equals("marketing-fluff") ? "Marketing fluff instead of technical depth"
                    : "Overlooking the enterprise shift", true, flag, flag ? "Brand talk leads in 2 sentences." : "Fine.", "test",
                    Optional.empty(), List.of(), List.of()));
        }
        return new Feedback(Track.PM, Optional.of(PROMPT.id()), Optional.of(PROMPT.kind()), 120, mistakes, points, "checker-test");
    }

    static Optional<ChosenFollowUp> choose(Feedback answer, List<AnswerGaps.Answered> followUps, List<String> asked) {
        return FollowUpChooser.choose(PROMPT, AnswerGaps.of(PROMPT, answer, followUps), asked);
    }

    static ChosenFollowUp choose(Feedback answer) {
        return choose(answer, List.of(), List.of()).orElseThrow();
    }

    @Test
    void aPointTheAnswerNeverReachedIsAskedBeforeOneItOnlyNamed() {
        ChosenFollowUp chosen = choose(feedback(Map.of("cost", Level.TOUCHED, "latency", Level.MISSING)));
        assertThat(chosen.followUp()).isEqualTo(LATENCY);
        assertThat(chosen.gap()).map(Gap::kind).contains(Gap.Kind.MISSING_POINT);
        assertThat(chosen.reason()).isEqualTo("Asked because your answer said nothing about how long until the first token.");
    }

    @Test
    void aPointOnlyNamedIsAskedBeforeAFlaggedMistakeAndTheReasonQuotesItsWordsAndWhatTheyLack() {
        ChosenFollowUp chosen = choose(feedback(Map.of("cost", Level.TOUCHED), "marketing-fluff"));
        assertThat(chosen.followUp()).isEqualTo(COST);
        assertThat(chosen.reason()).isEqualTo("Asked because you named \u201cCOST\u201d but did not develop it: " + TOUCHED_GAP + ".");
    }

    @Test
    void withEveryPointDevelopedTheFlaggedMistakeIsProbedAndTheReasonIsTheCheckersOwn() {
        ChosenFollowUp chosen = choose(feedback(Map.of(), "marketing-fluff"));
        assertThat(chosen.followUp()).isEqualTo(FLUFF);
        assertThat(chosen.reason()).isEqualTo("Asked because the checker flagged \u201cMarketing fluff instead of technical depth\u201d:"
                + " Brand talk leads in 2 sentences.");
    }

    @Test
    void aMissingPointOfManyIdeasIsNamedByAllOfThem() {
        assertThat(choose(feedback(Map.of("cost", Level.MISSING))).reason())
                .isEqualTo("Asked because your answer said nothing about what serving costs us or the margin left.");
    }

    @Test
    void ofTwoFollowUpsProbingAMissingPointTheOneThatAlsoProbesAFlaggedMistakeWins() {
        // latency comes first in the prompt, but the enterprise follow-up probes two gaps
        ChosenFollowUp chosen = choose(feedback(Map.of("latency", Level.MISSING, "enterprise", Level.MISSING), "ignores-enterprise"));
        assertThat(chosen.followUp()).isEqualTo(ENTERPRISE);
        assertThat(chosen.probedGaps()).extracting(Gap::id).containsExactly("enterprise", "ignores-enterprise");
        assertThat(chosen.reason()).as("the reason names the biggest of its gaps").contains("enterprise guarantees");
    }

    @Test
    void betweenEqualGapsThePromptsOrderOfPointsDecides() {
        assertThat(choose(feedback(Map.of("cost", Level.MISSING, "latency", Level.MISSING))).followUp()).isEqualTo(LATENCY);
        assertThat(choose(feedback(Map.of("cost", Level.MISSING, "enterprise", Level.MISSING))).followUp()).isEqualTo(COST);
    }

    @Test
    void aQuestionAlreadyAskedIsNeverAskedAgainEvenIfItsGapStaysOpen() {
        Feedback answer = feedback(Map.of("latency", Level.MISSING, "cost", Level.TOUCHED));
        Optional<ChosenFollowUp> second = choose(answer, List.of(), List.of(LATENCY.question()));
        assertThat(second).map(ChosenFollowUp::followUp).contains(COST);
    }

    @Test
    void aGapTheFirstFollowUpClosedIsNoReasonForTheSecond() {
        Feedback answer = feedback(Map.of("latency", Level.MISSING, "cost", Level.MISSING));
        Feedback followUpAnswer = new Feedback(Track.PM, Optional.empty(), Optional.empty(), 60, List.of(),
                List.of(new TalkingPointFinding("latency", "", Level.DEVELOPED, List.of(), List.of(), Optional.empty())), "checker-test");
        // The first follow-up developed latency; had it not been asked, latency would be chosen again.
        Optional<ChosenFollowUp> next = choose(answer, List.of(new AnswerGaps.Answered(LATENCY.probes(), followUpAnswer)), List.of("another question"));
        assertThat(next).map(ChosenFollowUp::followUp).contains(COST);
    }

    @Test
    void aPointAFollowUpOnlyNamedIsATouchedGapNowWithTheFollowUpsWords() {
        Feedback answer = feedback(Map.of("latency", Level.MISSING, "cost", Level.TOUCHED));
        Feedback followUpAnswer = new Feedback(Track.PM, Optional.empty(), Optional.empty(), 60, List.of(),
                List.of(new TalkingPointFinding("latency", "", Level.TOUCHED, List.of(new Evidence(0, 4, "p95")), List.of(),
                        Optional.of(TOUCHED_GAP))), "checker-test");
        List<Gap> gaps = AnswerGaps.of(PROMPT, answer, List.of(new AnswerGaps.Answered(LATENCY.probes(), followUpAnswer)));
        assertThat(gaps).extracting(Gap::kind, Gap::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Gap.Kind.TOUCHED_POINT, "latency"), org.assertj.core.groups.Tuple.tuple(Gap.Kind.TOUCHED_POINT, "cost"));
        assertThat(gaps.get(0).because()).contains("\u201cp95\u201d");
    }

    @Test
    void aMistakeAFollowUpProbedAndCameBackClearOfIsClosedOneItDidNotProbeIsNot() {
        Feedback answer = feedback(Map.of(), "marketing-fluff", "ignores-enterprise");
        Feedback clear = feedback(Map.of());
        List<Gap> gaps = AnswerGaps.of(PROMPT, answer, List.of(new AnswerGaps.Answered(FLUFF.probes(), clear)));
        assertThat(gaps).extracting(Gap::id).containsExactly("ignores-enterprise");
    }

    @Test
    void whenNoFollowUpProbesAGapTheFirstNotAskedIsAskedToGoFurther() {
        ChosenFollowUp chosen = choose(feedback(Map.of()), List.of(), List.of(LATENCY.question())).orElseThrow();
        assertThat(chosen.followUp()).isEqualTo(COST);
        assertThat(chosen.gap()).isEmpty();
        assertThat(chosen.reason()).isEqualTo(FollowUpChooser.NO_GAP);
    }

    @Test
    void whenEveryFollowUpWasAskedThereIsNoneLeft() {
        assertThat(choose(feedback(Map.of("latency", Level.MISSING)), List.of(),
                PROMPT.followUps().stream().map(FollowUp::question).toList())).isEmpty();
    }
}
