package app.debrief.rubric.points;

import app.debrief.rubric.analysis.TermHit;

import java.util.List;
import java.util.Optional;

/**
 * The level of one talking point, the words that name it ({@code evidence}), the words that give
 * it substance, and, for a touched point, what it lacks ("no figure, mechanism or reason").
 */
public record PointGrade(String id, String label, Level level, List<TermHit> evidence, List<TermHit> substance, Optional<String> gap) {
    public PointGrade {
        evidence = List.copyOf(evidence);
        substance = List.copyOf(substance);
    }
}
