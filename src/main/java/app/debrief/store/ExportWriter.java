package app.debrief.store;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;

/**
 * Writes an export as JSON, one attempt at a time, so a long history never sits in memory
 * whole. The format (version {@value #FORMAT}) is what {@link ExportReader} reads back:
 * <pre>{"debriefExport": 1, "exportedAt": "…", "attempts": [{"uid", "prompt", "mode", "status",
 *  "startedAt", "submittedAt", "updatedAt", "elapsedMillis", "phaseTimes", "answer", "words",
 *  "feedback", "grades", "followUps"}…]}</pre>
 * Times are ISO-8601 instants; {@code prompt} is the snapshot and {@code feedback} the checker's
 * JSON as stored; each follow-up is written by {@link FollowUpJson}.
 */
public final class ExportWriter implements AutoCloseable {

    public static final int FORMAT = 1;

    private final JsonGenerator json;

    public ExportWriter(Writer out, Instant exportedAt) {
        try {
            json = SnapshotJson.MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("debriefExport", FORMAT);
            json.writeStringField("exportedAt", exportedAt.toString());
            json.writeArrayFieldStart("attempts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(ExportedAttempt e) {
        Attempt a = e.attempt();
        try {
            json.writeStartObject();
            json.writeStringField("uid", e.uid());
            json.writeFieldName("prompt");
            json.writeTree(SnapshotJson.promptTree(a.prompt()));
            json.writeStringField("mode", a.mode().name());
            FollowUpJson.answer(json, a, e.feedback());
            json.writeArrayFieldStart("grades");
            for (SelfGrade g : e.grades()) {
                json.writeStartObject();
                json.writeStringField("item", g.item().name());
                json.writeStringField("itemId", g.itemId());
                json.writeNumberField("score", g.score());
                json.writeStringField("note", g.note());
                json.writeEndObject();
            }
            json.writeEndArray();
            FollowUpJson.writeAll(json, e.followUps());
            json.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
