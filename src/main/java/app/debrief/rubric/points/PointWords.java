package app.debrief.rubric.points;

import java.util.List;
import java.util.Map;

/**
 * What the talking-point pass reads from the rubric: the lexicon of figures, the lexicons of
 * reasons and mechanisms ("because", "which cuts"), the lexicons whose words count as content
 * after such a cue (so "so we keep it low" is no reason, "so the KV cache fits" is), how far a
 * cue may stand from its content, and the messages that say what a touched point lacks.
 */
public record PointWords(String figures, List<String> reasons, List<String> content, int reach, Map<String, String> gaps) {
    public PointWords {
        reasons = List.copyOf(reasons);
        content = List.copyOf(content);
        gaps = Map.copyOf(gaps);
    }

    public String gap(String which) {
        return gaps.getOrDefault(which, which);
    }
}
