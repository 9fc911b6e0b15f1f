package app.debrief.review;

import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.store.FollowUpAnswer;

import java.util.Collection;
import java.util.List;

/**
 * How the candidate does under follow-up questions, over the attempts the progress screen shows:
 * how many follow-ups were answered (after how many attempts), how many of the talking points they
 * probed the answers developed, how many of the mistakes they probed the answers were clear of, and
 * the median time used over the follow-ups' budgets (0 with none).
 */
public record FollowUpRecord(int answered, int attempts, int pointsProbed, int pointsDeveloped, int mistakesProbed, int mistakesClear,
                             double medianTimeShare) {

    /** {@code byAttempt}: each attempt's follow-ups; only those handed in, with feedback, count. */
    public static FollowUpRecord of(Collection<List<FollowUpAnswer>> byAttempt) {
        int answered = 0;
        int attempts = 0;
        int probed = 0;
        int developed = 0;
        int mistakes = 0;
        int clear = 0;
        List<Double> shares = new java.util.ArrayList<>();
        for (List<FollowUpAnswer> followUps : byAttempt) {
            List<FollowUpAnswer> done = followUps.stream().filter(f -> f.answered() && f.feedback().isPresent()).toList();
            attempts += done.isEmpty() ? 0 : 1;
            for (FollowUpAnswer f : done) {
                answered++;
                Feedback feedback = f.feedback().get();
                probed += feedback.talkingPoints().size();
                developed += (int) feedback.talkingPoints().stream().filter(t -> t.covered()).count();
                for (MistakeFinding m : feedback.mistakes()) {
                    if (m.applies() && f.followUp().probes().contains(m.id())) {
                        mistakes++;
                        clear += m.flagged() ? 0 : 1;
                    }
                }
                if (f.attempt().budgetSeconds() > 0) {
                    shares.add(f.attempt().elapsedMillis() / (f.attempt().budgetSeconds() * 1000.0));
                }
            }
        }
        return new FollowUpRecord(answered, attempts, probed, developed, mistakes, clear,
                ProgressAnalysis.median(shares.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}
