package app.debrief.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One answer as the rules see it: its tokens, where negations and competitor clauses are, and
 * each lexicon's hits (found once, on first use).
 */
final class AnalysedAnswer {

    final AnswerText text;
    final int words;
    private final Signals signals;
    private final Map<String, List<Hit>> hits = new HashMap<>();
    private int[] cueBefore;
    private boolean[] cueAfter;
    private boolean[] terminator;
    private boolean[] aboutOthers;

    AnalysedAnswer(String answer, Signals signals) {
        this.text = AnswerText.of(answer, signals.stems);
        this.words = Words.count(answer);
        this.signals = signals;
    }

    List<Hit> hits(String lexicon) {
        return hits.computeIfAbsent(lexicon, id -> signals.lexicon(id).find(this));
    }

    /** All hits of several lexicons, in text order. */
    List<Hit> hits(List<String> lexicons) {
        List<Hit> all = new ArrayList<>();
        for (String id : lexicons) {
            all.addAll(hits(id));
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /**
     * True when an odd number of negation cues stand before tokens [from, to) within their
     * clause and window, or follow them ("can wait"): two cues cancel ("not hold back").
     */
    boolean negated(int from, int to) {
        if (cueBefore == null) {
            markCues();
        }
        int clause = text.clause[from];
        int cues = 0;
        for (int k = from - 1; k >= 0 && k >= from - signals.window && text.clause[k] == clause && !terminator[k]; k--) {
            if (cueBefore[k] > 0 && k + cueBefore[k] <= from) {
                cues++;
            }
        }
        for (int k = to; k < text.count && k < to + signals.afterWindow && text.clause[k] == clause; k++) {
            if (cueAfter[k]) {
                cues++;
            }
        }
        return cues % 2 == 1;
    }

    /**
     * True when token {@code i} is in a clause that names a competitor and not us, in a sentence
     * that opens with a competitor and does not name us, or in a sentence that follows one in the
     * same paragraph without coming back to us.
     */
    boolean aboutOthers(int i) {
        if (aboutOthers == null) {
            markAttribution();
        }
        return aboutOthers[i];
    }

    private void markCues() {
        cueBefore = new int[text.count];
        cueAfter = new boolean[text.count];
        terminator = new boolean[text.count];
        for (TermSet.Match m : signals.terminators.findAll(text)) {
            terminator[m.from()] = true;
        }
        boolean[] cancelled = new boolean[text.count];
        for (TermSet.Match m : signals.notNegation.findAll(text)) {
            for (int k = m.from(); k < m.to(); k++) {
                cancelled[k] = true;
            }
        }
        for (TermSet.Match m : signals.negationBefore.findAll(text)) {
            if (!cancelled[m.from()]) {
                cueBefore[m.from()] = m.to() - m.from();
            }
        }
        for (TermSet.Match m : signals.negationAfter.findAll(text)) {
            if (!cancelled[m.from()]) {
                cueAfter[m.from()] = true;
            }
        }
    }

    private void markAttribution() {
        boolean[] othersAt = marks(signals.others);
        boolean[] selfAt = marks(signals.self);
        int clauses = text.count == 0 ? 0 : text.clause[text.count - 1] + 1;
        boolean[] clauseOthers = new boolean[clauses];
        boolean[] clauseSelf = new boolean[clauses];
        boolean[] sentenceOthers = new boolean[text.sentences];
        boolean[] sentenceSelf = new boolean[text.sentences];
        int sentenceStart = 0;
        for (int k = 0; k < text.count; k++) {
            if (k > 0 && text.sentence[k] != text.sentence[k - 1]) {
                sentenceStart = k;
            }
            clauseOthers[text.clause[k]] |= othersAt[k];
            clauseSelf[text.clause[k]] |= selfAt[k];
            // A sentence is about a competitor when it opens with one ("OpenAI: …", "Bedrock locks you in").
            sentenceOthers[text.sentence[k]] |= othersAt[k] && k - sentenceStart < 3;
            sentenceSelf[text.sentence[k]] |= selfAt[k];
        }
        boolean[] sentenceAbout = new boolean[text.sentences];
        for (int s = 0; s < text.sentences; s++) {
            boolean carried = s > 0 && sentenceAbout[s - 1] && text.paragraphOfSentence(s) == text.paragraphOfSentence(s - 1);
            sentenceAbout[s] = !sentenceSelf[s] && (sentenceOthers[s] || carried);
        }
        aboutOthers = new boolean[text.count];
        for (int k = 0; k < text.count; k++) {
            int c = text.clause[k];
            aboutOthers[k] = sentenceAbout[text.sentence[k]] || (clauseOthers[c] && !clauseSelf[c]) || nextToOthers(k, othersAt);
        }
    }

    /** A word right beside a competitor's name describes it: "a proprietary Bedrock model", "OpenAI's closed API". */
    private boolean nextToOthers(int k, boolean[] othersAt) {
        for (int j = Math.max(0, k - 2); j <= Math.min(text.count - 1, k + 2); j++) {
            if (othersAt[j] && text.clause[j] == text.clause[k]) {
                return true;
            }
        }
        return false;
    }

    private boolean[] marks(TermSet set) {
        boolean[] marked = new boolean[text.count];
        for (TermSet.Match m : set.findAll(text)) {
            marked[m.from()] = true;
        }
        return marked;
    }

    /** The rubric's signals compiled once per checker and shared by every answer it checks. */
    static final class Signals {
        final Stems stems = new Stems();
        final TermSet negationBefore;
        final TermSet negationAfter;
        final TermSet notNegation;
        final TermSet terminators;
        final TermSet others;
        final TermSet self;
        final int window;
        final int afterWindow;
        private final Map<String, Lexicon> lexicons;

        Signals(Rubric rubric) {
            Rubric.NegationRules n = rubric.negation();
            negationBefore = new TermSet(n.before());
            negationAfter = new TermSet(n.after());
            notNegation = new TermSet(n.notNegation());
            terminators = new TermSet(n.terminators());
            window = n.window();
            afterWindow = n.afterWindow();
            Rubric.AttributionRules a = rubric.attribution();
            others = new TermSet(a.others());
            self = new TermSet(a.self());
            Map<String, Lexicon> compiled = new HashMap<>();
            rubric.lexicons().forEach((id, spec) -> compiled.put(id, new Lexicon(spec)));
            lexicons = Map.copyOf(compiled);
        }

        Lexicon lexicon(String id) {
            Lexicon lexicon = lexicons.get(id);
            if (lexicon == null) {
                throw new IllegalArgumentException("no lexicon named " + id);
            }
            return lexicon;
        }

        Iterable<String> lexiconIds() {
            return lexicons.keySet();
        }
    }
}
