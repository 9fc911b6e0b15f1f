package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.Lexicon;

import java.util.List;
import java.util.Optional;

/**
 * What a rule may know of the question besides the answer: its kind, the prompt's own terms (its
 * talking points' concepts), and the words the question warns against.
 */
public record RuleContext(Optional<String> kind, List<Lexicon> promptTerms, Optional<Lexicon> warned) {
    public RuleContext {
        promptTerms = List.copyOf(promptTerms);
    }
}
