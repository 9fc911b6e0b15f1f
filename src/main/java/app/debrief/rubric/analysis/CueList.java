package app.debrief.rubric.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and patterns that signal a stance ("can wait", "removes", "'s problem"), compiled once
 * and marked on an answer's tokens.
 */
public final class CueList {

    private final TermSet terms;

    /**
     * A pattern, and the words that can open a match when it opens with a word boundary and a list
     * of literal words ("\\b(is|that's|it is) …"): it is then tried only at tokens that are such a
     * word, not at every character of the answer (a 1,500-word answer has about 10,000).
     */
    private record Cue(Pattern pattern, Optional<Set<String>> openers, boolean possessive) {
    }

    /** "\\b(that.s|it is) …", "\\b(folks|teams)['’] …": a dot stands for an apostrophe, straight or curly, as the words are read. */
    private static final Pattern LITERAL_OPENING = Pattern.compile("^\\\\b\\(((?:[a-z'. ]+\\|)*[a-z'. ]+)\\)(?:[ \\\\]|\\['\u2019\\])");
    private static final Pattern LITERAL_WORD = Pattern.compile("^\\\\b([a-z']+)[ \\\\]");
    /** "\\b[\\p{L}]+['\\u2019]s …": a possessive opens it ("legal's problem"). */
    private static final String POSSESSIVE = "\\b[\\p{L}]+['\\u2019]s ";

    private final Map<String, List<Cue>> byOpener = new HashMap<>();
    private final List<Cue> possessive = new ArrayList<>();
    private final List<Cue> unanchored = new ArrayList<>();

    public CueList(List<String> terms, List<String> patterns) {
        this.terms = new TermSet(terms);
        for (Cue cue : patterns.stream().map(CueList::cue).toList()) {
            if (cue.possessive()) {
                possessive.add(cue);
            } else if (cue.openers().isPresent()) {
                cue.openers().get().forEach(w -> byOpener.computeIfAbsent(w, x -> new ArrayList<>()).add(cue));
            } else {
                unanchored.add(cue);
            }
        }
    }

    private static Cue cue(String source) {
        Pattern pattern = Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (source.startsWith(POSSESSIVE)) {
            return new Cue(pattern, Optional.empty(), true);
        }
        return new Cue(pattern, openers(source), false);
    }

    /**
     * The words a match of the pattern {@code source} can open with, when it opens with a word
     * boundary and a literal word or a list of them ("\\b(is|that's|it is) …"); empty when it can
     * open anywhere.
     */
    static Optional<Set<String>> openers(String source) {
        Matcher alternatives = LITERAL_OPENING.matcher(source);
        if (alternatives.find()) {
            Set<String> openers = new HashSet<>();
            for (String alternative : alternatives.group(1).split("\\|")) {
                openers.add(alternative.strip().split(" ")[0].replace('.', '\''));
            }
            return Optional.of(Set.copyOf(openers));
        }
        Matcher word = LITERAL_WORD.matcher(source);
        return word.find() ? Optional.of(Set.of(word.group(1))) : Optional.empty();
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
        for (Cue cue : unanchored) {
            Matcher matcher = cue.pattern().matcher(text.text());
            while (matcher.find()) {
                markMatch(text, matcher, length);
            }
        }
        if (byOpener.isEmpty() && possessive.isEmpty()) {
            return length;
        }
        // one pass over the words: a pattern is tried only where one of its openers stands
        Map<Cue, Matcher> matchers = new HashMap<>();
        for (int k = 0; k < text.count(); k++) {
            String norm = text.norm(k);
            List<Cue> here = byOpener.get(norm);
            if (here != null) {
                tryAt(text, k, here, matchers, length);
            }
            if (!possessive.isEmpty() && norm.endsWith("'s")) {
                tryAt(text, k, possessive, matchers, length);
            }
        }
        return length;
    }

    private static void tryAt(AnswerText text, int k, List<Cue> cues, Map<Cue, Matcher> matchers, int[] length) {
        for (Cue cue : cues) {
            Matcher matcher = matchers.computeIfAbsent(cue, c -> c.pattern().matcher(text.text()).useTransparentBounds(true));
            if (matcher.region(text.start(k), text.text().length()).lookingAt()) {
                markMatch(text, matcher, length);
            }
        }
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
