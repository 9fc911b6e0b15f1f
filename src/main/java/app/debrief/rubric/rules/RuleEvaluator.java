package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.Vocabulary;

import java.util.List;
import java.util.stream.Collectors;

/** Applies one rule to one analysed answer. */
public final class RuleEvaluator {

    private final Vocabulary vocabulary;

    public RuleEvaluator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Verdict evaluate(Rule rule, AnalysedAnswer answer, RuleContext context) {
        if (rule instanceof Rule.Balance b) {
            return new BalanceWeigher(this).weigh(b, answer, context);
        }
        if (rule instanceof Rule.Claims c) {
            return new ClaimsWeigher(this).weigh(c, answer, context.asked().orElse(AskedTerms.NONE));
        }
        if (rule instanceof Rule.Existence e) {
            return ExistenceCheck.check(e, answer);
        }
        if (rule instanceof Rule.Absence a) {
            return AbsenceCheck.check(a, answer, this);
        }
        if (rule instanceof Rule.Register r) {
            return new RegisterCheck(this).check(r, answer, context);
        }
        return RelevanceCheck.check((Rule.Relevance) rule, answer, vocabulary, context);
    }

    /** The lexicons' labels joined for a message ("brand talk and hype"). */
    String labels(List<String> lexicons) {
        return lexicons.stream().map(id -> vocabulary.lexicon(id).label()).collect(Collectors.joining(" and "));
    }
}
