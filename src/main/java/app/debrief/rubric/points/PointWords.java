package app.debrief.rubric.points;

import app.debrief.rubric.analysis.SubstanceWords;

import java.util.Map;

/**
 * What the talking-point pass reads from the rubric: what counts as substance, and the messages
 * that say what a touched point lacks.
 */
public record PointWords(SubstanceWords substance, Map<String, String> gaps) {
    public PointWords {
        gaps = Map.copyOf(gaps);
    }

    public String gap(String which) {
        return gaps.getOrDefault(which, which);
    }
}
