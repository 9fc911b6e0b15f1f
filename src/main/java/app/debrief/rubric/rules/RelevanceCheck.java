package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.Lexicon;
import app.debrief.rubric.analysis.TermHit;
import app.debrief.rubric.analysis.Vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A relevance rule: the share of sentences that touch the question's subject at all. */
final class RelevanceCheck {

    private RelevanceCheck() {
    }

    static Verdict check(Rule.Relevance rule, AnalysedAnswer answer, Vocabulary vocabulary, RuleContext context) {
        Map<String, String> values = new HashMap<>();
        int sentences = answer.text().sentences();
        if (answer.words() < rule.minWords() || sentences == 0) {
            values.put("share", "-");
            return new Verdict(false, "short", values, Optional.empty(), List.of(), List.of());
        }
        Set<Integer> onTopic = new TreeSet<>();
        for (String id : vocabulary.lexiconIds()) {
            answer.hits(id).forEach(h -> onTopic.add(h.sentence()));
        }
        for (Lexicon terms : context.promptTerms()) {
            for (TermHit h : answer.hits(terms)) {
                onTopic.add(h.sentence());
            }
        }
        double share = (double) onTopic.size() / sentences;
        values.put("share", Math.round(share * 100) + "%");
        if (share < rule.minSentenceShare()) {
            return new Verdict(true, "flagged", values, Optional.empty(), List.of(), List.of());
        }
        return new Verdict(false, "clear", values, Optional.empty(), List.of(), List.of());
    }
}
