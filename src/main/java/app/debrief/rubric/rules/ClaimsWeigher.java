package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.Stance;
import app.debrief.rubric.analysis.TermHit;
import app.debrief.rubric.analysis.TermSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A claims rule: the claims that support the answer weighed against those that oppose it. */
final class ClaimsWeigher {

    private final RuleEvaluator evaluator;

    ClaimsWeigher(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    Verdict weigh(Rule.Claims rule, AnalysedAnswer answer, AskedTerms asked) {
        List<TermHit> support = claims(rule.support(), answer);
        List<TermHit> oppose = claims(rule.oppose(), answer);
        if (!rule.distinctions().isEmpty()) {
            // "won't be open source in the strictest sense, as only its weights will be made public" draws the open-weights line
            Set<Integer> standing = support.stream().filter(h -> h.is(Stance.ASSERTED) || h.is(Stance.DESCRIBED)).map(TermHit::sentence)
                    .collect(Collectors.toSet());
            oppose = oppose.stream().filter(h -> !(h.is(Stance.NEGATED) && standing.contains(h.sentence())
                    && rule.distinctions().contains(Rule.Claims.label(h.text())))).toList();
        }
        // an asked need met anywhere is met for the question's own needs, even where pushed off elsewhere
        List<TermHit> askedMet = rule.askedNeedsFirst() ? support.stream().filter(asked::asked).toList() : List.of();
        if (rule.pushedOffEverywhere()) {
            // A requirement pushed off or sneered at once ("SOC 2 can wait") does not count where it is named again;
            // a negation is often of something else ("open weights don't eliminate vendor risk") and stays where it is.
            List<String> pushedOff = oppose.stream().filter(h -> h.is(Stance.DEFERRED) || h.is(Stance.DISPARAGED))
                    .map(h -> words(h.text())).distinct().toList();
            // a sentence that pushes a need off pushes off every need named in it ("proxies need a TTFT SLA later")
            Set<Integer> deferring = oppose.stream().filter(h -> h.is(Stance.DEFERRED)).map(TermHit::sentence).collect(Collectors.toSet());
            support.removeIf(h -> deferring.contains(h.sentence()));
            if (!pushedOff.isEmpty()) {
                support.removeIf(h -> {
                    String named = words(h.text());
                    return pushedOff.stream().anyMatch(named::contains);
                });
            }
        }
        int s = Sentences.count(support);
        int o = Sentences.count(oppose);
        Map<String, String> values = new HashMap<>();
        values.put("support", String.valueOf(s));
        values.put("oppose", String.valueOf(o));
        if (rule.askedNeedsFirst()) {
            List<TermHit> askedOff = oppose.stream().filter(h -> (h.is(Stance.DEFERRED) || h.is(Stance.DISPARAGED)) && asked.asked(h)).toList();
            long met = needs(askedMet);
            long off = needs(askedOff);
            if (off > 0 && met <= off) {
                values.put("examples", Verdict.examples(askedOff));
                values.put("askedOff", String.valueOf(off));
                values.put("askedMet", String.valueOf(met));
                return new Verdict(true, "askedOff", values, Optional.empty(), askedOff, support);
            }
        }
        values.put("supportLabel", evaluator.labels(rule.support().stream().map(Rule.Role::lexicon).distinct().toList()));
        // with tieOpposes, needs pushed off in as many sentences as they are met, and no more of them met than pushed off, are not
        // met ("SSO on day one. Audit logs are legal's job"); "SSO, SCIM and audit logs at launch. SOC 2 can wait" meets them
        double needed = rule.supportPerOppose() * o;
        boolean tie = rule.tieOpposes() && s == needed && distinct(support) <= distinct(oppose);
        if (s < rule.minSupport() || (o > 0 && (s < needed || tie))) {
            if (o > 0) {
                values.put("examples", Verdict.examples(oppose));
                return new Verdict(true, "flagged", values, Optional.empty(), oppose, support);
            }
            List<TermHit> context = Sentences.own(answer.hits(rule.context()));
            values.put("examples", Verdict.examples(context));
            // what the answer does name, in a stance that does not count ("the download is Llama's", "self-hosting isn't free to run"),
            // so the user sees why those words did not clear it
            List<TermHit> mentioned = mentioned(rule, answer, support);
            values.put("mentioned", Verdict.examples(mentioned));
            return new Verdict(true, "missing", values, Optional.of(values.get("supportLabel")), context.isEmpty() ? mentioned : context, support);
        }
        values.put("examples", Verdict.examples(support));
        return new Verdict(false, "clear", values, Optional.empty(), List.of(), support);
    }

    /** The hits of each role's lexicon in the role's stances, in text order. */
    private static List<TermHit> claims(List<Rule.Role> roles, AnalysedAnswer answer) {
        List<TermHit> claims = new ArrayList<>();
        for (Rule.Role role : roles) {
            List<TermHit> hits = answer.hits(role.lexicon()).stream().filter(h -> role.stances().contains(h.stance())).toList();
            if (Sentences.count(hits) >= role.minSentences()) {
                claims.addAll(hits);
            }
        }
        claims.sort(Comparator.comparingInt(TermHit::start));
        return claims;
    }

    /**
     * The hits that do not count of the lexicons the rule counts where asserted (not of "closed", which supports only
     * where refused), in text order, one per sentence.
     */
    private static List<TermHit> mentioned(Rule.Claims rule, AnalysedAnswer answer, List<TermHit> counted) {
        Set<Integer> seen = new java.util.HashSet<>();
        return rule.support().stream().filter(r -> r.stances().contains(Stance.ASSERTED)).map(Rule.Role::lexicon).distinct()
                .flatMap(l -> answer.hits(l).stream())
                .filter(h -> !counted.contains(h)).sorted(Comparator.comparingInt(TermHit::start))
                .filter(h -> seen.add(h.sentence())).toList();
    }

    /** How many different needs the hits name. */
    private static long distinct(List<TermHit> hits) {
        return hits.stream().map(h -> words(h.text())).distinct().count();
    }

    /** How many different needs the hits name, a need inside another ("audit" in "audit logs") not counted apart. */
    private static long needs(List<TermHit> hits) {
        List<String> named = hits.stream().map(h -> words(h.text())).distinct().toList();
        return named.stream().filter(n -> named.stream().noneMatch(other -> !other.equals(n) && other.contains(n))).count();
    }

    /** Words as a space-padded run of stems, so containment is whole-word. */
    private static String words(String text) {
        return " " + String.join(" ", TermSet.tokens(text)) + " ";
    }
}
