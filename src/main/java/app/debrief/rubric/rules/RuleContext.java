package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.Lexicon;
import app.debrief.rubric.analysis.QuestionFigures;
import app.debrief.rubric.analysis.SubstanceWords;

import java.util.List;
import java.util.Optional;

/**
 * What a rule may know of the question besides the answer: its kind, the prompt's own terms (its
 * talking points' concepts), the words the question warns against, and the numbers it gives (a
 * figure copied from the question is no evidence of depth), what counts as substance, and the
 * terms the prompt itself uses (its question and talking points).
 */
public record RuleContext(Optional<String> kind, List<Lexicon> promptTerms, Optional<Lexicon> warned, QuestionFigures given,
                          SubstanceWords substance, Optional<AskedTerms> asked) {
    public RuleContext {
        promptTerms = List.copyOf(promptTerms);
    }
}
