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
            "id", "track", "kind", "title", "question", "minutes", "phases", "talkingPoints", "followUps");
    private static final Set<String> PHASE_FIELDS = Set.of("name", "minutes");
    private static final Set<String> POINT_FIELDS = Set.of("id", "label", "cues");

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
        List<String> followUps = in.textList(at, "followUps", false, 0);
        if (in.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Prompt(id.orElseThrow(), track.orElseThrow(), kind.orElseThrow(), title.orElseThrow(),
                question.orElseThrow(), minutes.orElseThrow(), phases, points, followUps, file));
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
            List<String> cues = in.textList(p, "cues", true, 2);
            id.filter(i -> !ids.add(i)).ifPresent(i -> in.report(p + "/id", "talking point id '" + i + "' is used twice in this prompt"));
            if (id.isPresent() && label.isPresent() && cues.size() >= 2) {
                points.add(new TalkingPoint(id.get(), label.get(), cues));
            }
        }
        return points;
    }
}
