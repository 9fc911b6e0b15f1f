package app.debrief.loop;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;
import app.debrief.content.ContentProblem;
import app.debrief.content.FieldReader;
import app.debrief.content.LocatedJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a loops file the way packs are validated: every problem located as
 * {@code file:line:column}, and a loop with a problem is skipped while the others load. A round's
 * kind must be of the loop's track and have prompts in the bank; a fixed prompt must exist and be
 * of the loop's track. Unknown fields are errors, so a misspelt name is caught.
 */
public final class LoopsReader {

    static final int MAX_TITLE = 90;
    static final int MAX_ROUNDS = 6;
    static final int MAX_BREAK = 15;
    private static final Set<String> FILE_FIELDS = Set.of("loops");
    private static final Set<String> LOOP_FIELDS = Set.of("id", "track", "title", "breakMinutes", "rounds");
    private static final Set<String> ROUND_FIELDS = Set.of("kind", "prompt", "minutes");

    private final PromptBank bank;

    public LoopsReader(PromptBank bank) {
        this.bank = bank;
    }

    /** The loops that are valid, and every problem met; {@code taken} maps ids loaded before to their files. */
    public record Outcome(List<Loop> loops, List<ContentProblem> problems) {
    }

    public Outcome read(String file, String text, Map<String, String> taken) {
        LocatedJson.Result parsed = LocatedJson.parse(file, text);
        if (parsed.problem().isPresent()) {
            return new Outcome(List.of(), List.of(parsed.problem().get()));
        }
        FieldReader in = new FieldReader(parsed.json().orElseThrow());
        if (!in.object("", "a loops file", FILE_FIELDS)) {
            return new Outcome(List.of(), in.problems());
        }
        List<Loop> loops = new ArrayList<>();
        Set<String> here = new java.util.HashSet<>();
        for (String at : in.array("", "loops", true, 1)) {
            int before = in.problems().size();
            Optional<Loop> loop = loop(in, at, file);
            loop.map(Loop::id).ifPresent(id -> {
                if (taken.containsKey(id)) {
                    in.report(at + "/id", "loop id '" + id + "' is already used in " + taken.get(id));
                } else if (!here.add(id)) {
                    in.report(at + "/id", "loop id '" + id + "' is used twice in this file");
                }
            });
            if (loop.isPresent() && in.problems().size() == before) {
                loops.add(loop.get());
            }
        }
        return new Outcome(loops, in.problems());
    }

    private Optional<Loop> loop(FieldReader in, String at, String file) {
        if (!in.object(at, "a loop", LOOP_FIELDS)) {
            return Optional.empty();
        }
        Optional<String> id = in.id(at, "id");
        Optional<Track> track = in.text(at, "track", true).flatMap(t -> {
            Optional<Track> parsed = Track.parse(t).filter(x -> x.name().equals(t));
            if (parsed.isEmpty()) {
                in.report(at + "/track", "'track' must be PM or PMM, found '" + t + "'");
            }
            return parsed;
        });
        Optional<String> title = in.text(at, "title", true);
        title.filter(t -> t.length() > MAX_TITLE)
                .ifPresent(t -> in.report(at + "/title", "'title' must be at most " + MAX_TITLE + " characters, found " + t.length()));
        int breakMinutes = in.integer(at, "breakMinutes", false, 0, MAX_BREAK).orElse(2);
        List<LoopRound> rounds = new ArrayList<>();
        List<String> pointers = in.array(at, "rounds", true, 1);
        if (pointers.size() > MAX_ROUNDS) {
            in.report(at + "/rounds", "a loop has at most " + MAX_ROUNDS + " rounds, found " + pointers.size());
        }
        for (String r : pointers) {
            round(in, r, track).ifPresent(rounds::add);
        }
        if (id.isEmpty() || track.isEmpty() || title.isEmpty() || rounds.size() != pointers.size()) {
            return Optional.empty();
        }
        return Optional.of(new Loop(id.get(), track.get(), title.get(), breakMinutes, rounds, file));
    }

    private Optional<LoopRound> round(FieldReader in, String at, Optional<Track> track) {
        if (!in.object(at, "a round", ROUND_FIELDS)) {
            return Optional.empty();
        }
        boolean hasKind = !in.node(at + "/kind").isMissingNode();
        boolean hasPrompt = !in.node(at + "/prompt").isMissingNode();
        Optional<Integer> minutes = in.integer(at, "minutes", true, 1, 120);
        if (hasKind == hasPrompt) {
            in.report(at, "a round names a 'kind' (a prompt of that kind is drawn) or a 'prompt' (its id), exactly one of them");
            return Optional.empty();
        }
        if (hasKind) {
            Optional<String> kind = in.text(at, "kind", true);
            Optional<PromptKind> known = kind.flatMap(bank::kind);
            if (kind.isPresent() && known.isEmpty()) {
                in.report(at + "/kind", "no kind '" + kind.get() + "'; the kinds are listed in rubric.json");
                return Optional.empty();
            }
            if (known.isPresent() && track.isPresent() && known.get().track() != track.get()) {
                in.report(at + "/kind", "kind '" + kind.get() + "' is of the " + known.get().track() + " track, not " + track.get());
                return Optional.empty();
            }
            if (known.isPresent() && bank.forTrack(known.get().track()).stream().noneMatch(p -> p.kind().equals(kind.get()))) {
                in.report(at + "/kind", "no prompt of kind '" + kind.get() + "' loaded, so none can be drawn");
                return Optional.empty();
            }
            return kind.flatMap(k -> minutes.map(m -> new LoopRound.OfKind(k, m)));
        }
        Optional<String> id = in.text(at, "prompt", true);
        Optional<Prompt> prompt = id.flatMap(bank::byId);
        if (id.isPresent() && prompt.isEmpty()) {
            List<String> near = bank.nearestIds(id.get(), 3);
            in.report(at + "/prompt", "no prompt '" + id.get() + "'" + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
            return Optional.empty();
        }
        if (prompt.isPresent() && track.isPresent() && prompt.get().track() != track.get()) {
            in.report(at + "/prompt", "prompt '" + id.get() + "' is of the " + prompt.get().track() + " track, not " + track.get());
            return Optional.empty();
        }
        return id.flatMap(p -> minutes.map(m -> new LoopRound.Fixed(p, m)));
    }
}
