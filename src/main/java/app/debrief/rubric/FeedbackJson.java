package app.debrief.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.debrief.bank.Track;
import app.debrief.rubric.points.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feedback as the JSON other tools rely on (design.md, "check --json"): field names and order
 * are a contract. The same form is stored with each attempt, so it can be read back.
 */
public final class FeedbackJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FeedbackJson() {
    }

    public static ObjectNode toJson(Feedback f) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("track", f.track().name());
        f.promptId().ifPresentOrElse(id -> root.put("prompt", id), () -> root.putNull("prompt"));
        f.kind().ifPresentOrElse(k -> root.put("kind", k), () -> root.putNull("kind"));
        root.put("words", f.words());
        ArrayNode mistakes = root.putArray("mistakes");
        for (MistakeFinding m : f.mistakes()) {
            ObjectNode o = mistakes.addObject();
            o.put("id", m.id());
            o.put("title", m.title());
            o.put("applies", m.applies());
            o.put("flagged", m.flagged());
            o.put("why", m.why());
            o.put("rule", m.rule());
            m.missing().ifPresent(x -> o.put("missing", x));
            spans(o.putArray("evidence"), m.evidence());
            spans(o.putArray("support"), m.support());
        }
        ArrayNode points = root.putArray("talkingPoints");
        for (TalkingPointFinding t : f.talkingPoints()) {
            ObjectNode o = points.addObject();
            o.put("id", t.id());
            o.put("label", t.label());
            o.put("level", t.level().id());
            o.put("covered", t.covered());
            t.gap().ifPresent(g -> o.put("gap", g));
            spans(o.putArray("evidence"), t.evidence());
            spans(o.putArray("substance"), t.substance());
        }
        root.put("checker", f.checkerVersion());
        return root;
    }

    public static String write(Feedback f) {
        return toJson(f).toString();
    }

    /** Reads feedback written by {@link #toJson}; unknown fields are ignored, so older rows still read. */
    public static Feedback read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("stored feedback is not readable: " + e.getMessage(), e);
        }
    }

    /** The same, from JSON already parsed (an export's, read a piece at a time). */
    public static Feedback read(JsonNode root) {
        try {
            List<MistakeFinding> mistakes = new ArrayList<>();
            for (JsonNode m : root.path("mistakes")) {
                mistakes.add(new MistakeFinding(m.path("id").asText(), m.path("title").asText(), m.path("applies").asBoolean(true),
                        m.path("flagged").asBoolean(), m.path("why").asText(), m.path("rule").asText(),
                        m.hasNonNull("missing") ? Optional.of(m.get("missing").asText()) : Optional.empty(),
                        spans(m.path("evidence")), spans(m.path("support"))));
            }
            List<TalkingPointFinding> points = new ArrayList<>();
            for (JsonNode t : root.path("talkingPoints")) {
                points.add(new TalkingPointFinding(t.path("id").asText(), t.path("label").asText(), level(t),
                        spans(t.path("evidence")), spans(t.path("substance")),
                        t.hasNonNull("gap") ? Optional.of(t.get("gap").asText()) : Optional.empty()));
            }
            return new Feedback(Track.valueOf(root.path("track").asText()), text(root, "prompt"), text(root, "kind"),
                    root.path("words").asInt(), mistakes, points, root.path("checker").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("stored feedback is not readable: " + e.getMessage(), e);
        }
    }

    /**
     * A point's level; feedback from checker 1 has only {@code covered}, which meant a cue was
     * found, so it reads as touched until the answer is checked again.
     */
    private static Level level(JsonNode point) {
        if (point.hasNonNull("level")) {
            return Level.of(point.get("level").asText());
        }
        return point.path("covered").asBoolean() ? Level.TOUCHED : Level.MISSING;
    }

    private static Optional<String> text(JsonNode root, String field) {
        return root.hasNonNull(field) ? Optional.of(root.get(field).asText()) : Optional.empty();
    }

    private static void spans(ArrayNode array, List<Evidence> spans) {
        for (Evidence e : spans) {
            ObjectNode o = array.addObject().put("start", e.start()).put("end", e.end()).put("text", e.text());
            e.stance().ifPresent(s -> o.put("stance", s));
        }
    }

    private static List<Evidence> spans(JsonNode array) {
        List<Evidence> list = new ArrayList<>();
        for (JsonNode e : array) {
            list.add(new Evidence(e.path("start").asInt(), e.path("end").asInt(), e.path("text").asText(),
                    e.hasNonNull("stance") ? Optional.of(e.get("stance").asText()) : Optional.empty()));
        }
        return list;
    }
}
