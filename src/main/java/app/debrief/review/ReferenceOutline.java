package app.debrief.review;

import app.debrief.bank.Prompt;
import app.debrief.bank.ReferencePart;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.rubric.points.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference answer beside the candidate's, part by part: for each talking point the checker
 * graded, what a strong answer says (the pack's reference outline), the level the answer reached,
 * and, when a follow-up took the point further, which one and how far. A prompt from a pack without
 * reference outlines has parts without text.
 */
public record ReferenceOutline(List<Part> parts) {

    /** A follow-up that took the point further than the answer did: which one (from 1) and to what level. */
    public record Later(int followUp, Level level) {
    }

    public record Part(String pointId, String label, Level level, Optional<Later> later, Optional<String> text) {
    }

    public ReferenceOutline {
        parts = List.copyOf(parts);
    }

    /** True when the prompt's pack gives no reference for any of its points. */
    public boolean isEmpty() {
        return parts.stream().allMatch(p -> p.text().isEmpty());
    }

    /**
     * The outline of {@code snapshot} (the prompt as the attempt was asked it), falling back to the
     * prompt as the bank has it today for a point the snapshot has no reference for (an attempt
     * started before the reference outlines, or checked again since against today's points), in the
     * order of the answer's feedback; {@code followUps} are the feedback of its follow-ups, in order.
     */
    public static ReferenceOutline of(Prompt snapshot, Optional<Prompt> today, Feedback answer, List<Feedback> followUps) {
        List<Part> parts = new ArrayList<>();
        for (TalkingPointFinding point : answer.talkingPoints()) {
            Optional<String> text = snapshot.reference(point.id()).or(() -> today.flatMap(p -> p.reference(point.id())))
                    .map(ReferencePart::text);
            parts.add(new Part(point.id(), point.label(), point.level(), later(point, followUps), text));
        }
        return new ReferenceOutline(parts);
    }

    private static Optional<Later> later(TalkingPointFinding point, List<Feedback> followUps) {
        Optional<Later> best = Optional.empty();
        for (int i = 0; i < followUps.size(); i++) {
            for (TalkingPointFinding t : followUps.get(i).talkingPoints()) {
                Level reached = best.map(Later::level).orElse(point.level());
                if (t.id().equals(point.id()) && t.level().compareTo(reached) > 0) {
                    best = Optional.of(new Later(i + 1, t.level()));
                }
            }
        }
        return best;
    }
}
