package app.debrief.rubric.analysis;

import java.util.List;

/**
 * What counts as substance, read from the rubric: the lexicon of figures, the lexicons of reasons
 * and mechanisms ("because", "which cuts"), the lexicons whose words count as content after such a
 * cue (so "so we keep it low" is no reason, "so the KV cache fits" is), and how far a cue may
 * stand from its content.
 */
public record SubstanceWords(String figures, List<String> reasons, List<String> content, int reach) {
    public SubstanceWords {
        reasons = List.copyOf(reasons);
        content = List.copyOf(content);
    }
}
