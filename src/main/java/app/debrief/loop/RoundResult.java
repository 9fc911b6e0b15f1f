package app.debrief.loop;

import app.debrief.bank.Prompt;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.store.FollowUpAnswer;

import java.util.List;
import java.util.Optional;

/**
 * One handed-in round as the committee reads it: its number (from 1), the prompt as answered,
 * the checker's feedback, the time used and the candidate's own lean for it, if given; and the
 * follow-up the interviewer asked after it (none when the prompt has none to ask), shown with the
 * round in the packet.
 */
public record RoundResult(int number, long attemptId, Prompt prompt, String kindLabel, Feedback feedback, long elapsedMillis,
                          int words, Optional<Lean> selfGrade, List<FollowUpAnswer> followUps) {

    public RoundResult {
        followUps = List.copyOf(followUps);
    }

    /** The mistakes that applied to this round and were flagged. */
    public List<MistakeFinding> flagged() {
        return feedback.mistakes().stream().filter(m -> m.applies() && m.flagged()).toList();
    }

    public boolean flagged(String mistakeId) {
        return feedback.mistake(mistakeId).filter(m -> m.applies() && m.flagged()).isPresent();
    }

    public long developed() {
        return feedback.talkingPoints().stream().filter(TalkingPointFinding::covered).count();
    }

    public int points() {
        return feedback.talkingPoints().size();
    }

    public double developedShare() {
        return points() == 0 ? 0 : (double) developed() / points();
    }
}
