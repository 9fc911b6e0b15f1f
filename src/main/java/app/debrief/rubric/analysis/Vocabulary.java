package app.debrief.rubric.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * The rubric's words compiled once per checker and shared by every answer it checks: the stance
 * cues and the lexicons. Safe to share between threads.
 */
public final class Vocabulary {

    private final Stems stems = new Stems();
    private final StanceWords words;
    private final CueList negationBefore;
    private final CueList negationAfter;
    private final TermSet notNegation;
    private final TermSet terminators;
    private final TermSet others;
    private final TermSet self;
    private final CueList deferralBefore;
    private final CueList deferralAfter;
    private final CueList handoffs;
    private final TermSet anaphora;
    private final CueList deemphasisBefore;
    private final CueList deemphasisAfter;
    private final CueList displacing;
    private final CueList criticismBefore;
    private final CueList criticismAfter;
    private final CueList removalBefore;
    private final CueList removalAfter;
    private final TermSet absorbers;
    private final CueList disparagementBefore;
    private final CueList disparagementAfter;
    private final CueList hypothetical;
    private final CueList endorsement;
    private final CueList continuations;
    private final CueList leadIns;
    private final CueList restatements;
    private final CueList rejections;
    private final TermSet roleNouns;
    private final Map<String, Lexicon> lexicons;

    public Vocabulary(StanceWords words, Map<String, LexiconSpec> lexicons) {
        this.words = words;
        StanceWords.Negation n = words.negation();
        negationBefore = CueList.of(n.before());
        negationAfter = CueList.of(n.after());
        notNegation = new TermSet(n.notNegation());
        terminators = new TermSet(n.terminators());
        others = new TermSet(words.attribution().others());
        self = new TermSet(words.attribution().self());
        deferralBefore = CueList.of(words.deferral().before());
        deferralAfter = new CueList(words.deferral().after(), words.deferral().afterPatterns());
        handoffs = new CueList(words.handoff().after(), words.handoff().afterPatterns());
        anaphora = new TermSet(words.handoff().before());
        deemphasisBefore = CueList.of(words.deemphasis().before());
        deemphasisAfter = new CueList(words.deemphasis().after(), words.deemphasis().afterPatterns());
        displacing = CueList.of(words.displacing());
        criticismBefore = CueList.of(words.criticism().before());
        criticismAfter = new CueList(words.criticism().after(), words.criticism().afterPatterns());
        removalBefore = CueList.of(words.removal().before());
        removalAfter = new CueList(words.removal().after(), words.removal().afterPatterns());
        absorbers = new TermSet(n.absorbers());
        disparagementBefore = CueList.of(words.disparagement().before());
        disparagementAfter = new CueList(words.disparagement().after(), words.disparagement().afterPatterns());
        hypothetical = CueList.of(words.hypothetical());
        endorsement = CueList.of(words.endorsement());
        continuations = CueList.of(words.continuations());
        leadIns = CueList.of(words.leadIns());
        restatements = CueList.of(words.restatements());
        rejections = CueList.of(words.rejections());
        roleNouns = new TermSet(words.roleNouns());
        Map<String, Lexicon> compiled = new HashMap<>();
        lexicons.forEach((id, spec) -> compiled.put(id, new Lexicon(spec)));
        this.lexicons = Map.copyOf(compiled);
    }

    /** The first pass over one answer, {@code words} long; term hits and their stances follow on demand. */
    public AnalysedAnswer analyse(String answer, int words) {
        return new AnalysedAnswer(answer, words, this);
    }

    public Lexicon lexicon(String id) {
        Lexicon lexicon = lexicons.get(id);
        if (lexicon == null) {
            throw new IllegalArgumentException("no lexicon named " + id);
        }
        return lexicon;
    }

    public Iterable<String> lexiconIds() {
        return lexicons.keySet();
    }

    Stems stems() {
        return stems;
    }

    StanceWords words() {
        return words;
    }

    CueList negationBefore() {
        return negationBefore;
    }

    CueList negationAfter() {
        return negationAfter;
    }

    TermSet notNegation() {
        return notNegation;
    }

    TermSet terminators() {
        return terminators;
    }

    TermSet others() {
        return others;
    }

    TermSet self() {
        return self;
    }

    CueList deferralBefore() {
        return deferralBefore;
    }

    CueList deferralAfter() {
        return deferralAfter;
    }

    CueList handoffs() {
        return handoffs;
    }

    TermSet anaphora() {
        return anaphora;
    }

    CueList deemphasisBefore() {
        return deemphasisBefore;
    }

    CueList deemphasisAfter() {
        return deemphasisAfter;
    }

    CueList displacing() {
        return displacing;
    }

    CueList criticismBefore() {
        return criticismBefore;
    }

    CueList criticismAfter() {
        return criticismAfter;
    }

    CueList removalBefore() {
        return removalBefore;
    }

    CueList removalAfter() {
        return removalAfter;
    }

    TermSet absorbers() {
        return absorbers;
    }

    CueList disparagementBefore() {
        return disparagementBefore;
    }

    CueList disparagementAfter() {
        return disparagementAfter;
    }

    CueList hypothetical() {
        return hypothetical;
    }

    CueList endorsement() {
        return endorsement;
    }

    CueList leadIns() {
        return leadIns;
    }

    /** Openings of a sentence that rejects the one before it ("I'd reject that", "That would be a mistake"). */
    CueList rejections() {
        return rejections;
    }

    CueList restatements() {
        return restatements;
    }

    CueList continuations() {
        return continuations;
    }

    TermSet roleNouns() {
        return roleNouns;
    }
}
