package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.TermHit;
import app.debrief.rubric.analysis.TermSet;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The terms a prompt itself uses (its question and talking points), per lexicon, as runs of stems:
 * what an answer may say because it was asked. Immutable, so
 * one prompt's terms serve every thread that checks an answer to it.
 */
public record AskedTerms(Map<String, Set<String>> byLexicon) {

    public static final AskedTerms NONE = new AskedTerms(Map.of());

    public AskedTerms {
        byLexicon = Map.copyOf(byLexicon);
    }

    /** Reads every lexicon's hits in the analysed prompt. */
    public static AskedTerms of(AnalysedAnswer prompt, Collection<String> lexicons) {
        return new AskedTerms(lexicons.stream().collect(Collectors.toMap(id -> id,
                id -> prompt.hits(id).stream().map(h -> key(h.text())).collect(Collectors.toUnmodifiableSet()))));
    }

    /** Whether the prompt uses the term of this hit ("journalists" in the answer, "a journalist" in the question). */
    public boolean asked(TermHit hit) {
        return byLexicon.getOrDefault(hit.lexicon(), Set.of()).contains(key(hit.text()));
    }

    private static String key(String text) {
        return String.join(" ", TermSet.tokens(text));
    }
}
