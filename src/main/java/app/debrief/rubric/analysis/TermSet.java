package app.debrief.rubric.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of phrases matched on stems against an {@link AnswerText}. Between the words of a
 * phrase the answer may add an article or possessive ("gate the weights" matches "gate our
 * weights"), but a match never crosses a sentence. A phrase written with a leading {@code =}
 * matches its exact words only ("=downloads" is the metric, not "downloadable").
 */
public final class TermSet {

    private static final Stems TERM_STEMS = new Stems();
    static final Set<String> SKIPPABLE = Set.of(
            "the", "a", "an", "our", "their", "its", "your", "this", "that", "these", "those", "my", "his", "her");
    private static final int MAX_SKIP = 2;

    /** A phrase as written, and its stems (or its exact words). */
    public record Term(String phrase, String[] stems, boolean exact) {
    }

    /** Where a term matched: tokens [from, to). */
    public record Match(Term term, int from, int to) {
    }

    private final Map<String, List<Term>> byFirstStem = new HashMap<>();
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    /** The numbers of the first stems and first exact words, so most tokens are passed by with one bit test. */
    private final java.util.BitSet firstStems = new java.util.BitSet();
    private final java.util.BitSet firstWords = new java.util.BitSet();
    private final int size;

    public TermSet(List<String> phrases) {
        int n = 0;
        for (String phrase : phrases) {
            boolean exact = phrase.startsWith("=");
            List<String> words = exact ? words(phrase.substring(1)) : tokens(phrase);
            if (words.isEmpty()) {
                continue;
            }
            (exact ? byFirstWord : byFirstStem).computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Term(phrase, words.toArray(String[]::new), exact));
            (exact ? firstWords : firstStems).set(WordIds.of(words.get(0)));
            n++;
        }
        this.size = n;
    }

    /** The stems a phrase is matched by; empty when it has no letters or digits. */
    public static List<String> tokens(String phrase) {
        return split(phrase, false);
    }

    /** The lower-case words of a phrase, for exact matching. */
    private static List<String> words(String phrase) {
        return split(phrase, true);
    }

    private static List<String> split(String phrase, boolean exact) {
        AnswerText t = AnswerText.of(phrase, TERM_STEMS);
        String[] words = new String[t.count()];
        for (int k = 0; k < words.length; k++) {
            words[k] = exact ? t.norm(k) : t.stem(k);
        }
        return List.of(words);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Every match, longest first at each place, not overlapping each other. */
    public List<Match> findAll(AnswerText text) {
        List<Match> matches = new ArrayList<>();
        if (size == 0) {
            return matches;
        }
        int i = 0;
        while (i < text.count()) {
            Match best = longestAt(text, i);
            if (best == null) {
                i++;
            } else {
                matches.add(best);
                i = best.to;
            }
        }
        return matches;
    }

    /** A mark per token: true where a match of this set covers it. */
    public boolean[] covered(AnswerText text) {
        boolean[] marks = new boolean[text.count()];
        for (Match m : findAll(text)) {
            Arrays.fill(marks, m.from, m.to, true);
        }
        return marks;
    }

    /** A mark per token: true where a match of this set starts. */
    public boolean[] starts(AnswerText text) {
        boolean[] marks = new boolean[text.count()];
        for (Match m : findAll(text)) {
            marks[m.from] = true;
        }
        return marks;
    }

    /** The longest match starting at token {@code i}, or null. */
    Match longestAt(AnswerText text, int i) {
        int stemId = text.stemId(i);
        Match best = stemId >= 0 && !firstStems.get(stemId) ? null : longest(byFirstStem.get(text.stem(i)), text, i, null);
        if (byFirstWord.isEmpty()) {
            return best;
        }
        int normId = text.normId(i);
        return normId >= 0 && !firstWords.get(normId) ? best : longest(byFirstWord.get(text.norm(i)), text, i, best);
    }

    private static Match longest(List<Term> candidates, AnswerText text, int i, Match best) {
        if (candidates == null) {
            return best;
        }
        for (Term term : candidates) {
            int to = matchEnd(text, i, term.stems, term.exact);
            if (to > 0 && (best == null || to > best.to)) {
                best = new Match(term, i, to);
            }
        }
        return best;
    }

    private static int matchEnd(AnswerText text, int i, String[] stems, boolean exact) {
        int k = i + 1;
        int sentence = text.sentence(i);
        int count = text.count();
        for (int s = 1; s < stems.length; s++) {
            int skipped = 0;
            while (k < count && text.sentence(k) == sentence && !word(text, k, exact).equals(stems[s])
                    && text.skippable(k) && skipped < MAX_SKIP) {
                k++;
                skipped++;
            }
            if (k >= count || text.sentence(k) != sentence || !word(text, k, exact).equals(stems[s])) {
                return -1;
            }
            k++;
        }
        return k;
    }

    private static String word(AnswerText text, int k, boolean exact) {
        return exact ? text.norm(k) : text.stem(k);
    }
}
