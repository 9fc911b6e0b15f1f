package app.debrief.rubric;

import java.util.List;

/** Whether the answer covers one of the prompt's talking points, and the words that show it. */
public record TalkingPointFinding(String id, String label, boolean covered, List<Evidence> evidence) {
    public TalkingPointFinding {
        evidence = List.copyOf(evidence);
    }
}
