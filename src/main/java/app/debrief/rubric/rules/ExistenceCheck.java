package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.TermHit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An existence rule: terms that should not stand alone. */
final class ExistenceCheck {

    private ExistenceCheck() {
    }

    static Verdict check(Rule.Existence rule, AnalysedAnswer answer) {
        Set<Integer> excused = Sentences.countBySentence(Sentences.own(answer.hits(rule.unlessSentenceHas()))).keySet();
        List<TermHit> found = Sentences.own(answer.hits(rule.lexicons())).stream()
                .filter(h -> !excused.contains(h.sentence()))
                .toList();
        Map<String, String> values = new HashMap<>();
        values.put("count", String.valueOf(found.size()));
        values.put("examples", Verdict.examples(found));
        if (found.size() >= rule.min()) {
            return new Verdict(true, "flagged", values, Optional.empty(), found, List.of());
        }
        return new Verdict(false, "clear", values, Optional.empty(), List.of(), List.of());
    }
}
