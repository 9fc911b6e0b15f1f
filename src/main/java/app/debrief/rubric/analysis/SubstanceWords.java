package app.debrief.rubric.analysis;

import java.util.List;

/**
 * What counts as substance, read from the rubric: the lexicon of figures, and the lexicons of
 * reasons and mechanisms ("because", "so that", "which cuts").
 */
public record SubstanceWords(String figures, List<String> reasons) {
    public SubstanceWords {
        reasons = List.copyOf(reasons);
    }
}
