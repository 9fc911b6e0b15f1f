package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.TermHit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An absence rule: what an answer of this kind is expected to contain. */
final class AbsenceCheck {

    private AbsenceCheck() {
    }

    static Verdict check(Rule.Absence rule, AnalysedAnswer answer, RuleEvaluator evaluator) {
        List<TermHit> found = Sentences.own(answer.hits(rule.expected()));
        Map<String, String> values = new HashMap<>();
        values.put("expectedLabel", evaluator.labels(rule.expected()));
        values.put("examples", Verdict.examples(found));
        values.put("count", String.valueOf(found.size()));
        if (answer.words() < rule.minWords()) {
            return new Verdict(false, "short", values, Optional.empty(), List.of(), found);
        }
        if (found.size() < rule.min()) {
            return new Verdict(true, "missing", values, Optional.of(evaluator.labels(rule.expected())), List.of(), List.of());
        }
        return new Verdict(false, "clear", values, Optional.empty(), List.of(), found);
    }
}
