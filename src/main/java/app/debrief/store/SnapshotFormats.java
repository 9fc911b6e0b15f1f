package app.debrief.store;

import app.debrief.bank.Concept;
import app.debrief.bank.FollowUp;
import app.debrief.bank.TalkingPoint;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prompt snapshots written before pack format 2 still read: a talking point with {@code cues} is
 * one concept of those cues, a follow-up written as a bare question probes nothing in particular.
 */
final class SnapshotFormats {

    private SnapshotFormats() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("debrief-snapshots");
        module.addDeserializer(TalkingPoint.class, new PointReader());
        module.addDeserializer(FollowUp.class, new FollowUpReader());
        return module;
    }

    private static final class PointReader extends JsonDeserializer<TalkingPoint> {
        @Override
        public TalkingPoint deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode node = p.readValueAsTree();
            String id = node.path("id").asText();
            String label = node.path("label").asText();
            if (node.has("cues")) {
                return TalkingPoint.ofCues(id, label, texts(node.path("cues")));
            }
            List<Concept> concepts = new ArrayList<>();
            for (JsonNode c : node.path("concepts")) {
                concepts.add(new Concept(c.path("idea").asText(), texts(c.path("terms")), texts(c.path("except"))));
            }
            return new TalkingPoint(id, label, concepts);
        }
    }

    private static final class FollowUpReader extends JsonDeserializer<FollowUp> {
        @Override
        public FollowUp deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (node.isTextual()) {
                return new FollowUp(node.asText(), List.of(), FollowUp.DEFAULT_MINUTES);
            }
            return new FollowUp(node.path("question").asText(), texts(node.path("probes")),
                    node.path("minutes").asInt(FollowUp.DEFAULT_MINUTES));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
