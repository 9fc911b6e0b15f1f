package app.debrief.rubric.analysis;

import java.util.List;

/**
 * A named list of terms and patterns the rules count. {@code stance}: whether its hits carry a
 * stance (a list of figures does not); {@code attributable}: whether a hit can be a competitor's;
 * {@code endorsedOnly}: its words name a state ("lock-in", "switching costs") that is a proposal
 * only where the answer endorses it ("raise switching costs"), and a description otherwise;
 * {@code removable}: its words name something an answer may promise to remove, so "removes" or
 * "avoid" before them criticises them.
 * Terms match on stems; a term written with a leading {@code =} matches only those exact words.
 * {@code exclamations}: a word shouted with an exclamation mark ("value!!") is a hit too.
 * {@code ownInReports}: in a text that never speaks for us (a news item, a third party's launch post)
 * a competitor's hit is the text's own subject, not someone else's position beside ours.
 */
public record LexiconSpec(String id, String label, String why, boolean stance, boolean attributable, boolean endorsedOnly,
                          boolean removable, List<String> terms, List<String> patterns, List<String> except, boolean exclamations,
                          boolean ownInReports) {
    public LexiconSpec {
        terms = List.copyOf(terms);
        patterns = List.copyOf(patterns);
        except = List.copyOf(except);
    }

    public LexiconSpec(String id, String label, String why, boolean stance, boolean attributable, boolean endorsedOnly,
                       boolean removable, List<String> terms, List<String> patterns, List<String> except) {
        this(id, label, why, stance, attributable, endorsedOnly, removable, terms, patterns, except, false, false);
    }
}
