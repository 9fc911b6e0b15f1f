package app.debrief.rubric.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The substance pass: what argues rather than names. A figure with a unit that the question did
 * not give, and a reason or mechanism ("because", "which cuts") followed within its sentence by
 * content ("so the KV cache fits in 80 GB", not "so we keep it low").
 */
public final class Substance {

    private Substance() {
    }

    /** The answer's own figures, in text order. */
    public static List<TermHit> ownFigures(AnalysedAnswer answer, SubstanceWords words, QuestionFigures given) {
        return answer.hits(words.figures()).stream().filter(f -> !given.copied(f.text())).toList();
    }

    /**
     * Reasons and mechanisms that carry content: a cue followed, within its sentence and
     * {@code reach} tokens, by a term of a content lexicon or of {@code moreContent}.
     */
    public static List<TermHit> reasons(AnalysedAnswer answer, SubstanceWords words, List<TermHit> moreContent) {
        List<TermHit> cues = answer.hits(words.reasons());
        if (cues.isEmpty()) {
            return List.of();
        }
        List<TermHit> content = new ArrayList<>(answer.hits(words.content()));
        content.addAll(moreContent);
        List<TermHit> found = new ArrayList<>();
        for (TermHit cue : cues) {
            for (TermHit c : content) {
                if (c.sentence() == cue.sentence() && c.firstToken() >= cue.endToken() && c.firstToken() - cue.endToken() < words.reach()) {
                    found.add(cue);
                    break;
                }
            }
        }
        return found;
    }

    /** Own figures and reasons with content together, in text order. */
    public static List<TermHit> all(AnalysedAnswer answer, SubstanceWords words, QuestionFigures given, List<TermHit> moreContent) {
        List<TermHit> all = new ArrayList<>(ownFigures(answer, words, given));
        all.addAll(reasons(answer, words, moreContent));
        all.sort(Comparator.comparingInt(TermHit::start));
        return all;
    }
}
