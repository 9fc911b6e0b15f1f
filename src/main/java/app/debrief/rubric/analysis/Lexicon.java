package app.debrief.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A lexicon of the rubric, compiled for matching. */
final class Lexicon {

    final Rubric.LexiconSpec spec;
    private final TermSet terms;
    private final TermSet except;
    private final List<Pattern> patterns;

    Lexicon(Rubric.LexiconSpec spec) {
        this.spec = spec;
        this.terms = new TermSet(spec.terms());
        this.except = new TermSet(spec.except());
        this.patterns = spec.patterns().stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** Where the lexicon matches, in text order, without the places its exceptions cover. */
    List<Hit> find(AnalysedAnswer answer) {
        AnswerText text = answer.text;
        List<int[]> spans = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (TermSet.Match m : terms.findAll(text)) {
            spans.add(new int[]{text.start[m.from()], text.end[m.to() - 1], m.from(), m.to()});
            found.add(text.text.substring(text.start[m.from()], text.end[m.to() - 1]));
        }
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text.text);
            while (matcher.find()) {
                if (matcher.end() == matcher.start()) {
                    continue;
                }
                int first = text.tokenAtOrAfter(matcher.start());
                int last = Math.max(first + 1, text.tokenAtOrAfter(matcher.end() - 1) + 1);
                if (first >= text.count) {
                    continue;
                }
                spans.add(new int[]{matcher.start(), matcher.end(), first, Math.min(last, text.count)});
                found.add(matcher.group());
            }
        }
        List<int[]> excluded = new ArrayList<>();
        for (TermSet.Match m : except.findAll(text)) {
            excluded.add(new int[]{text.start[m.from()], text.end[m.to() - 1]});
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (overlapsAny(s, excluded)) {
                continue;
            }
            boolean negated = spec.negatable() && answer.negated(s[2], s[3]);
            boolean exempt = spec.attributable() && answer.aboutOthers(s[2]);
            hits.add(new Hit(spec.id(), found.get(i), s[0], s[1], s[2], s[3], text.sentence[s[2]], negated, exempt));
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
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
