package app.debrief.rubric;

import app.debrief.rubric.points.Level;

import java.util.List;
import java.util.Optional;

/**
 * How far the answer takes one of the prompt's talking points ({@code level}), the words that
 * name it ({@code evidence}), the words that give it substance, and, for a touched point, what it
 * lacks ({@code gap}: "no figure, mechanism or reason"). {@code covered} is true exactly when the
 * point is developed.
 */
public record TalkingPointFinding(String id, String label, Level level, List<Evidence> evidence, List<Evidence> substance,
                                  Optional<String> gap) {
    public TalkingPointFinding {
        evidence = List.copyOf(evidence);
        substance = List.copyOf(substance);
    }

    public boolean covered() {
        return level == Level.DEVELOPED;
    }
}
