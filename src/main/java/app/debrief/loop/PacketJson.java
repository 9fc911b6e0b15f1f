package app.debrief.loop;

import app.debrief.rubric.Evidence;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.store.LoopSitting;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.FollowUpJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** A packet as JSON for a script: the sitting, the committee's view and each round's findings and follow-ups. */
public final class PacketJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PacketJson() {
    }

    public static void write(DebriefPacket packet, Writer out) throws IOException {
        MAPPER.writeValue(out, tree(packet));
    }

    static ObjectNode tree(DebriefPacket packet) {
        LoopSitting s = packet.sitting();
        CommitteeView c = packet.committee();
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode sitting = root.putObject("sitting");
        sitting.put("id", s.id()).put("loop", s.loopId()).put("track", s.track().name()).put("title", s.title())
                .put("status", s.status().name().toLowerCase(Locale.ROOT)).put("startedAt", s.startedAt().toString())
                .put("rounds", s.rounds().size());
        s.endedAt().ifPresent(t -> sitting.put("endedAt", t.toString()));
        root.put("lean", c.lean().id());
        ArrayNode reasons = root.putArray("reasons");
        c.reasons().forEach(r -> {
            ObjectNode n = reasons.addObject().put("rule", r.ruleId()).put("cap", r.cap().id()).put("text", r.text());
            ints(n.putArray("rounds"), r.rounds());
        });
        c.strongest().ifPresent(n -> root.put("strongestRound", n));
        c.weakest().ifPresent(n -> root.put("weakestRound", n));
        ArrayNode fixes = root.putArray("fixFirst");
        packet.fixes().forEach(f -> {
            ObjectNode n = fixes.addObject().put("title", f.fix().title()).put("detail", f.fix().detail());
            f.fix().mistakeId().ifPresent(m -> n.put("mistake", m));
            f.fix().kind().ifPresent(k -> n.put("kind", k));
            f.practise().ifPresent(p -> n.putObject("practise").put("prompt", p.prompt().id()).put("title", p.prompt().title())
                    .put("why", p.explanation()));
        });
        ArrayNode disagreements = root.putArray("disagreements");
        c.disagreements().forEach(d -> disagreements.addObject().put("round", d.round()).put("self", d.self().id())
                .put("rules", d.rules().id()));
        ArrayNode rounds = root.putArray("rounds");
        for (RoundResult r : packet.rounds()) {
            ObjectNode n = rounds.addObject().put("number", r.number()).put("attempt", r.attemptId()).put("prompt", r.prompt().id())
                    .put("title", r.prompt().title()).put("kind", r.prompt().kind()).put("elapsedMs", r.elapsedMillis())
                    .put("budgetSeconds", r.prompt().budgetSeconds()).put("words", r.words());
            c.round(r.number()).ifPresent(l -> n.put("lean", l.lean().id()));
            r.selfGrade().ifPresent(g -> n.put("selfGrade", g.id()));
            ArrayNode mistakes = n.putArray("mistakes");
            for (MistakeFinding m : r.feedback().mistakes()) {
                ObjectNode mn = mistakes.addObject().put("id", m.id()).put("applies", m.applies()).put("flagged", m.flagged()).put("why", m.why());
                ArrayNode ev = mn.putArray("evidence");
                m.evidence().stream().map(Evidence::text).forEach(ev::add);
            }
            ArrayNode points = n.putArray("talkingPoints");
            for (TalkingPointFinding t : r.feedback().talkingPoints()) {
                points.addObject().put("id", t.id()).put("label", t.label()).put("level", t.level().id());
            }
            n.set("followUps", followUps(r.followUps()));
        }
        return root;
    }

    /** The round's follow-ups as the JSON export and {@code history --json} carry an attempt's ({@link FollowUpJson}). */
    private static JsonNode followUps(List<FollowUpAnswer> followUps) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            buffer.writeStartObject();
            FollowUpJson.writeAll(buffer, followUps);
            buffer.writeEndObject();
            JsonNode tree = MAPPER.readTree(buffer.asParser());
            return tree.get("followUps");
        } catch (IOException e) {
            throw new UncheckedIOException("the follow-ups could not be written", e);
        }
    }

    private static void ints(ArrayNode array, List<Integer> values) {
        values.forEach(array::add);
    }
}
