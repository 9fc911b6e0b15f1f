package app.debrief.store;

import app.debrief.rubric.FeedbackJson;
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
 *  "feedback", "grades"}…]}</pre>
 * Times are ISO-8601 instants; {@code prompt} is the snapshot and {@code feedback} the checker's
 * JSON as stored.
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
            json.writeStringField("status", a.status().name());
            json.writeStringField("startedAt", a.startedAt().toString());
            json.writeStringField("submittedAt", a.submittedAt().map(Instant::toString).orElse(null));
            json.writeStringField("updatedAt", a.updatedAt().toString());
            json.writeNumberField("elapsedMillis", a.elapsedMillis());
            json.writeArrayFieldStart("phaseTimes");
            for (PhaseTime p : a.phaseTimes()) {
                json.writeStartObject();
                json.writeStringField("phase", p.phase());
                json.writeNumberField("millis", p.millis());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("answer", a.answer());
            json.writeNumberField("words", a.words());
            json.writeFieldName("feedback");
            if (e.feedback().isPresent()) {
                json.writeTree(FeedbackJson.toJson(e.feedback().get()));
            } else {
                json.writeNull();
            }
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
