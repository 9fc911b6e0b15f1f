package app.debrief.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Applies one rule to one analysed answer. */
final class RuleEvaluator {

    private final Rubric rubric;

    RuleEvaluator(Rubric rubric) {
        this.rubric = rubric;
    }

    Verdict evaluate(Rule rule, AnalysedAnswer answer, CheckContext context, List<Lexicon> promptTerms) {
        if (rule instanceof Rule.Balance b) {
            return balance(b, answer, context);
        }
        if (rule instanceof Rule.Stance s) {
            return stance(s, answer);
        }
        if (rule instanceof Rule.Existence e) {
            return existence(e, answer);
        }
        if (rule instanceof Rule.Absence a) {
            return absence(a, answer);
        }
        return relevance((Rule.Relevance) rule, answer, promptTerms);
    }

    private Verdict balance(Rule.Balance rule, AnalysedAnswer answer, CheckContext context) {
        List<Hit> against = plain(answer.hits(rule.against()));
        List<Hit> forHits = plain(answer.hits(rule.forLexicons()));
        Map<Integer, Integer> againstBySentence = countBySentence(against);
        Map<Integer, Integer> forBySentence = countBySentence(forHits);
        Set<Integer> againstSentences = new TreeSet<>();
        Set<Integer> forSentences = new TreeSet<>();
        for (int s = 0; s < answer.text.sentences; s++) {
            int a = againstBySentence.getOrDefault(s, 0);
            int f = forBySentence.getOrDefault(s, 0);
            if (a > f) {
                againstSentences.add(s);
            } else if (f > a) {
                forSentences.add(s);
            }
        }
        List<Hit> evidence = inSentences(against, againstSentences);
        List<Hit> support = inSentences(forHits, forSentences);
        Map<String, String> values = new HashMap<>();
        values.put("against", String.valueOf(againstSentences.size()));
        values.put("for", String.valueOf(forSentences.size()));
        values.put("againstLabel", labels(rule.against()));
        values.put("forLabel", labels(rule.forLexicons()));
        values.put("expectedLabel", labels(rule.expected()));
        values.put("examples", Verdict.examples(evidence));
        int a = againstSentences.size();
        if (a >= rule.minAgainst() && forSentences.size() < rule.forPerAgainst() * a) {
            return new Verdict(true, "flagged", values, Optional.empty(), evidence, support);
        }
        boolean expectedHere = !rule.expected().isEmpty()
                && context.kind().map(rule.expectedKinds()::contains).orElse(true);
        if (expectedHere && a > 0 && a >= rule.minAgainstWhenExpectedMissing()
                && plain(answer.hits(rule.expected())).isEmpty()) {
            return new Verdict(true, "missing", values, Optional.of(labels(rule.expected())), evidence, support);
        }
        return new Verdict(false, against.isEmpty() ? "none" : "clear", values, Optional.empty(), List.of(), support);
    }

    private Verdict stance(Rule.Stance rule, AnalysedAnswer answer) {
        Set<Integer> dismissing = dismissingSentences(rule, answer);
        List<Hit> support = new ArrayList<>();
        List<Hit> oppose = new ArrayList<>();
        for (Hit h : answer.hits(rule.support())) {
            if (h.plain() && !answer.text.isQuestion(h.sentence())) {
                (dismissing.contains(h.sentence()) ? oppose : support).add(h);
            }
        }
        for (Hit h : answer.hits(rule.opposeWhenNegated())) {
            if (h.negated() && !h.exempt()) {
                oppose.add(h);
            }
        }
        for (Hit h : answer.hits(rule.oppose())) {
            if (h.plain()) {
                oppose.add(h);
            }
        }
        for (Hit h : answer.hits(rule.supportWhenNegated())) {
            if (h.negated()) {
                support.add(h);
            }
        }
        // A requirement pushed off once ("SOC 2 can wait") does not count where it is listed elsewhere.
        List<String> dismissed = oppose.stream().map(h -> words(h.term())).distinct().toList();
        support.removeIf(h -> dismissed.stream().anyMatch(d -> words(h.term()).contains(d)));
        support.sort((x, y) -> Integer.compare(x.start(), y.start()));
        oppose.sort((x, y) -> Integer.compare(x.start(), y.start()));
        int s = sentences(support);
        int o = sentences(oppose);
        Map<String, String> values = new HashMap<>();
        values.put("support", String.valueOf(s));
        values.put("oppose", String.valueOf(o));
        values.put("supportLabel", labels(rule.support()));
        values.put("opposeLabel", labels(rule.oppose().isEmpty() ? rule.support() : rule.oppose()));
        if (s < rule.minSupport() || (o > 0 && s < rule.supportPerOppose() * o)) {
            if (o > 0) {
                values.put("examples", Verdict.examples(oppose));
                return new Verdict(true, "flagged", values, Optional.empty(), oppose, support);
            }
            List<Hit> context = plain(answer.hits(rule.context()));
            values.put("examples", Verdict.examples(context));
            return new Verdict(true, "missing", values, Optional.of(labels(rule.support())), context, support);
        }
        values.put("examples", Verdict.examples(support));
        return new Verdict(false, "clear", values, Optional.empty(), List.of(), support);
    }

    /** Sentences with a dismissal in them, and those that carry one over later in its paragraph ("Same for SSO"). */
    private static Set<Integer> dismissingSentences(Rule.Stance rule, AnalysedAnswer answer) {
        Set<Integer> dismissing = new TreeSet<>();
        plain(answer.hits(rule.dismissal())).forEach(h -> dismissing.add(h.sentence()));
        Set<Integer> carrying = new TreeSet<>();
        for (Hit h : answer.hits(rule.carryOver())) {
            int sentenceStart = h.firstToken();
            while (sentenceStart > 0 && answer.text.sentence[sentenceStart - 1] == h.sentence()) {
                sentenceStart--;
            }
            if (h.firstToken() - sentenceStart < 3) {
                carrying.add(h.sentence());
            }
        }
        for (int s : carrying) {
            for (int earlier = s - 1; earlier >= 0 && answer.text.paragraphOfSentence(earlier) == answer.text.paragraphOfSentence(s); earlier--) {
                if (dismissing.contains(earlier)) {
                    dismissing.add(s);
                    break;
                }
            }
        }
        return dismissing;
    }

    /** A term as a space-padded run of stems, so containment is whole-word. */
    private static String words(String term) {
        return " " + String.join(" ", TermSet.tokens(term)) + " ";
    }

    private Verdict existence(Rule.Existence rule, AnalysedAnswer answer) {
        Set<Integer> excused = countBySentence(plain(answer.hits(rule.unlessSentenceHas()))).keySet();
        List<Hit> found = plain(answer.hits(rule.lexicons())).stream()
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

    private Verdict absence(Rule.Absence rule, AnalysedAnswer answer) {
        List<Hit> found = plain(answer.hits(rule.expected()));
        Map<String, String> values = new HashMap<>();
        values.put("expectedLabel", labels(rule.expected()));
        values.put("examples", Verdict.examples(found));
        values.put("count", String.valueOf(found.size()));
        if (answer.words < rule.minWords()) {
            return new Verdict(false, "short", values, Optional.empty(), List.of(), found);
        }
        if (found.size() < rule.min()) {
            return new Verdict(true, "missing", values, Optional.of(labels(rule.expected())), List.of(), List.of());
        }
        return new Verdict(false, "clear", values, Optional.empty(), List.of(), found);
    }

    private Verdict relevance(Rule.Relevance rule, AnalysedAnswer answer, List<Lexicon> promptTerms) {
        Map<String, String> values = new HashMap<>();
        if (answer.words < rule.minWords() || answer.text.sentences == 0) {
            values.put("share", "-");
            return new Verdict(false, "short", values, Optional.empty(), List.of(), List.of());
        }
        Set<Integer> onTopic = new TreeSet<>();
        List<Hit> all = new ArrayList<>();
        for (String id : rubric.lexicons().keySet()) {
            all.addAll(answer.hits(id));
        }
        for (Lexicon terms : promptTerms) {
            all.addAll(terms.find(answer));
        }
        all.forEach(h -> onTopic.add(h.sentence()));
        double share = (double) onTopic.size() / answer.text.sentences;
        values.put("share", Math.round(share * 100) + "%");
        if (share < rule.minSentenceShare()) {
            return new Verdict(true, "flagged", values, Optional.empty(), List.of(), List.of());
        }
        return new Verdict(false, "clear", values, Optional.empty(), List.of(), List.of());
    }

    private String labels(List<String> lexicons) {
        return lexicons.stream().map(id -> rubric.lexicons().get(id).label()).collect(Collectors.joining(" and "));
    }

    private static List<Hit> plain(List<Hit> hits) {
        return hits.stream().filter(Hit::plain).toList();
    }

    private static Map<Integer, Integer> countBySentence(List<Hit> hits) {
        return hits.stream().collect(Collectors.groupingBy(Hit::sentence, Collectors.summingInt(h -> 1)));
    }

    private static int sentences(List<Hit> hits) {
        return (int) hits.stream().map(Hit::sentence).distinct().count();
    }

    private static List<Hit> inSentences(List<Hit> hits, Set<Integer> sentences) {
        return hits.stream().filter(h -> sentences.contains(h.sentence())).toList();
    }

}
