package app.debrief.bank;

import java.util.List;
import java.util.Optional;

/**
 * One interview question with its time budget. {@code source} names the pack file it came from,
 * so a user can find and edit it. {@code reference} is the strong answer's outline, shown only
 * after hand-in (a user's own prompts may have none); {@code warnedTerms} are words the question
 * warns the candidate against ("she will stop you at 'transformer'").
 */
public record Prompt(
        String id,
        Track track,
        String kind,
        String title,
        String question,
        int minutes,
        List<Phase> phases,
        List<TalkingPoint> talkingPoints,
        List<FollowUp> followUps,
        List<ReferencePart> reference,
        List<String> warnedTerms,
        String source) {

    public Prompt {
        phases = List.copyOf(phases);
        talkingPoints = List.copyOf(talkingPoints);
        followUps = List.copyOf(followUps);
        reference = reference == null ? List.of() : List.copyOf(reference);
        warnedTerms = warnedTerms == null ? List.of() : List.copyOf(warnedTerms);
    }

    public int budgetSeconds() {
        return minutes * 60;
    }

    public Optional<TalkingPoint> talkingPoint(String id) {
        return talkingPoints.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<ReferencePart> reference(String point) {
        return reference.stream().filter(r -> r.point().equals(point)).findFirst();
    }
}
