package app.debrief.rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of phrases matched on stems against an {@link AnswerText}. Between the words of a
 * phrase the answer may add an article or possessive ("gate the weights" matches "gate our
 * weights"), but a match never crosses a sentence.
 */
final class TermSet {

    private static final Stems TERM_STEMS = new Stems();
    private static final Set<String> SKIPPABLE = Set.of(
            "the", "a", "an", "our", "their", "its", "your", "this", "that", "these", "those", "my", "his", "her");
    private static final int MAX_SKIP = 2;

    /** A phrase as written and as stems. */
    record Term(String phrase, String[] stems) {
    }

    /** Where a term matched: tokens [from, to). */
    record Match(Term term, int from, int to) {
    }

    private final Map<String, List<Term>> byFirstStem = new HashMap<>();
    private final int size;

    TermSet(List<String> phrases) {
        int n = 0;
        for (String phrase : phrases) {
            List<String> stems = tokens(phrase);
            if (stems.isEmpty()) {
                continue;
            }
            byFirstStem.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Term(phrase, stems.toArray(String[]::new)));
            n++;
        }
        this.size = n;
    }

    /** The stems a phrase is matched by; empty when it has no letters or digits. */
    static List<String> tokens(String phrase) {
        AnswerText t = AnswerText.of(phrase, TERM_STEMS);
        return List.of(Arrays.copyOf(t.stem, t.count));
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Every match, longest first at each place, not overlapping each other. */
    List<Match> findAll(AnswerText text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.count) {
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

    /** The longest match starting at token {@code i}, or null. */
    Match longestAt(AnswerText text, int i) {
        List<Term> candidates = byFirstStem.get(text.stem[i]);
        if (candidates == null) {
            return null;
        }
        Match best = null;
        for (Term term : candidates) {
            int to = matchEnd(text, i, term.stems);
            if (to > 0 && (best == null || to > best.to)) {
                best = new Match(term, i, to);
            }
        }
        return best;
    }

    private static int matchEnd(AnswerText text, int i, String[] stems) {
        int k = i + 1;
        int sentence = text.sentence[i];
        for (int s = 1; s < stems.length; s++) {
            int skipped = 0;
            while (k < text.count && text.sentence[k] == sentence && !text.stem[k].equals(stems[s])
                    && SKIPPABLE.contains(text.norm[k]) && skipped < MAX_SKIP) {
                k++;
                skipped++;
            }
            if (k >= text.count || text.sentence[k] != sentence || !text.stem[k].equals(stems[s])) {
                return -1;
            }
            k++;
        }
        return k;
    }
}
