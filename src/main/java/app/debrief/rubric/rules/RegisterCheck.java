package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.AnswerText;
import app.debrief.rubric.analysis.Stance;
import app.debrief.rubric.analysis.TermHit;
import app.debrief.rubric.analysis.TermSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A register rule: whether a non-technical listener can follow. Engineering terms count unless
 * they are explained where they stand: an explanation after them in the same sentence ("INT8,
 * which means a smaller file"), at the start of the next ("Think of it as …"), or a gloss in
 * brackets or after a dash right behind the term. Terms the prompt warns about always count.
 * The answer is flagged when its bare terms stand in {@code minUnexplained} sentences or are that
 * many different terms.
 */
final class RegisterCheck {

    /** An explanation opening the next sentence counts within its first tokens. */
    private static final int NEXT_SENTENCE_OPENING = 3;

    private final RuleEvaluator evaluator;

    RegisterCheck(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    Verdict check(Rule.Register rule, AnalysedAnswer answer, RuleContext context) {
        List<TermHit> explanations = answer.hits(rule.explanation());
        List<TermHit> warned = context.warned().map(answer::hits).orElse(List.of()).stream()
                .filter(h -> !h.is(Stance.NEGATED)).toList();
        List<TermHit> unexplained = new ArrayList<>();
        for (TermHit h : answer.hits(rule.jargon())) {
            if (!h.is(Stance.NEGATED) && !explained(h, explanations, answer.text())) {
                unexplained.add(h);
            }
        }
        Map<String, String> values = new HashMap<>();
        values.put("jargonLabel", evaluator.labels(rule.jargon()));
        values.put("sentences", String.valueOf(Sentences.count(unexplained)));
        values.put("warned", Verdict.examples(warned));
        if (!warned.isEmpty()) {
            List<TermHit> evidence = new ArrayList<>(warned);
            unexplained.stream().filter(h -> warned.stream().noneMatch(w -> w.start() == h.start())).forEach(evidence::add);
            evidence.sort((a, b) -> Integer.compare(a.start(), b.start()));
            values.put("examples", Verdict.examples(unexplained));
            return new Verdict(true, "warned", values, Optional.empty(), evidence, List.of());
        }
        values.put("examples", Verdict.examples(unexplained));
        // several different terms left bare in one line ("Not free: inference, GPUs") lose her as surely as one in several sentences
        long terms = unexplained.stream().map(h -> TermSet.tokens(h.text())).distinct().count();
        if (Sentences.count(unexplained) >= rule.minUnexplained() || terms >= rule.minUnexplained()) {
            return new Verdict(true, "flagged", values, Optional.empty(), unexplained, List.of());
        }
        return new Verdict(false, unexplained.isEmpty() ? "none" : "clear", values, Optional.empty(), List.of(), List.of());
    }

    private static boolean explained(TermHit term, List<TermHit> explanations, AnswerText text) {
        for (TermHit e : explanations) {
            boolean after = e.sentence() == term.sentence() && e.firstToken() >= term.endToken();
            boolean opensNext = e.sentence() == term.sentence() + 1
                    && e.firstToken() - text.firstTokenOfSentence(e.sentence()) < NEXT_SENTENCE_OPENING;
            if (after || opensNext) {
                return true;
            }
        }
        int next = term.endToken() < text.count() ? text.start(term.endToken()) : text.text().length();
        String between = text.text().substring(term.end(), next);
        return between.indexOf('(') >= 0 || between.indexOf('\u2014') >= 0 || between.contains(" - ");
    }
}
