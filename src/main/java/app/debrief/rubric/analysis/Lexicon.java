package app.debrief.rubric.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A lexicon of the rubric (or one concept of a talking point), compiled for matching: the term
 * hits pass. A hit that is a single word naming a group of people ("the community team", "the
 * security team") is a name, not the idea, and is left out.
 */
public final class Lexicon {

    private final LexiconSpec spec;
    private final TermSet terms;
    private final TermSet except;
    private final PatternScan patterns;

    public Lexicon(LexiconSpec spec) {
        this.spec = spec;
        this.terms = new TermSet(spec.terms());
        this.except = new TermSet(spec.except());
        this.patterns = new PatternScan(spec.patterns());
    }

    public LexiconSpec spec() {
        return spec;
    }

    public String label() {
        return spec.label();
    }

    private static void addSpan(AnswerText text, Matcher matcher, List<int[]> spans) {
        if (matcher.end() == matcher.start()) {
            return;
        }
        int first = text.tokenAtOrAfter(matcher.start());
        if (first >= text.count()) {
            return;
        }
        int last = Math.max(first + 1, text.tokenAtOrAfter(matcher.end() - 1) + 1);
        spans.add(new int[]{matcher.start(), matcher.end(), first, Math.min(last, text.count())});
    }

    /** Where the lexicon matches, in text order, without the places its exceptions cover, each with its stance. */
    public List<TermHit> find(AnalysedAnswer answer) {
        AnswerText text = answer.text();
        List<int[]> spans = new ArrayList<>();
        for (TermSet.Match m : terms.findAll(text)) {
            if (!(spec.stance() && m.to() - m.from() == 1 && answer.namesGroup(m.to()))) {
                spans.add(new int[]{text.start(m.from()), text.end(m.to() - 1), m.from(), m.to()});
            }
        }
        if (patterns.size() > 0) {
            spans.addAll(patternSpans(text));
        }
        if (spec.exclamations()) {
            shouted(text, spans);
        }
        List<int[]> excluded = new ArrayList<>();
        if (!except.isEmpty()) {
            for (TermSet.Match m : except.findAll(text)) {
                excluded.add(new int[]{text.start(m.from()), text.end(m.to() - 1)});
            }
        }
        List<int[]> kept = spans.stream().filter(s -> !overlapsAny(s, excluded)).toList();
        // the lexicon's own words, so a list of them ("SSO, audit logs and a DPA can wait") reads as one
        boolean[] own = new boolean[text.count()];
        for (int[] s : kept) {
            java.util.Arrays.fill(own, s[2], s[3], true);
        }
        List<TermHit> hits = new ArrayList<>(kept.size());
        for (int[] s : kept) {
            Stance stance = spec.stance() ? answer.stance(s[2], s[3], spec, own) : Stance.ASSERTED;
            hits.add(new TermHit(spec.id(), text.text().substring(s[0], s[1]), s[0], s[1], s[2], s[3], text.sentence(s[2]), stance));
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /** The spans of every pattern, in pattern order and within a pattern in text order. */
    private List<int[]> patternSpans(AnswerText text) {
        List<List<int[]>> perPattern = new ArrayList<>(patterns.size());
        for (int p = 0; p < patterns.size(); p++) {
            perPattern.add(new ArrayList<>(0));
        }
        patterns.scan(text, (p, matcher) -> addSpan(text, matcher, perPattern.get(p)));
        List<int[]> spans = new ArrayList<>();
        perPattern.forEach(spans::addAll);
        return spans;
    }

    /** Each word an exclamation mark follows ("value!!", "hold the line!"), as a span with its marks; "!=" is code. */
    private static void shouted(AnswerText text, List<int[]> spans) {
        String t = text.text();
        for (int at = t.indexOf('!'); at >= 0; at = t.indexOf('!', at + 1)) {
            if (at == 0 || !Character.isLetter(t.charAt(at - 1)) || at + 1 < t.length() && t.charAt(at + 1) == '=') {
                continue;
            }
            int word = text.tokenAtOrAfter(at - 1);
            if (word >= text.count() || text.end(word) != at || covered(spans, word)) {
                continue; // "magic!" is already a hit as "magic"
            }
            int end = at;
            while (end < t.length() && t.charAt(end) == '!') {
                end++;
            }
            spans.add(new int[]{text.start(word), end, word, word + 1});
            at = end - 1;
        }
    }

    private static boolean covered(List<int[]> spans, int token) {
        return spans.stream().anyMatch(s -> s[2] <= token && token < s[3]);
    }

    private static boolean overlapsAny(int[] span, List<int[]> others) {
        for (int[] o : others) {
            if (span[0] < o[1] && o[0] < span[1]) {
                return true;
            }
        }
        return false;
    }
}
