package app.debrief.ui.followup;

import app.debrief.practice.Durations;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.points.Level;
import app.debrief.store.Attempt;
import app.debrief.store.FollowUpAnswer;
import app.debrief.text.Plural;

import java.util.List;
import java.util.Optional;

/**
 * A follow-up as a card shows it, wherever its attempt appears: which one it was and its budget,
 * the question, why it was asked, the time it took, the answer, and what the checker found on the
 * points and the mistakes it probed (only those: the rest belong to the answer as a whole).
 */
public record FollowUpItem(int number, String heading, String question, String reason, String time, String answer, boolean answered,
                           List<PointLine> points, List<MistakeLine> mistakes) {

    /** A probed talking point with the level the follow-up's answer reached, and what a touched point lacks. */
    public record PointLine(String id, String label, Level level, Optional<String> gap) {
    }

    /** A probed mistake and the checker's verdict on the follow-up's answer. */
    public record MistakeLine(String id, String title, boolean flagged, String why) {
    }

    public FollowUpItem {
        points = List.copyOf(points);
        mistakes = List.copyOf(mistakes);
    }

    /** The {@code number}th follow-up of its attempt (from 1). */
    public static FollowUpItem of(int number, FollowUpAnswer f) {
        Attempt a = f.attempt();
        String time = f.answered()
                ? Durations.clock(a.elapsedMillis()) + " of " + Durations.clock(a.budgetSeconds() * 1000L) + " \u00b7 " + Plural.of(a.words(), "word")
                : "Not handed in yet: " + Durations.clock(a.elapsedMillis()) + " used of " + Durations.clock(a.budgetSeconds() * 1000L);
        List<PointLine> points = f.feedback().map(fb -> fb.talkingPoints().stream()
                .map(t -> new PointLine(t.id(), t.label(), t.level(), t.gap())).toList()).orElse(List.of());
        List<MistakeLine> mistakes = f.feedback().map(fb -> probedMistakes(fb, f.followUp().probes())).orElse(List.of());
        return new FollowUpItem(number, heading(number, f.followUp().minutes()), f.followUp().question(), f.reason(), time,
                a.answer(), f.answered(), points, mistakes);
    }

    /** "Follow-up 1 · 3 min". */
    public static String heading(int number, int minutes) {
        return "Follow-up " + number + " \u00b7 " + minutes + " min";
    }

    public static List<FollowUpItem> of(List<FollowUpAnswer> followUps) {
        return java.util.stream.IntStream.range(0, followUps.size()).mapToObj(i -> of(i + 1, followUps.get(i))).toList();
    }

    private static List<MistakeLine> probedMistakes(Feedback feedback, List<String> probes) {
        return feedback.mistakes().stream().filter(m -> m.applies() && probes.contains(m.id()))
                .map(m -> new MistakeLine(m.id(), m.title(), m.flagged(), m.why())).toList();
    }

    /** How many of the probed points the answer developed: "1 of 2 probed points developed". */
    public String pointsSummary() {
        long developed = points.stream().filter(p -> p.level() == Level.DEVELOPED).count();
        return developed + " of " + Plural.of(points.size(), "probed point") + " developed";
    }
}
