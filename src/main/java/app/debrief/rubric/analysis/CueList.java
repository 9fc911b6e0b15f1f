package app.debrief.rubric.analysis;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Words and patterns that signal a stance ("can wait", "removes", "'s problem"), compiled once
 * and marked on an answer's tokens.
 */
public final class CueList {

    private final TermSet terms;
    private final PatternScan patterns;

    public CueList(List<String> terms, List<String> patterns) {
        this.terms = new TermSet(terms);
        this.patterns = new PatternScan(patterns);
    }

    public static CueList of(List<String> terms) {
        return new CueList(terms, List.of());
    }

    /** True when a cue of {@code marks} starts on a token of [from, to). */
    static boolean anyStartsIn(int[] marks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (marks[k] > 0) {
                return true;
            }
        }
        return false;
    }

    /** For each token, the number of tokens of a cue starting there (0 where none starts). */
    public int[] mark(AnswerText text) {
        int[] length = new int[text.count()];
        for (TermSet.Match m : terms.findAll(text)) {
            length[m.from()] = m.to() - m.from();
        }
        patterns.scan(text, (p, matcher) -> markMatch(text, matcher, length));
        return length;
    }

    private static void markMatch(AnswerText text, Matcher matcher, int[] length) {
        int first = text.tokenAtOrAfter(matcher.start());
        if (first >= text.count() || matcher.end() <= matcher.start()) {
            return;
        }
        int last = text.tokenAtOrAfter(matcher.end() - 1);
        length[first] = Math.max(length[first], Math.min(last + 1, text.count()) - first);
    }
}
