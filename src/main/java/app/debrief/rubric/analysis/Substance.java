package app.debrief.rubric.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The substance pass: what argues rather than names. A figure with a unit that the question did
 * not give, and a reason or mechanism ("because", "which cuts").
 */
public final class Substance {

    private Substance() {
    }

    /** The answer's own figures, in text order. */
    public static List<TermHit> ownFigures(AnalysedAnswer answer, SubstanceWords words, QuestionFigures given) {
        return answer.hits(words.figures()).stream().filter(f -> !given.copied(f.text())).toList();
    }

    /**
     * Reasons and mechanisms: "because", "so that", "which cuts". Measured on the tuning answers,
     * asking for content after the cue (to refuse "so we keep it low") lost more argued points than
     * it refused empty ones, so a cue stands on its own.
     */
    public static List<TermHit> reasons(AnalysedAnswer answer, SubstanceWords words) {
        // "So, overall…" opening a sentence is a discourse marker, not a reason
        AnswerText text = answer.text();
        return answer.hits(words.reasons()).stream()
                .filter(h -> !(h.firstToken() == text.sentenceStart(h.firstToken()) && h.endToken() - h.firstToken() == 1
                        && DISCOURSE.contains(text.norm(h.firstToken()))))
                .toList();
    }

    private static final java.util.Set<String> DISCOURSE = java.util.Set.of("so", "since", "thus", "hence");

    /** Mechanisms and trade-offs: "halves", "frees", "at the cost of", "rather than". */
    public static List<TermHit> effects(AnalysedAnswer answer, SubstanceWords words) {
        return answer.hits(words.effects());
    }

    /**
     * The cues that are not hollow. A reason or an effect whose own clause is hype argues nothing
     * ("which gives total peace of mind", "so developers feel confident"): a cue is hollow when a term
     * of {@code lexicons} stands after it, close to it in its clause, in any stance: "so nobody feels
     * left out" is a feeling too (measured: 5 talking-point pairs nearer the expert, 1 further).
     */
    private static List<TermHit> notHollow(AnalysedAnswer answer, List<TermHit> cues, List<String> lexicons) {
        AnswerText text = answer.text();
        boolean[] hype = new boolean[text.count()];
        for (TermHit h : answer.hits(lexicons)) {
            hype[h.firstToken()] = true;
        }
        List<TermHit> kept = new ArrayList<>();
        for (TermHit cue : cues) {
            boolean hollow = false;
            for (int k = cue.endToken(); k < text.count() && text.clause(k) == text.clause(cue.endToken() - 1)
                    && k - cue.endToken() < HOLLOW_REACH && !hollow; k++) {
                hollow = hype[k];
            }
            if (!hollow) {
                kept.add(cue);
            }
        }
        return kept;
    }

    /** How far after its cue the hype of a hollow reason starts ("so developers feel", "which gives total peace of mind"). */
    private static final int HOLLOW_REACH = 6;

    /** The reasons and effects that are not hollow by {@code hollowAfter} ({@link #notHollow}). */
    public static List<TermHit> arguing(AnalysedAnswer answer, SubstanceWords words, List<String> hollowAfter) {
        List<TermHit> cues = new ArrayList<>(reasons(answer, words));
        cues.addAll(effects(answer, words));
        return notHollow(answer, cues, hollowAfter);
    }

    /** Own figures, and the reasons and effects that are not hollow by {@code hollowAfter}, in text order. */
    public static List<TermHit> all(AnalysedAnswer answer, SubstanceWords words, QuestionFigures given, List<String> hollowAfter) {
        List<TermHit> all = new ArrayList<>(ownFigures(answer, words, given));
        all.addAll(arguing(answer, words, hollowAfter));
        all.sort(Comparator.comparingInt(TermHit::start));
        return all;
    }
}
