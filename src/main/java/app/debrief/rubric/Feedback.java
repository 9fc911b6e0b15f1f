package app.debrief.rubric;

import app.debrief.bank.Track;

import java.util.List;
import java.util.Optional;

/** Everything the checker says about one answer. */
public record Feedback(Track track, Optional<String> promptId, Optional<String> kind, int words,
                       List<MistakeFinding> mistakes, List<TalkingPointFinding> talkingPoints, String checkerVersion) {
    public Feedback {
        mistakes = List.copyOf(mistakes);
        talkingPoints = List.copyOf(talkingPoints);
    }

    public Optional<MistakeFinding> mistake(String id) {
        return mistakes.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public List<MistakeFinding> flagged() {
        return mistakes.stream().filter(MistakeFinding::flagged).toList();
    }
}
