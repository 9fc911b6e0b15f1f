package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.Substance;
import app.debrief.rubric.analysis.TermHit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A balance rule: sentences that lean against weighed against sentences that lean for. */
final class BalanceWeigher {

    private final RuleEvaluator evaluator;

    BalanceWeigher(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    Verdict weigh(Rule.Balance rule, AnalysedAnswer answer, RuleContext context) {
        // work the question itself asks for ("how you answer a journalist", "what the launch post says") is the answer's job
        AskedTerms asked = rule.askedIsOnTopic() ? context.asked().orElse(AskedTerms.NONE) : AskedTerms.NONE;
        List<TermHit> against = Sentences.own(answer.hits(rule.against()).stream().filter(h -> !asked.asked(h)).toList());
        // a figure copied from the question shows no depth ("100,000 requests per job!!")
        List<TermHit> forHits = Sentences.own(answer.hits(rule.forLexicons())).stream().filter(h -> !copied(h, context)).toList();
        if (rule.forNeedsSubstance()) {
            Set<Integer> argued = new TreeSet<>();
            // a reason that ends in the very talk it should outweigh ("which gives us the best of both worlds") argues nothing
            Substance.all(answer, context.substance(), context.given(), rule.against()).forEach(h -> argued.add(h.sentence()));
            forHits = forHits.stream().filter(h -> argued.contains(h.sentence())).toList();
        }
        Map<Integer, Integer> againstBySentence = Sentences.countBySentence(against);
        Map<Integer, Integer> forBySentence = Sentences.countBySentence(forHits);
        Set<Integer> againstSentences = new TreeSet<>();
        Set<Integer> forSentences = new TreeSet<>();
        for (int s = 0; s < answer.text().sentences(); s++) {
            int a = againstBySentence.getOrDefault(s, 0);
            int f = forBySentence.getOrDefault(s, 0);
            if (a > f) {
                againstSentences.add(s);
            } else if (f > a) {
                forSentences.add(s);
            }
        }
        List<TermHit> evidence = Sentences.in(against, againstSentences);
        List<TermHit> support = Sentences.in(forHits, forSentences);
        Map<String, String> values = new HashMap<>();
        values.put("against", String.valueOf(againstSentences.size()));
        values.put("for", String.valueOf(forSentences.size()));
        values.put("againstLabel", evaluator.labels(rule.against()));
        values.put("forLabel", evaluator.labels(rule.forLexicons()));
        values.put("expectedLabel", evaluator.labels(rule.expected()));
        values.put("examples", Verdict.examples(evidence));
        int dense = dense(rule, against, againstSentences);
        if (dense > 0) {
            values.put("dense", String.valueOf(dense));
        }
        int a = againstSentences.size() + dense;
        // one sentence of brand talk is too little in an answer of many, and is the answer when it is one of two or three
        boolean enough = a >= rule.minAgainst()
                || rule.minAgainstShare() > 0 && a > 0 && a >= rule.minAgainstShare() * answer.text().sentences();
        if (enough && forSentences.size() < rule.forPerAgainst() * a) {
            return new Verdict(true, "flagged", values, Optional.empty(), evidence, support);
        }
        boolean expectedHere = !rule.expected().isEmpty()
                && context.kind().map(rule.expectedKinds()::contains).orElse(true);
        if (expectedHere && a > 0 && a >= rule.minAgainstWhenExpectedMissing()
                && Sentences.own(answer.hits(rule.expected())).stream().allMatch(h -> copied(h, context))) {
            return new Verdict(true, "missing", values, Optional.of(evaluator.labels(rule.expected())), evidence, support);
        }
        // below the minimum but not outweighed: say it is too little to lead, not that the other side carries the answer
        String outcome = against.isEmpty() ? "none" : a > 0 && forSentences.size() < rule.forPerAgainst() * a ? "few" : "clear";
        return new Verdict(false, outcome, values, Optional.empty(), List.of(), support);
    }

    /** How many of the sentences that lean against name at least {@code denseAgainst} different terms: each counts twice. */
    private static int dense(Rule.Balance rule, List<TermHit> against, Set<Integer> sentences) {
        if (rule.denseAgainst() <= 0) {
            return 0;
        }
        Map<Integer, Set<String>> terms = new HashMap<>();
        against.stream().filter(h -> sentences.contains(h.sentence()))
                .forEach(h -> terms.computeIfAbsent(h.sentence(), k -> new java.util.HashSet<>()).add(h.text().toLowerCase(java.util.Locale.ROOT)));
        return (int) terms.values().stream().filter(t -> t.size() >= rule.denseAgainst()).count();
    }

    /** A figure the question gave, echoed back: no evidence of the answer's own numbers. */
    private static boolean copied(TermHit h, RuleContext context) {
        return h.lexicon().equals(context.substance().figures()) && context.given().copied(h.text());
    }
}
