package app.debrief.review;

import app.debrief.rubric.Mistake;
import app.debrief.rubric.Rubric;
import app.debrief.store.ProgressPoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A mistake the candidate was flagged for in {@code flagged} of the latest {@code answers} answers it applied to. */
record WeakSpot(Mistake mistake, int flagged, int answers) {

    /** How many of the latest answers a mistake applied to count as "lately". */
    static final int LATELY = 6;
    /** Flagged in at least this share of them makes a weak spot: 2 of 6, 1 of 3. */
    static final double MIN_SHARE = 1.0 / 3;

    /** The weak spots in {@code history} (oldest first), most often flagged first, then by share, then in rubric order. */
    static List<WeakSpot> in(List<ProgressPoint> history, Rubric rubric) {
        List<WeakSpot> spots = new ArrayList<>();
        for (Mistake m : rubric.mistakes()) {
            List<ProgressPoint> applied = history.stream().filter(p -> ProgressAnalysis.applies(m, p)).toList();
            List<ProgressPoint> latest = applied.subList(Math.max(0, applied.size() - LATELY), applied.size());
            int flagged = (int) latest.stream().filter(p -> p.flaggedMistakes().contains(m.id())).count();
            if (flagged > 0 && flagged >= MIN_SHARE * latest.size() - 1e-9) {
                spots.add(new WeakSpot(m, flagged, latest.size()));
            }
        }
        // A stable sort keeps rubric order among equals.
        spots.sort(Comparator.comparingInt(WeakSpot::flagged).reversed()
                .thenComparing(Comparator.comparingDouble(WeakSpot::share).reversed()));
        return spots;
    }

    double share() {
        return (double) flagged / answers;
    }

    String explanation() {
        String when = answers == 1 ? "in your last answer" : "in " + flagged + " of your last " + answers + " answers";
        return "You were flagged for " + MistakeNames.inSentence(mistake) + " " + when + "; this prompt tests it.";
    }
}
