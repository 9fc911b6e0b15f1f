package app.debrief.store;

import app.debrief.rubric.Feedback;
import app.debrief.rubric.FeedbackJson;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A follow-up as the JSON export and {@code history --json} carry it, inside its attempt's
 * {@code followUps}: <pre>{"uid", "question", "probes", "minutes", "reason", "status", "startedAt",
 * "submittedAt", "updatedAt", "elapsedMillis", "phaseTimes", "answer", "words", "feedback"}</pre>
 * {@code minutes} is its budget, {@code elapsedMillis} the time used, {@code feedback} the checker's JSON of its
 * answer (null while it is being written). {@link ExportReader} reads it back.
 */
public final class FollowUpJson {

    private FollowUpJson() {
    }

    public static void write(JsonGenerator json, FollowUpAnswer f) throws IOException {
        Attempt a = f.attempt();
        json.writeStartObject();
        json.writeStringField("uid", f.uid());
        json.writeStringField("question", f.followUp().question());
        json.writeArrayFieldStart("probes");
        for (String id : f.followUp().probes()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeNumberField("minutes", f.followUp().minutes());
        json.writeStringField("reason", f.reason());
        answer(json, a, f.feedback());
        json.writeEndObject();
    }

    /** What an attempt and a follow-up both carry: where the answer stands, its time, its text and the checker's feedback. */
    static void answer(JsonGenerator json, Attempt a, Optional<Feedback> feedback) throws IOException {
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
        if (feedback.isPresent()) {
            json.writeTree(FeedbackJson.toJson(feedback.get()));
        } else {
            json.writeNull();
        }
    }

    /** The follow-ups of an attempt as the field {@code followUps}. */
    public static void writeAll(JsonGenerator json, List<FollowUpAnswer> followUps) throws IOException {
        json.writeArrayFieldStart("followUps");
        for (FollowUpAnswer f : followUps) {
            write(json, f);
        }
        json.writeEndArray();
    }
}
