package app.debrief.review;

import app.debrief.bank.FollowUp;
import app.debrief.bank.Prompt;
import app.debrief.bank.ReferencePart;
import app.debrief.bank.TalkingPoint;
import app.debrief.bank.Track;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.rubric.points.Level;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStatus;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.Mode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference answer is shown part by part beside the answer, each part with the level the answer
 * reached and what a follow-up added; a pack without references gives parts without text. And the
 * record of follow-ups counts what they probed and what the answers made of it.
 */
class ReferenceOutlineTest {

    static final Prompt PROMPT = new Prompt("pm-x", Track.PM, "system-design", "X", "Design X.", 30, List.of(),
            List.of(TalkingPoint.ofCues("latency", "Latency", List.of("p95", "ttft")), TalkingPoint.ofCues("cost", "Cost", List.of("$/M", "gpu hour"))),
            List.of(new FollowUp("p95?", List.of("latency"), 3)),
            List.of(new ReferencePart("latency", "TTFT under 300 ms at p95."), new ReferencePart("cost", "About $0.14 per million tokens.")),
            List.of(), "x.json");

    static Feedback levels(Map<String, Level> levels) {
        return new Feedback(Track.PM, Optional.of("pm-x"), Optional.of("system-design"), 100, List.of(),
                levels.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))
                        .map(e -> new TalkingPointFinding(e.getKey(), e.getKey() + " label", e.getValue(), List.of(), List.of(), Optional.empty()))
                        .toList(), "checker-test");
    }

    @Test
    void eachPartCarriesItsTextTheAnswersLevelAndWhatAFollowUpAdded() {
        Feedback answer = levels(Map.of("latency", Level.MISSING, "cost", Level.TOUCHED));
        Feedback firstFollowUp = levels(Map.of("latency", Level.TOUCHED));
        Feedback secondFollowUp = levels(Map.of("latency", Level.DEVELOPED));
        ReferenceOutline outline = ReferenceOutline.of(PROMPT, Optional.empty(), answer, List.of(firstFollowUp, secondFollowUp));
        assertThat(outline.isEmpty()).isFalse();
        assertThat(outline.parts()).extracting(ReferenceOutline.Part::pointId).containsExactly("latency", "cost");
        ReferenceOutline.Part latency = outline.parts().get(0);
        assertThat(latency.level()).isEqualTo(Level.MISSING);
        assertThat(latency.text()).contains("TTFT under 300 ms at p95.");
        assertThat(latency.later()).contains(new ReferenceOutline.Later(2, Level.DEVELOPED));
        assertThat(outline.parts().get(1).later()).as("no follow-up probed it").isEmpty();
    }

    @Test
    void aPromptWithoutReferencesIsEmptyAndTodaysPromptFillsWhatTheSnapshotLacks() {
        Prompt bare = new Prompt("pm-x", Track.PM, "system-design", "X", "Design X.", 30, List.of(), PROMPT.talkingPoints(),
                List.of(), List.of(), List.of(), "mine.json");
        Feedback answer = levels(Map.of("latency", Level.DEVELOPED, "cost", Level.DEVELOPED));
        assertThat(ReferenceOutline.of(bare, Optional.empty(), answer, List.of()).isEmpty()).isTrue();
        assertThat(ReferenceOutline.of(bare, Optional.of(PROMPT), answer, List.of()).parts())
                .extracting(p -> p.text().orElse("")).containsExactly("TTFT under 300 ms at p95.", "About $0.14 per million tokens.");
    }

    static FollowUpAnswer answered(List<String> probes, Feedback feedback, long elapsedMillis, int minutes) {
        Attempt a = new Attempt(1, app.debrief.bank.FollowUpPrompt.of(PROMPT, new FollowUp("q", probes, minutes)), Mode.PRACTICE,
                AttemptStatus.SUBMITTED, Instant.EPOCH, Optional.of(Instant.EPOCH), elapsedMillis, List.of(), "answer", 1, Instant.EPOCH);
        return new FollowUpAnswer(7, "uid", new FollowUp("q", probes, minutes), "because", a, Optional.of(feedback));
    }

    @Test
    void theRecordOfFollowUpsCountsWhatTheyProbedAndWhatTheAnswersDeveloped() {
        Feedback developed = levels(Map.of("latency", Level.DEVELOPED));
        Feedback touched = levels(Map.of("cost", Level.TOUCHED));
        FollowUpRecord record = FollowUpRecord.of(List.of(
                List.of(answered(List.of("latency"), developed, 90_000, 3), answered(List.of("cost"), touched, 180_000, 3)),
                List.of(answered(List.of("cost"), touched, 240_000, 4)), List.of()));
        assertThat(record.answered()).isEqualTo(3);
        assertThat(record.attempts()).isEqualTo(2);
        assertThat(record.pointsProbed()).isEqualTo(3);
        assertThat(record.pointsDeveloped()).isEqualTo(1);
        assertThat(record.medianTimeShare()).as("0.5, 1.0 and 1.0 of the budget").isEqualTo(1.0);
    }
}
