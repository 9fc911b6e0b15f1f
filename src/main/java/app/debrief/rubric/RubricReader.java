package app.debrief.rubric;

import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;
import app.debrief.content.BundledContent;
import app.debrief.content.ContentProblem;
import app.debrief.content.FieldReader;
import app.debrief.content.LocatedJson;
import app.debrief.rubric.analysis.LexiconSpec;
import app.debrief.rubric.analysis.Stance;
import app.debrief.rubric.analysis.StanceWords;
import app.debrief.rubric.analysis.SubstanceWords;
import app.debrief.rubric.analysis.TermSet;
import app.debrief.rubric.points.PointWords;
import app.debrief.rubric.rules.Rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and validates {@code rubric.json}: every reference (kinds, lexicons, tracks) resolves,
 * every pattern compiles, every scale is well ordered, and each problem is located.
 */
public final class RubricReader {

    private static final Set<String> TOP = Set.of("version", "about", "tracks", "kinds", "stance",
            "otherSenses", "lexicons", "talkingPoints", "mistakes", "talkingPointScale",
            // read by the loop's committee reader, not by the checker
            "committee");
    private static final Set<String> MESSAGE_OUTCOMES = Set.of("flagged", "clear", "few", "missing", "none", "short", "warned", "askedOff");

    /** A rubric, or the problems that kept it from loading. */
    public record Outcome(Optional<Rubric> rubric, List<ContentProblem> problems) {
    }

    /** The rubric shipped with the app; a broken one is a build error, so this throws. */
    public static Rubric bundled() {
        return bundled(BundledContent.rubricJson());
    }

    /** The same, from the bundled rubric already parsed ({@link BundledContent#rubricJson()}). */
    public static Rubric bundled(LocatedJson json) {
        Outcome outcome = new RubricReader().read(json);
        return outcome.rubric().orElseThrow(() -> new IllegalStateException("the bundled rubric is invalid:\n"
                + ContentProblem.lines(outcome.problems())));
    }

    public Outcome read(String file, String text) {
        LocatedJson.Result parsed = LocatedJson.parse(file, text);
        if (parsed.problem().isPresent()) {
            return new Outcome(Optional.empty(), List.of(parsed.problem().get()));
        }
        return read(parsed.json().orElseThrow());
    }

    /** Reads a rubric file already parsed (its other sections are for their own readers). */
    public Outcome read(LocatedJson json) {
        FieldReader in = new FieldReader(json);
        if (!in.object("", "the rubric", TOP)) {
            return new Outcome(Optional.empty(), in.problems());
        }
        Optional<Integer> version = in.integer("", "version", true, 1, 1_000_000);
        Optional<String> about = in.text("", "about", true);
        List<Rubric.TrackInfo> tracks = readTracks(in);
        Map<String, PromptKind> kinds = readKinds(in);
        StanceWords stance = new StanceWordsReader(in).read("/stance");
        Map<String, LexiconSpec> lexicons = readLexicons(in, readOtherSenses(in));
        PointWords points = readPointWords(in, lexicons.keySet());
        List<Mistake> mistakes = readMistakes(in, kinds, lexicons.keySet());
        Rubric.GradeScale tpScale = readScale(in, "/talkingPointScale", false);
        if (in.hasProblems()) {
            return new Outcome(Optional.empty(), in.problems());
        }
        return new Outcome(Optional.of(new Rubric(version.orElseThrow(), about.orElseThrow(), tracks, withMistakes(kinds, mistakes),
                stance, lexicons, points, mistakes, tpScale)), List.of());
    }

    private List<Rubric.TrackInfo> readTracks(FieldReader in) {
        List<Rubric.TrackInfo> tracks = new ArrayList<>();
        for (String at : in.array("", "tracks", true, 1)) {
            if (in.object(at, "a track", Set.of("id", "label", "trains"))) {
                Optional<Track> track = track(in, at, "id");
                Optional<String> label = in.text(at, "label", true);
                Optional<String> trains = in.text(at, "trains", true);
                if (track.isPresent() && label.isPresent() && trains.isPresent()) {
                    tracks.add(new Rubric.TrackInfo(track.get(), label.get(), trains.get()));
                }
            }
        }
        return tracks;
    }

    private Map<String, PromptKind> readKinds(FieldReader in) {
        Map<String, PromptKind> kinds = new LinkedHashMap<>();
        for (String at : in.array("", "kinds", true, 1)) {
            if (in.object(at, "a kind", Set.of("id", "track", "label", "trains"))) {
                Optional<String> id = in.id(at, "id");
                Optional<Track> track = track(in, at, "track");
                Optional<String> label = in.text(at, "label", true);
                Optional<String> trains = in.text(at, "trains", true);
                if (id.isPresent() && kinds.containsKey(id.get())) {
                    in.report(at + "/id", "kind '" + id.get() + "' is listed twice");
                } else if (id.isPresent() && track.isPresent() && label.isPresent() && trains.isPresent()) {
                    kinds.put(id.get(), new PromptKind(id.get(), track.get(), label.get(), trains.get(), Set.of()));
                }
            }
        }
        return kinds;
    }

    /** Each kind with the ids of the mistakes whose checks cover it, in the rubric's order. */
    private static Map<String, PromptKind> withMistakes(Map<String, PromptKind> kinds, List<Mistake> mistakes) {
        Map<String, PromptKind> out = new LinkedHashMap<>();
        kinds.forEach((id, k) -> {
            Set<String> applying = new java.util.LinkedHashSet<>();
            for (Mistake m : mistakes) {
                if (m.checkFor(k.track(), Optional.of(id)).isPresent()) {
                    applying.add(m.id());
                }
            }
            out.put(id, new PromptKind(id, k.track(), k.label(), k.trains(), applying));
        });
        return out;
    }

    private PointWords readPointWords(FieldReader in, Set<String> lexicons) {
        String at = "/talkingPoints";
        if (!in.object(at, "the talking-point rules", Set.of("why", "figures", "reasons", "effects", "reasonSpan",
                "elaborationSpan", "elaborationTerms", "pmCampaignWork", "hollowAfter", "gaps"))) {
            return new PointWords(new SubstanceWords("", List.of(), List.of()), 1, 1, 1, List.of(), List.of(), Map.of());
        }
        in.text(at, "why", true);
        Optional<String> figures = in.text(at, "figures", true);
        figures.filter(f -> !lexicons.contains(f)).ifPresent(f -> in.report(at + "/figures", "no lexicon named '" + f + "'"));
        List<String> reasons = names(in, at, "reasons", true, lexicons);
        List<String> effects = names(in, at, "effects", true, lexicons);
        List<String> campaign = names(in, at, "pmCampaignWork", false, lexicons);
        List<String> hollow = names(in, at, "hollowAfter", false, lexicons);
        Map<String, String> gaps = new LinkedHashMap<>();
        String g = at + "/gaps";
        Set<String> gapNames = Set.of("no-substance", "copied-figures", "only-deferred", "only-questioned", "only-attributed",
                "only-disparaged", "only-headed", "only-named", "reason-in-passing");
        if (in.object(g, "the gap messages", gapNames)) {
            for (String name : gapNames) {
                in.text(g, name, true).ifPresent(text -> gaps.put(name, text));
            }
        }
        int reasonSpan = in.integer(at, "reasonSpan", true, 1, 50).orElse(1);
        int elaborationSpan = in.integer(at, "elaborationSpan", true, 1, 50).orElse(1);
        int elaborationTerms = in.integer(at, "elaborationTerms", true, 1, 50).orElse(1);
        return new PointWords(new SubstanceWords(figures.orElse(""), reasons, effects), reasonSpan, elaborationSpan, elaborationTerms, campaign,
                hollow, gaps);
    }

    /**
     * Phrases in which a word of several lexicons means something else ("download the results" is no download of the
     * weights), kept once and named by each lexicon that shares them, by id.
     */
    private Map<String, List<String>> readOtherSenses(FieldReader in) {
        Map<String, List<String>> senses = new LinkedHashMap<>();
        for (String at : in.array("", "otherSenses", false, 0)) {
            if (!in.object(at, "a list of other senses", Set.of("id", "why", "phrases"))) {
                continue;
            }
            Optional<String> id = in.id(at, "id");
            in.text(at, "why", true);
            List<String> phrases = in.textList(at, "phrases", true, 1);
            checkTerms(in, at, "phrases", phrases);
            if (id.isPresent() && senses.putIfAbsent(id.get(), phrases) != null) {
                in.report(at + "/id", "list of other senses '" + id.get() + "' is defined twice");
            }
        }
        return senses;
    }

    private Map<String, LexiconSpec> readLexicons(FieldReader in, Map<String, List<String>> otherSenses) {
        Map<String, LexiconSpec> lexicons = new LinkedHashMap<>();
        for (String at : in.array("", "lexicons", true, 1)) {
            if (!in.object(at, "a lexicon", Set.of("id", "stance", "attributable", "endorsedOnly", "removable", "label", "why",
                    "terms", "patterns", "except", "otherSenses", "exclamations", "ownInReports"))) {
                continue;
            }
            Optional<String> id = in.id(at, "id");
            boolean stance = bool(in, at, "stance", true);
            boolean attributable = bool(in, at, "attributable", false);
            boolean endorsedOnly = bool(in, at, "endorsedOnly", false);
            boolean removable = bool(in, at, "removable", false);
            boolean exclamations = bool(in, at, "exclamations", false);
            boolean ownInReports = bool(in, at, "ownInReports", false);
            Optional<String> label = in.text(at, "label", true);
            Optional<String> why = in.text(at, "why", true);
            List<String> terms = in.textList(at, "terms", true, 0);
            List<String> patterns = in.textList(at, "patterns", false, 0);
            List<String> except = new ArrayList<>(in.textList(at, "except", false, 0));
            checkPatterns(in, at, "patterns", patterns);
            checkTerms(in, at, "terms", terms);
            checkTerms(in, at, "except", except);
            for (String sense : names(in, at, "otherSenses", false, otherSenses.keySet(), "list of other senses")) {
                except.addAll(otherSenses.getOrDefault(sense, List.of()));
            }
            if (terms.isEmpty() && patterns.isEmpty()) {
                in.report(at, "a lexicon needs at least one term or pattern");
            }
            if (id.isPresent() && lexicons.containsKey(id.get())) {
                in.report(at + "/id", "lexicon '" + id.get() + "' is defined twice");
            } else if (id.isPresent() && label.isPresent() && why.isPresent()) {
                lexicons.put(id.get(), new LexiconSpec(id.get(), label.get(), why.get(), stance, attributable, endorsedOnly, removable,
                        terms, patterns, except, exclamations, ownInReports));
            }
        }
        return lexicons;
    }

    /** Every pattern must compile; a broken one is reported at its place in the file. */
    static void checkPatterns(FieldReader in, String at, String field, List<String> patterns) {
        List<String> pointers = in.array(at, field, false, 0);
        for (int i = 0; i < patterns.size() && i < pointers.size(); i++) {
            try {
                Pattern.compile(patterns.get(i));
            } catch (PatternSyntaxException e) {
                in.report(pointers.get(i), "pattern does not compile: " + e.getDescription() + " near index " + e.getIndex());
            }
        }
    }

    /** Every term must have letters or digits to match. */
    static void checkTerms(FieldReader in, String at, String field, List<String> terms) {
        List<String> pointers = in.array(at, field, false, 0);
        for (int i = 0; i < terms.size() && i < pointers.size(); i++) {
            String term = terms.get(i);
            if (TermSet.tokens(term.startsWith("=") ? term.substring(1) : term).isEmpty()) {
                in.report(pointers.get(i), "term '" + term + "' has no letters or digits to match");
            }
        }
    }

    private List<Mistake> readMistakes(FieldReader in, Map<String, PromptKind> kinds, Set<String> lexicons) {
        List<Mistake> mistakes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String at : in.array("", "mistakes", true, 1)) {
            if (!in.object(at, "a mistake", Set.of("id", "title", "source", "bad", "good", "judgment", "grade", "checks"))) {
                continue;
            }
            int before = in.problems().size();
            Optional<String> id = in.id(at, "id");
            id.filter(i -> !ids.add(i)).ifPresent(i -> in.report(at + "/id", "mistake id '" + i + "' is used twice"));
            Optional<String> title = in.text(at, "title", true);
            Optional<String> source = in.text(at, "source", true);
            source.filter(s -> !s.equals("seed") && !s.equals("debrief"))
                    .ifPresent(s -> in.report(at + "/source", "'source' must be \"seed\" or \"debrief\", found \"" + s + "\""));
            Optional<String> bad = in.text(at, "bad", true);
            Optional<String> good = in.text(at, "good", true);
            Optional<String> judgment = in.text(at, "judgment", true);
            Rubric.GradeScale grade = readScale(in, at + "/grade", true);
            List<Mistake.Check> checks = new ArrayList<>();
            for (String c : in.array(at, "checks", true, 1)) {
                readCheck(in, c, kinds, lexicons).ifPresent(checks::add);
            }
            if (in.problems().size() == before) {
                mistakes.add(new Mistake(id.orElseThrow(), title.orElseThrow(), source.orElseThrow(), bad.orElseThrow(),
                        good.orElseThrow(), judgment.orElseThrow(), grade, checks));
            }
        }
        return mistakes;
    }

    private Optional<Mistake.Check> readCheck(FieldReader in, String at, Map<String, PromptKind> kinds, Set<String> lexicons) {
        if (!in.object(at, "a check", Set.of("tracks", "kinds", "rule"))) {
            return Optional.empty();
        }
        Set<Track> tracks = new HashSet<>();
        for (String t : in.array(at, "tracks", true, 1)) {
            in.textAt(t, "a track").ifPresent(name -> Track.parse(name).filter(x -> x.name().equals(name)).ifPresentOrElse(
                    tracks::add, () -> in.report(t, "unknown track '" + name + "' (PM or PMM)")));
        }
        Set<String> kindIds = new HashSet<>();
        List<String> kindPointers = in.array(at, "kinds", true, 1);
        for (String k : kindPointers) {
            in.textAt(k, "a kind").ifPresent(kind -> {
                PromptKind known = kinds.get(kind);
                if (known == null) {
                    in.report(k, "unknown kind '" + kind + "'");
                } else if (!tracks.isEmpty() && !tracks.contains(known.track())) {
                    in.report(k, "kind '" + kind + "' is a " + known.track() + " kind, but the check is for " + tracks);
                } else {
                    kindIds.add(kind);
                }
            });
        }
        Optional<Rule> rule = readRule(in, at + "/rule", lexicons);
        return rule.map(r -> new Mistake.Check(tracks, kindIds, r));
    }

    private Optional<Rule> readRule(FieldReader in, String at, Set<String> lexicons) {
        Optional<String> type = in.text(at, "type", true);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        int before = in.problems().size();
        Rule rule;
        switch (type.get()) {
            case "balance" -> {
                in.object(at, "a balance rule", Set.of("type", "against", "for", "forNeedsSubstance", "minAgainst", "minAgainstShare",
                        "denseAgainst", "forPerAgainst", "expected", "expectedKinds", "minAgainstWhenExpectedMissing", "askedIsOnTopic", "messages"));
                rule = new Rule.Balance(names(in, at, "against", true, lexicons), names(in, at, "for", true, lexicons),
                        bool(in, at, "forNeedsSubstance", false),
                        in.integer(at, "minAgainst", true, 1, 1000).orElse(1),
                        in.number(at, "minAgainstShare", false, 0, 1).orElse(0.0),
                        in.integer(at, "denseAgainst", false, 0, 100).orElse(0),
                        in.number(at, "forPerAgainst", true, 0, 100).orElse(1.0),
                        names(in, at, "expected", false, lexicons),
                        Set.copyOf(in.textList(at, "expectedKinds", false, 0)),
                        in.integer(at, "minAgainstWhenExpectedMissing", false, 0, 1000).orElse(0),
                        bool(in, at, "askedIsOnTopic", false),
                        messages(in, at));
            }
            case "claims" -> {
                in.object(at, "a claims rule", Set.of("type", "support", "oppose", "context", "minSupport", "supportPerOppose",
                        "tieOpposes", "pushedOffEverywhere", "askedNeedsFirst", "distinctions", "messages"));
                rule = new Rule.Claims(roles(in, at, "support", lexicons), roles(in, at, "oppose", lexicons),
                        names(in, at, "context", false, lexicons),
                        in.integer(at, "minSupport", true, 0, 1000).orElse(1),
                        in.number(at, "supportPerOppose", true, 0, 100).orElse(1.0),
                        bool(in, at, "tieOpposes", false),
                        bool(in, at, "pushedOffEverywhere", false),
                        bool(in, at, "askedNeedsFirst", false),
                        Set.copyOf(in.textList(at, "distinctions", false, 0)),
                        messages(in, at));
            }
            case "register" -> {
                in.object(at, "a register rule", Set.of("type", "jargon", "explanation", "minUnexplained", "messages"));
                rule = new Rule.Register(names(in, at, "jargon", true, lexicons), names(in, at, "explanation", true, lexicons),
                        in.integer(at, "minUnexplained", true, 1, 1000).orElse(1), messages(in, at));
            }
            case "existence" -> {
                in.object(at, "an existence rule", Set.of("type", "lexicons", "unlessSentenceHas", "min", "messages"));
                rule = new Rule.Existence(names(in, at, "lexicons", true, lexicons),
                        names(in, at, "unlessSentenceHas", false, lexicons),
                        in.integer(at, "min", true, 1, 1000).orElse(1), messages(in, at));
            }
            case "absence" -> {
                in.object(at, "an absence rule", Set.of("type", "expected", "min", "minWords", "messages"));
                rule = new Rule.Absence(names(in, at, "expected", true, lexicons),
                        in.integer(at, "min", true, 1, 1000).orElse(1),
                        in.integer(at, "minWords", true, 0, 100_000).orElse(0), messages(in, at));
            }
            case "relevance" -> {
                in.object(at, "a relevance rule", Set.of("type", "minSentenceShare", "minWords", "messages"));
                rule = new Rule.Relevance(in.number(at, "minSentenceShare", true, 0, 1).orElse(0.0),
                        in.integer(at, "minWords", true, 0, 100_000).orElse(0), messages(in, at));
            }
            default -> {
                in.report(at + "/type", "unknown rule type '" + type.get() + "' (balance, claims, register, existence, absence, relevance)");
                return Optional.empty();
            }
        }
        return in.problems().size() == before ? Optional.of(rule) : Optional.empty();
    }

    /** The roles of a claims rule: each a lexicon and the stances in which its hits take that part. */
    private List<Rule.Role> roles(FieldReader in, String at, String field, Set<String> lexicons) {
        List<Rule.Role> roles = new ArrayList<>();
        for (String r : in.array(at, field, true, 0)) {
            if (!in.object(r, "a role", Set.of("lexicon", "stances", "minSentences"))) {
                continue;
            }
            Optional<String> lexicon = in.text(r, "lexicon", true);
            lexicon.filter(l -> !lexicons.contains(l)).ifPresent(l -> in.report(r + "/lexicon", "no lexicon named '" + l + "'"));
            Set<Stance> stances = new java.util.HashSet<>();
            List<String> names = in.textList(r, "stances", true, 1);
            List<String> pointers = in.array(r, "stances", false, 0);
            for (int i = 0; i < names.size() && i < pointers.size(); i++) {
                Optional<Stance> stance = stance(names.get(i));
                if (stance.isEmpty()) {
                    in.report(pointers.get(i), "unknown stance '" + names.get(i) + "' (" + java.util.Arrays.stream(Stance.values())
                            .map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")) + ")");
                } else {
                    stances.add(stance.get());
                }
            }
            int minSentences = in.integer(r, "minSentences", false, 1, 100).orElse(1);
            lexicon.filter(lexicons::contains).ifPresent(l -> roles.add(new Rule.Role(l, stances, minSentences)));
        }
        return roles;
    }

    private static Optional<Stance> stance(String name) {
        for (Stance s : Stance.values()) {
            if (s.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private List<String> names(FieldReader in, String at, String field, boolean required, Set<String> lexicons) {
        return names(in, at, field, required, lexicons, "lexicon");
    }

    /** The ids in {@code field}, each reported at its place when {@code known} has no {@code what} of that name. */
    private List<String> names(FieldReader in, String at, String field, boolean required, Set<String> known, String what) {
        List<String> names = in.textList(at, field, required, 0);
        List<String> pointers = in.array(at, field, false, 0);
        for (int i = 0; i < names.size() && i < pointers.size(); i++) {
            if (!known.contains(names.get(i))) {
                in.report(pointers.get(i), "no " + what + " named '" + names.get(i) + "'");
            }
        }
        return names;
    }

    private Rule.Messages messages(FieldReader in, String at) {
        String m = at + "/messages";
        Map<String, String> byOutcome = new LinkedHashMap<>();
        if (in.object(m, "the messages", MESSAGE_OUTCOMES)) {
            for (String outcome : MESSAGE_OUTCOMES) {
                in.text(m, outcome, false).ifPresent(text -> byOutcome.put(outcome, text));
            }
            if (!byOutcome.containsKey("clear")) {
                in.report(m, "missing field 'clear' (the message shown when the mistake is not made)");
            }
        }
        return new Rule.Messages(byOutcome);
    }

    private Rubric.GradeScale readScale(FieldReader in, String at, boolean needsAvoidedFrom) {
        Set<String> fields = needsAvoidedFrom ? Set.of("question", "avoidedFrom", "anchors") : Set.of("question", "anchors");
        if (!in.object(at, "a grade scale", fields)) {
            return new Rubric.GradeScale("", 0, List.of(new Rubric.Anchor(0, "", "")));
        }
        String question = in.text(at, "question", true).orElse("");
        List<Rubric.Anchor> anchors = new ArrayList<>();
        for (String a : in.array(at, "anchors", true, 2)) {
            if (in.object(a, "an anchor", Set.of("score", "label", "text"))) {
                Optional<Integer> score = in.integer(a, "score", true, 0, 10);
                Optional<String> label = in.text(a, "label", true);
                Optional<String> text = in.text(a, "text", true);
                if (score.isPresent() && !anchors.isEmpty() && score.get() != anchors.get(anchors.size() - 1).score() + 1) {
                    in.report(a + "/score", "scores must go up by one, found " + score.get() + " after "
                            + anchors.get(anchors.size() - 1).score());
                }
                if (score.isPresent() && label.isPresent() && text.isPresent()) {
                    anchors.add(new Rubric.Anchor(score.get(), label.get(), text.get()));
                }
            }
        }
        if (anchors.isEmpty()) {
            anchors.add(new Rubric.Anchor(0, "", ""));
        }
        int avoidedFrom = anchors.get(0).score();
        if (needsAvoidedFrom) {
            avoidedFrom = in.integer(at, "avoidedFrom", true, 0, 10).orElse(avoidedFrom);
            int min = anchors.get(0).score();
            int max = anchors.get(anchors.size() - 1).score();
            if (avoidedFrom <= min || avoidedFrom > max) {
                in.report(at + "/avoidedFrom", "'avoidedFrom' must be a score above the lowest anchor (" + min + ") and at most " + max);
            }
        }
        return new Rubric.GradeScale(question, avoidedFrom, anchors);
    }

    private static Optional<Track> track(FieldReader in, String at, String field) {
        return in.text(at, field, true).flatMap(t -> {
            Optional<Track> parsed = Track.parse(t).filter(x -> x.name().equals(t));
            if (parsed.isEmpty()) {
                in.report(at + "/" + field, "'" + field + "' must be \"PM\" or \"PMM\", found \"" + t + "\"");
            }
            return parsed;
        });
    }

    static boolean bool(FieldReader in, String at, String field, boolean otherwise) {
        var node = in.node(at + "/" + field);
        if (node.isMissingNode()) {
            return otherwise;
        }
        if (!node.isBoolean()) {
            in.report(at + "/" + field, "'" + field + "' must be true or false");
            return otherwise;
        }
        return node.asBoolean();
    }
}
