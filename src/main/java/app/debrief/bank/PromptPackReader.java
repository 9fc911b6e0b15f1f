package app.debrief.bank;

import app.debrief.content.ContentProblem;
import app.debrief.content.FieldReader;
import app.debrief.content.LocatedJson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates one prompt pack. A pack with any problem is rejected whole, with every
 * problem located, so the user fixes the file once rather than one error per run.
 */
public final class PromptPackReader {

    static final int MAX_TITLE = 90;
    private static final Set<String> PACK_FIELDS = Set.of("pack", "title", "prompts");
    private static final Set<String> PROMPT_FIELDS = Set.of(
            "id", "track", "kind", "title", "question", "minutes", "phases", "talkingPoints", "followUps", "reference", "warnedTerms");
    private static final Set<String> PHASE_FIELDS = Set.of("name", "minutes");
    private static final Set<String> POINT_FIELDS = Set.of("id", "label", "cues", "concepts");
    private static final Set<String> CONCEPT_FIELDS = Set.of("idea", "terms", "except");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("question", "probes", "minutes");
    private static final Set<String> REFERENCE_FIELDS = Set.of("point", "text");
    static final int MIN_FOLLOW_UP_MINUTES = 2;
    static final int MAX_FOLLOW_UP_MINUTES = 5;

    private final Map<String, PromptKind> kinds;

    public PromptPackReader(Map<String, PromptKind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The outcome of reading one file: a pack, or the problems that kept it out. */
    public record Outcome(Optional<PromptPack> pack, List<ContentProblem> problems) {
    }

    /** Reads a pack no other pack has been read before. */
    public Outcome read(String file, String text) {
        return read(file, text, Map.of());
    }

    /**
     * Reads a pack; {@code taken} maps the prompt ids of packs already loaded to their files, so a
     * duplicate is reported here, at its own line, naming both files.
     */
    public Outcome read(String file, String text, Map<String, String> taken) {
        LocatedJson.Result parsed = LocatedJson.parse(file, text);
        if (parsed.problem().isPresent()) {
            return new Outcome(Optional.empty(), List.of(parsed.problem().get()));
        }
        FieldReader in = new FieldReader(parsed.json().orElseThrow());
        if (!in.object("", "a prompt pack", PACK_FIELDS)) {
            return new Outcome(Optional.empty(), in.problems());
        }
        Optional<String> packId = in.id("", "pack");
        Optional<String> title = in.text("", "title", true);
        List<Prompt> prompts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String at : in.array("", "prompts", true, 1)) {
            readPrompt(in, at, file).ifPresent(prompt -> {
                if (taken.containsKey(prompt.id())) {
                    in.report(at + "/id", "prompt id '" + prompt.id() + "' is already used in " + taken.get(prompt.id()));
                } else if (!ids.add(prompt.id())) {
                    in.report(at + "/id", "prompt id '" + prompt.id() + "' is used twice in this pack");
                } else {
                    prompts.add(prompt);
                }
            });
        }
        if (in.hasProblems()) {
            return new Outcome(Optional.empty(), in.problems());
        }
        return new Outcome(Optional.of(new PromptPack(packId.orElseThrow(), title.orElseThrow(), file, prompts)), List.of());
    }

    private Optional<Prompt> readPrompt(FieldReader in, String at, String file) {
        if (!in.object(at, "a prompt", PROMPT_FIELDS)) {
            return Optional.empty();
        }
        int before = in.problems().size();
        Optional<String> id = in.id(at, "id");
        Optional<Track> track = in.text(at, "track", true).flatMap(t -> {
            Optional<Track> parsed = Track.parse(t).filter(x -> x.name().equals(t));
            if (parsed.isEmpty()) {
                in.report(at + "/track", "'track' must be \"PM\" or \"PMM\", found \"" + t + "\"");
            }
            return parsed;
        });
        Optional<String> kind = in.text(at, "kind", true);
        if (kind.isPresent()) {
            PromptKind known = kinds.get(kind.get());
            if (known == null) {
                in.report(at + "/kind", "unknown kind '" + kind.get() + "' (known: " + String.join(", ", new java.util.TreeSet<>(kinds.keySet())) + ")");
            } else if (track.isPresent() && known.track() != track.get()) {
                in.report(at + "/kind", "kind '" + kind.get() + "' belongs to the " + known.track() + " track, not " + track.get());
            }
        }
        Optional<String> title = in.text(at, "title", true);
        title.filter(t -> t.length() > MAX_TITLE).ifPresent(t ->
                in.report(at + "/title", "'title' is " + t.length() + " characters; keep it to " + MAX_TITLE));
        Optional<String> question = in.text(at, "question", true);
        Optional<Integer> minutes = in.integer(at, "minutes", true, 1, 120);
        List<Phase> phases = readPhases(in, at, minutes);
        List<TalkingPoint> points = readTalkingPoints(in, at);
        Set<String> pointIds = new HashSet<>();
        points.forEach(p -> pointIds.add(p.id()));
        Set<String> mistakes = kind.map(kinds::get).map(PromptKind::mistakes).orElse(Set.of());
        List<FollowUp> followUps = readFollowUps(in, at, pointIds, mistakes, kind.orElse(""));
        List<ReferencePart> reference = readReference(in, at, points);
        List<String> warned = in.textList(at, "warnedTerms", false, 1);
        if (in.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Prompt(id.orElseThrow(), track.orElseThrow(), kind.orElseThrow(), title.orElseThrow(),
                question.orElseThrow(), minutes.orElseThrow(), phases, points, followUps, reference, warned, file));
    }

    private List<Phase> readPhases(FieldReader in, String at, Optional<Integer> minutes) {
        List<Phase> phases = new ArrayList<>();
        for (String p : in.array(at, "phases", false, 1)) {
            if (in.object(p, "a phase", PHASE_FIELDS)) {
                Optional<String> name = in.text(p, "name", true);
                Optional<Integer> m = in.integer(p, "minutes", true, 1, 120);
                if (name.isPresent() && m.isPresent()) {
                    phases.add(new Phase(name.get(), m.get()));
                }
            }
        }
        int sum = phases.stream().mapToInt(Phase::minutes).sum();
        if (!phases.isEmpty() && minutes.isPresent() && sum != minutes.get()) {
            in.report(at + "/phases", "the phases add up to " + sum + " minutes but 'minutes' is " + minutes.get());
        }
        return phases;
    }

    private List<TalkingPoint> readTalkingPoints(FieldReader in, String at) {
        List<TalkingPoint> points = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String p : in.array(at, "talkingPoints", true, 2)) {
            if (!in.object(p, "a talking point", POINT_FIELDS)) {
                continue;
            }
            Optional<String> id = in.id(p, "id");
            Optional<String> label = in.text(p, "label", true);
            id.filter(i -> !ids.add(i)).ifPresent(i -> in.report(p + "/id", "talking point id '" + i + "' is used twice in this prompt"));
            boolean hasCues = !in.node(p + "/cues").isMissingNode();
            boolean hasConcepts = !in.node(p + "/concepts").isMissingNode();
            if (hasCues && hasConcepts) {
                in.report(p + "/cues", "a talking point has 'concepts' or 'cues' (the first format), not both");
                continue;
            }
            List<Concept> concepts = new ArrayList<>();
            if (hasCues) {
                List<String> cues = in.textList(p, "cues", true, 2);
                if (cues.size() >= 2 && label.isPresent()) {
                    concepts.add(new Concept(label.get(), cues, List.of()));
                }
            } else if (!hasConcepts) {
                in.report(p, "missing field 'concepts' (the ideas of the point, each with the terms that name it)");
            } else {
                for (String c : in.array(p, "concepts", true, 1)) {
                    if (in.object(c, "a concept", CONCEPT_FIELDS)) {
                        Optional<String> idea = in.text(c, "idea", true);
                        List<String> terms = in.textList(c, "terms", true, 2);
                        List<String> except = in.textList(c, "except", false, 1);
                        if (idea.isPresent() && terms.size() >= 2) {
                            concepts.add(new Concept(idea.get(), terms, except));
                        }
                    }
                }
            }
            if (id.isPresent() && label.isPresent() && !concepts.isEmpty()) {
                points.add(new TalkingPoint(id.get(), label.get(), concepts));
            }
        }
        reportSharedTerms(in, at, points);
        return points;
    }

    /** One word cannot serve two points: a term listed under two points of a prompt is an error. */
    private static void reportSharedTerms(FieldReader in, String at, List<TalkingPoint> points) {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            TalkingPoint point = points.get(i);
            for (String term : point.terms()) {
                String key = term.toLowerCase(java.util.Locale.ROOT).replace('-', ' ').strip();
                String other = owner.putIfAbsent(key, point.id());
                if (other != null && !other.equals(point.id())) {
                    in.report(at + "/talkingPoints/" + i, "term '" + term + "' names both '" + other + "' and '" + point.id()
                            + "'; one word cannot serve two points");
                }
            }
        }
    }

    private List<FollowUp> readFollowUps(FieldReader in, String at, Set<String> points, Set<String> mistakes, String kind) {
        List<FollowUp> followUps = new ArrayList<>();
        for (String f : in.array(at, "followUps", false, 1)) {
            if (in.node(f).isTextual()) {
                in.textAt(f, "a follow-up").ifPresent(q -> followUps.add(new FollowUp(q, List.of(), FollowUp.DEFAULT_MINUTES)));
                continue;
            }
            if (!in.object(f, "a follow-up", FOLLOW_UP_FIELDS)) {
                continue;
            }
            int before = in.problems().size();
            Optional<String> question = in.text(f, "question", true);
            List<String> probes = in.textList(f, "probes", true, 1);
            List<String> probePointers = in.array(f, "probes", false, 0);
            for (int i = 0; i < probes.size() && i < probePointers.size(); i++) {
                String probe = probes.get(i);
                if (!points.contains(probe) && !mistakes.contains(probe)) {
                    in.report(probePointers.get(i), "follow-up probes '" + probe + "', which is neither a talking point of this prompt ("
                            + String.join(", ", new java.util.TreeSet<>(points)) + ") nor a mistake checked in " + kind + " answers");
                }
            }
            Optional<Integer> minutes = in.integer(f, "minutes", true, MIN_FOLLOW_UP_MINUTES, MAX_FOLLOW_UP_MINUTES);
            if (in.problems().size() == before) {
                followUps.add(new FollowUp(question.orElseThrow(), probes, minutes.orElseThrow()));
            }
        }
        return followUps;
    }

    /** At most one part per talking point, naming a point of the prompt; a prompt may have none. */
    private List<ReferencePart> readReference(FieldReader in, String at, List<TalkingPoint> points) {
        List<ReferencePart> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> ids = new HashSet<>();
        points.forEach(p -> ids.add(p.id()));
        for (String r : in.array(at, "reference", false, 1)) {
            if (!in.object(r, "a reference part", REFERENCE_FIELDS)) {
                continue;
            }
            Optional<String> point = in.text(r, "point", true);
            Optional<String> text = in.text(r, "text", true);
            if (point.isPresent() && !ids.contains(point.get())) {
                in.report(r + "/point", "no talking point '" + point.get() + "' in this prompt");
            } else if (point.isPresent() && !seen.add(point.get())) {
                in.report(r + "/point", "talking point '" + point.get() + "' has two reference parts");
            } else if (point.isPresent() && text.isPresent()) {
                parts.add(new ReferencePart(point.get(), text.get()));
            }
        }
        return parts;
    }
}
