package app.debrief.rubric.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One answer as the rules see it: its tokens and units, and each lexicon's hits with their
 * stance (found once, on first use).
 */
public final class AnalysedAnswer {

    private final AnswerText text;
    private final int words;
    private final Vocabulary vocabulary;
    private final StanceMarker stances;
    private final Map<String, List<TermHit>> hits = new HashMap<>();
    private final Map<Lexicon, List<TermHit>> adHoc = new java.util.IdentityHashMap<>();
    private boolean[] groupNames;

    AnalysedAnswer(String answer, int words, Vocabulary vocabulary) {
        this.text = AnswerText.of(answer, vocabulary.stems());
        this.words = words;
        this.vocabulary = vocabulary;
        this.stances = new StanceMarker(text, vocabulary);
    }

    public AnswerText text() {
        return text;
    }

    /** The answer's length in words, as the editor counts them. */
    public int words() {
        return words;
    }

    public List<TermHit> hits(String lexicon) {
        return hits.computeIfAbsent(lexicon, id -> vocabulary.lexicon(id).find(this));
    }

    /** All hits of several lexicons, in text order. */
    public List<TermHit> hits(List<String> lexicons) {
        List<TermHit> all = new ArrayList<>();
        for (String id : lexicons) {
            all.addAll(hits(id));
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /** Hits of a lexicon that is not the rubric's own (a talking point's concept), found once per answer. */
    public List<TermHit> hits(Lexicon lexicon) {
        return adHoc.computeIfAbsent(lexicon, l -> l.find(this));
    }

    Stance stance(int from, int to, LexiconSpec lexicon, boolean[] own) {
        return stances.stance(from, to, lexicon, own);
    }

    /** True when token {@code k} is a word for a group of people ("team", "manager"): the word before it names them. */
    boolean namesGroup(int k) {
        if (groupNames == null) {
            groupNames = vocabulary.roleNouns().starts(text);
        }
        return k < text.count() && groupNames[k];
    }
}
