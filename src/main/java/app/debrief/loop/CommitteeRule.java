package app.debrief.loop;

import java.util.List;
import java.util.Optional;

/**
 * One rule of the hiring committee, read from the rubric: when it holds, the lean is at most
 * {@code cap}, and {@code reason} says why in the source's own judgment. It holds when any of
 * {@code mistakes} is flagged in at least {@code inRounds} rounds, or, for a talking-point rule,
 * when the share of developed talking points is below {@code developedBelow}.
 */
public record CommitteeRule(String id, List<String> mistakes, int inRounds, Optional<Double> developedBelow, Lean cap, String reason) {

    public CommitteeRule {
        mistakes = List.copyOf(mistakes);
    }

    public boolean aboutMistakes() {
        return !mistakes.isEmpty();
    }
}
