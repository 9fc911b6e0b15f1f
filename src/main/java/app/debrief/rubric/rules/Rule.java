package app.debrief.rubric;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a mistake is detected. The kinds are few and closed, in the manner of Vale's rule types;
 * their parameters, term lists and messages live in the rubric file.
 */
public sealed interface Rule permits Rule.Balance, Rule.Stance, Rule.Existence, Rule.Absence, Rule.Relevance {

    String type();

    Messages messages();

    /** The lexicons the rule reads, so the rubric can be checked for dangling names. */
    List<String> lexicons();

    /**
     * Sentences dominated by {@code against} are weighed against sentences dominated by
     * {@code forLexicons}: flagged when at least {@code minAgainst} lean against and fewer than
     * {@code forPerAgainst} times as many lean for. Optionally, for the kinds in
     * {@code expectedKinds}, flagged as well when nothing of {@code expected} appears and at least
     * {@code minAgainstWhenExpectedMissing} sentences lean against.
     */
    record Balance(List<String> against, List<String> forLexicons, int minAgainst, double forPerAgainst,
                   List<String> expected, Set<String> expectedKinds, int minAgainstWhenExpectedMissing,
                   Messages messages) implements Rule {
        public String type() {
            return "balance";
        }

        public List<String> lexicons() {
            return concat(against, forLexicons, expected);
        }
    }

    /**
     * Sentences that stand on {@code support} against sentences that take the {@code oppose}
     * stance. Flagged when fewer than {@code minSupport} sentences support (an absence), or when
     * some oppose and support is below {@code supportPerOppose} times the opposition. Negated
     * terms of {@code opposeWhenNegated} oppose ("stop publishing weights"); negated terms of
     * {@code supportWhenNegated} support ("no lock-in"). Support in a sentence holding a
     * {@code dismissal} ("SOC 2 can wait"), or opening with a {@code carryOver} phrase after one
     * ("Same for SSO"), is opposition, and so is every other mention of a requirement once it has
     * been dismissed. {@code context} terms are shown as evidence of what the answer did instead.
     */
    record Stance(List<String> support, List<String> oppose, List<String> opposeWhenNegated,
                  List<String> supportWhenNegated, List<String> dismissal, List<String> carryOver,
                  List<String> context, int minSupport, double supportPerOppose, Messages messages) implements Rule {
        public String type() {
            return "stance";
        }

        public List<String> lexicons() {
            List<String> all = new java.util.ArrayList<>(concat(support, oppose, opposeWhenNegated));
            all.addAll(concat(supportWhenNegated, dismissal, carryOver));
            all.addAll(context);
            return List.copyOf(all);
        }
    }

    /** Flagged when at least {@code min} terms appear in sentences with nothing of {@code unlessSentenceHas}. */
    record Existence(List<String> lexicons, List<String> unlessSentenceHas, int min, Messages messages) implements Rule {
        public String type() {
            return "existence";
        }

        public List<String> lexicons() {
            return concat(lexicons, unlessSentenceHas, List.of());
        }
    }

    /** Flagged when fewer than {@code min} matches of {@code expected} appear in an answer of at least {@code minWords}. */
    record Absence(List<String> expected, int min, int minWords, Messages messages) implements Rule {
        public String type() {
            return "absence";
        }

        public List<String> lexicons() {
            return expected;
        }
    }

    /**
     * Flagged when fewer than {@code minSentenceShare} of the sentences hold any term of any
     * lexicon or of the prompt's own words: the answer is about something else.
     */
    record Relevance(double minSentenceShare, int minWords, Messages messages) implements Rule {
        public String type() {
            return "relevance";
        }

        public List<String> lexicons() {
            return List.of();
        }
    }

    /** Message templates by outcome ("flagged", "clear", "missing", "none", "short"). */
    record Messages(Map<String, String> byOutcome) {
        public Messages {
            byOutcome = Map.copyOf(byOutcome);
        }

        public String get(String outcome) {
            return byOutcome.getOrDefault(outcome, byOutcome.getOrDefault("clear", ""));
        }
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return List.copyOf(all);
    }
}
