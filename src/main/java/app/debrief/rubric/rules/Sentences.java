package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.Stance;
import app.debrief.rubric.analysis.TermHit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Counting hits by sentence: rules weigh sentences, so one stray phrase does not decide a verdict. */
final class Sentences {

    /** The stances in which a hit counts as the answer's own: asserted, or a state it describes. */
    static final Set<Stance> OWN = Set.of(Stance.ASSERTED, Stance.DESCRIBED);

    private Sentences() {
    }

    static List<TermHit> own(List<TermHit> hits) {
        return hits.stream().filter(h -> OWN.contains(h.stance())).toList();
    }

    static Map<Integer, Integer> countBySentence(List<TermHit> hits) {
        return hits.stream().collect(Collectors.groupingBy(TermHit::sentence, Collectors.summingInt(h -> 1)));
    }

    static int count(List<TermHit> hits) {
        return (int) hits.stream().map(TermHit::sentence).distinct().count();
    }

    static List<TermHit> in(List<TermHit> hits, Set<Integer> sentences) {
        return hits.stream().filter(h -> sentences.contains(h.sentence())).toList();
    }
}
