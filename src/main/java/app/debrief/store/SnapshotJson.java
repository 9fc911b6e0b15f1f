package app.debrief.store;

import app.debrief.bank.Prompt;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * The JSON kept in the attempts table: the prompt as it was when the attempt started, and the
 * time per phase. Unknown fields are skipped, so a snapshot written by a later Debrief with more
 * fields still reads.
 */
final class SnapshotJson {

    static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(SnapshotFormats.module());
    private static final TypeReference<List<PhaseTime>> PHASES = new TypeReference<>() {
    };

    private SnapshotJson() {
    }

    static String prompt(Prompt prompt) {
        return write(prompt);
    }

    static Prompt prompt(String json) {
        return read(json, Prompt.class);
    }

    static Prompt prompt(JsonNode json) throws JsonProcessingException {
        return MAPPER.treeToValue(json, Prompt.class);
    }

    static JsonNode promptTree(Prompt prompt) {
        return MAPPER.valueToTree(prompt);
    }

    static String phases(List<PhaseTime> phases) {
        return phases.isEmpty() ? "[]" : write(phases);
    }

    static List<PhaseTime> phases(String json) {
        try {
            return "[]".equals(json) ? List.of() : MAPPER.readValue(json, PHASES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored phase times are not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
