package app.debrief.rubric.analysis;

import java.util.List;

/**
 * What counts as substance, read from the rubric: the lexicon of figures; the lexicons of reasons
 * ("because", "so that": they argue a point that is discussed, not a list line that names it) and
 * of effects ("halves", "at the cost of", "rather than": a mechanism or a trade-off, which argues
 * on its own).
 */
public record SubstanceWords(String figures, List<String> reasons, List<String> effects) {
    public SubstanceWords {
        reasons = List.copyOf(reasons);
        effects = List.copyOf(effects);
    }
}
