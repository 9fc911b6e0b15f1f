package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.Stance;
import app.debrief.rubric.analysis.TermSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a mistake is detected. The kinds are few and closed, in the manner of Vale's rule types;
 * their parameters, term lists and messages live in the rubric file. Rules weigh claims (term
 * hits with their stance), not words.
 */
public sealed interface Rule permits Rule.Balance, Rule.Claims, Rule.Existence, Rule.Absence, Rule.Relevance, Rule.Register {

    String type();

    Messages messages();

    /** The lexicons the rule reads, so the rubric can be checked for dangling names. */
    List<String> lexicons();

    /**
     * Sentences dominated by asserted {@code against} claims are weighed against sentences
     * dominated by {@code forLexicons}: flagged when at least {@code minAgainst} lean against (or, in
     * a short answer, at least {@code minAgainstShare} of its sentences) and fewer than
     * {@code forPerAgainst} times as many lean for. Optionally, for the kinds in
     * {@code expectedKinds}, flagged as well when nothing of {@code expected} appears and at least
     * {@code minAgainstWhenExpectedMissing} sentences lean against. With {@code forNeedsSubstance}, a
     * sentence leans for only when it also argues (a figure of its own, or a reason with content):
     * technical words strung together with the question's numbers are not depth. With
     * {@code denseAgainst} above zero, a sentence that leans against with at least that many different
     * terms counts twice: a spec line ("8x H100 over NVLink, NVMe RAID, k3s") weighs more than a term
     * in passing.
     */
    /** {@code askedIsOnTopic}: a term of the 'against' side that the prompt itself uses ("a journalist asks") does not count against. */
    record Balance(List<String> against, List<String> forLexicons, boolean forNeedsSubstance, int minAgainst, double minAgainstShare,
                   int denseAgainst, double forPerAgainst,
                   List<String> expected, Set<String> expectedKinds, int minAgainstWhenExpectedMissing, boolean askedIsOnTopic,
                   Messages messages) implements Rule {
        public String type() {
            return "balance";
        }

        public List<String> lexicons() {
            return concat(against, forLexicons, expected);
        }
    }

    /**
     * Claims that support the answer against claims that oppose it, each a lexicon taken in some
     * stances ("closed" words that are criticised support openness; "open" words that are negated
     * oppose it). Flagged when fewer than {@code minSupport} sentences support (an absence), or
     * when some oppose and support is below {@code supportPerOppose} times the opposition (or, with
     * {@code tieOpposes}, only equal to it: needs met in one sentence and pushed off in another are
     * not met). With
     * {@code pushedOffEverywhere}, a requirement pushed off or sneered at once ("SOC 2 can wait")
     * does not count as support where it is named again. With {@code askedNeedsFirst}, the needs the question itself
     * names decide first: pushed off as many of them as are met, or more, the answer is flagged whatever else it meets
     * (the question's own compliance ask handed to legal is not made up for by an SLA). A label of {@code distinctions}
     * denied in a sentence that also stands on what it labels draws a distinction and opposes nothing ("not open source in
     * the strictest sense: only the weights are made public"). {@code context} terms are shown as what the answer did
     * instead.
     */
    record Claims(List<Role> support, List<Role> oppose, List<String> context, int minSupport, double supportPerOppose,
                  boolean tieOpposes, boolean pushedOffEverywhere, boolean askedNeedsFirst, Set<String> distinctions,
                  Messages messages) implements Rule {
        public Claims {
            support = List.copyOf(support);
            oppose = List.copyOf(oppose);
            context = List.copyOf(context);
            distinctions = distinctions.stream().map(Claims::label).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        /** A term as a label: its stems, as the lexicons match them ("Open-Source models" is "open source model"). */
        static String label(String text) {
            return String.join(" ", TermSet.tokens(text));
        }

        public String type() {
            return "claims";
        }

        public List<String> lexicons() {
            List<String> all = new ArrayList<>();
            support.forEach(r -> all.add(r.lexicon()));
            oppose.forEach(r -> all.add(r.lexicon()));
            all.addAll(context);
            return List.copyOf(all);
        }
    }

    /**
     * A lexicon's hits in the stances that give them a part in a claims rule; weak words ("weights",
     * "security") take part only when they stand in at least {@code minSentences} sentences.
     */
    record Role(String lexicon, Set<Stance> stances, int minSentences) {
        public Role {
            stances = Set.copyOf(stances);
        }
    }

    /** Flagged when at least {@code min} asserted terms appear in sentences with nothing of {@code unlessSentenceHas}. */
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

    /**
     * Register for a non-technical listener: {@code jargon} terms not explained where they stand
     * (an {@code explanation} cue in the same sentence or at the start of the next), and any term
     * the prompt itself warns about. Flagged when a warned term is used, or when at least
     * {@code minUnexplained} sentences carry unexplained jargon, or that many different terms stand unexplained.
     */
    record Register(List<String> jargon, List<String> explanation, int minUnexplained, Messages messages) implements Rule {
        public String type() {
            return "register";
        }

        public List<String> lexicons() {
            return concat(jargon, explanation, List.of());
        }
    }

    /** Message templates by outcome ("flagged", "clear", "few", "missing", "none", "short", "warned"); a missing one falls back to "clear". */
    record Messages(Map<String, String> byOutcome) {
        public Messages {
            byOutcome = Map.copyOf(byOutcome);
        }

        public String get(String outcome) {
            return byOutcome.getOrDefault(outcome, byOutcome.getOrDefault("clear", ""));
        }
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return List.copyOf(all);
    }
}
