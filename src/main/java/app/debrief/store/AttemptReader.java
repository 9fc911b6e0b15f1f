package app.debrief.store;

import app.debrief.bank.FollowUp;
import app.debrief.bank.FollowUpPrompt;
import app.debrief.bank.Prompt;
import app.debrief.content.FieldReader;
import app.debrief.content.LocatedJson;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.FeedbackJson;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt of an export, checked field by field: every problem is reported to the element's
 * {@link FieldReader}, located at the value at fault. Pointers are from the attempt itself.
 */
final class AttemptReader {

    private static final Set<String> ATTEMPT = Set.of("uid", "prompt", "mode", "status", "startedAt", "submittedAt", "updatedAt",
            "elapsedMillis", "phaseTimes", "answer", "words", "feedback", "grades", "followUps");
    private static final Set<String> FOLLOW_UP = Set.of("uid", "question", "probes", "minutes", "reason", "status", "startedAt",
            "submittedAt", "updatedAt", "elapsedMillis", "phaseTimes", "answer", "words", "feedback");
    private static final Set<String> PHASE = Set.of("phase", "millis");
    private static final Set<String> GRADE = Set.of("item", "itemId", "score", "note");
    private static final long MAX_MILLIS = 1_000L * 60 * 60 * 24 * 365;

    private final FieldReader fields;

    AttemptReader(LocatedJson attempt) {
        this.fields = new FieldReader(attempt);
    }

    FieldReader fields() {
        return fields;
    }

    /** The attempt, or empty when anything about it is wrong (the problems are in {@link #fields()}). */
    Optional<ExportedAttempt> read() {
        return attempt("");
    }

    private Optional<ExportedAttempt> attempt(String at) {
        if (!fields.object(at, "an attempt", ATTEMPT)) {
            return Optional.empty();
        }
        Optional<String> uid = fields.text(at, "uid", true);
        Optional<Prompt> prompt = prompt(at + "/prompt");
        Optional<Mode> mode = choice(at, "mode", Mode.class);
        Optional<Answer> answer = answer(at);
        List<SelfGrade> grades = grades(at);
        if (uid.isEmpty() || prompt.isEmpty() || mode.isEmpty() || answer.isEmpty() || fields.hasProblems()) {
            return Optional.empty();
        }
        Attempt attempt = answer.get().attempt(prompt.get(), mode.get());
        List<FollowUpAnswer> followUps = followUps(at, attempt);
        return fields.hasProblems() ? Optional.empty()
                : Optional.of(new ExportedAttempt(uid.get(), attempt, answer.get().feedback(), grades, followUps));
    }

    /** What an attempt and a follow-up both carry: where the answer stands, its time (per phase too), its text and its feedback. */
    private record Answer(AttemptStatus status, Instant started, Optional<Instant> submitted, Instant updated, long elapsedMillis,
                          List<PhaseTime> phases, String text, Optional<Feedback> feedback) {
        Attempt attempt(Prompt prompt, Mode mode) {
            return new Attempt(0, prompt, mode, status, started, submitted, elapsedMillis, phases, text,
                    app.debrief.rubric.Words.count(text), updated);
        }
    }

    private Optional<Answer> answer(String at) {
        Optional<AttemptStatus> status = choice(at, "status", AttemptStatus.class);
        Optional<Instant> started = instant(at, "startedAt", true);
        Optional<Instant> submitted = instant(at, "submittedAt", status.orElse(null) == AttemptStatus.SUBMITTED);
        Optional<Instant> updated = instant(at, "updatedAt", true);
        Optional<Double> elapsed = fields.number(at, "elapsedMillis", true, 0, MAX_MILLIS);
        List<PhaseTime> phases = phases(at);
        Optional<String> text = string(at, "answer");
        fields.integer(at, "words", false, 0, Integer.MAX_VALUE);
        Optional<Feedback> feedback = feedback(at + "/feedback");
        if (status.isEmpty() || started.isEmpty() || updated.isEmpty() || elapsed.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Answer(status.get(), started.get(), submitted, updated.get(), elapsed.get().longValue(), phases, text.get(),
                feedback));
    }

    /**
     * The follow-ups asked after {@code main} (an export from before follow-ups has none). Each is
     * answered as the prompt the main prompt makes of it, in the main attempt's mode.
     */
    private List<FollowUpAnswer> followUps(String at, Attempt main) {
        List<String> pointers = fields.array(at, "followUps", false, 0);
        if (!pointers.isEmpty() && main.status() != AttemptStatus.SUBMITTED) {
            fields.report(at + "/followUps", "follow-ups can only come after an attempt that was handed in (status SUBMITTED)");
            return List.of();
        }
        List<FollowUpAnswer> followUps = new ArrayList<>();
        Set<String> uids = new HashSet<>();
        for (String f : pointers) {
            if (!fields.object(f, "a follow-up", FOLLOW_UP)) {
                continue;
            }
            Optional<String> uid = fields.text(f, "uid", true);
            Optional<String> question = fields.text(f, "question", true);
            List<String> probes = fields.textList(f, "probes", true, 0);
            Optional<Integer> minutes = fields.integer(f, "minutes", true, 1, 120);
            Optional<String> reason = string(f, "reason");
            Optional<Answer> answer = answer(f);
            if (uid.isPresent() && !uids.add(uid.get())) {
                fields.report(f + "/uid", "a second follow-up with uid '" + uid.get() + "'");
            }
            if (uid.isEmpty() || question.isEmpty() || minutes.isEmpty() || reason.isEmpty() || answer.isEmpty()) {
                continue;
            }
            FollowUp followUp = new FollowUp(question.get(), probes, minutes.get());
            Attempt attempt = answer.get().attempt(FollowUpPrompt.of(main.prompt(), followUp), main.mode());
            followUps.add(new FollowUpAnswer(0, uid.get(), followUp, reason.get(), attempt, answer.get().feedback()));
        }
        return followUps;
    }

    private Optional<Prompt> prompt(String at) {
        if (!fields.node(at).isObject()) {
            fields.report(at, "'prompt' must be the prompt's snapshot, a JSON object");
            return Optional.empty();
        }
        boolean complete = fields.text(at, "id", true).isPresent() & choice(at, "track", app.debrief.bank.Track.class).isPresent()
                & fields.text(at, "kind", true).isPresent() & fields.text(at, "title", true).isPresent()
                & fields.text(at, "question", true).isPresent() & fields.integer(at, "minutes", true, 1, 24 * 60).isPresent();
        if (!complete) {
            return Optional.empty();
        }
        try {
            JsonNode node = fields.node(at);
            for (String list : List.of("phases", "talkingPoints", "followUps")) {
                if (!node.hasNonNull(list)) {
                    // Optional in an export, a list in the record: only then is the tree copied to add it.
                    node = node == fields.node(at) ? node.deepCopy() : node;
                    ((com.fasterxml.jackson.databind.node.ObjectNode) node).putArray(list);
                }
            }
            return Optional.of(SnapshotJson.prompt(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            fields.report(at, "the prompt snapshot cannot be read: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<Feedback> feedback(String at) {
        JsonNode node = fields.node(at);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject() || !node.path("mistakes").isArray() || !node.path("checker").isTextual()) {
            fields.report(at, "'feedback' must be the checker's JSON (with 'track', 'mistakes' and 'checker') or null");
            return Optional.empty();
        }
        try {
            return Optional.of(FeedbackJson.read(node));
        } catch (IllegalArgumentException e) {
            fields.report(at, "'feedback' cannot be read: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    private List<PhaseTime> phases(String at) {
        List<PhaseTime> phases = new ArrayList<>();
        for (String p : fields.array(at, "phaseTimes", false, 0)) {
            if (fields.object(p, "a phase time", PHASE)) {
                Optional<String> name = fields.text(p, "phase", true);
                Optional<Double> millis = fields.number(p, "millis", true, 0, MAX_MILLIS);
                if (name.isPresent() && millis.isPresent()) {
                    phases.add(new PhaseTime(name.get(), millis.get().longValue()));
                }
            }
        }
        return phases;
    }

    private List<SelfGrade> grades(String at) {
        List<SelfGrade> grades = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String g : fields.array(at, "grades", false, 0)) {
            if (!fields.object(g, "a self-grade", GRADE)) {
                continue;
            }
            Optional<GradeItem> item = choice(g, "item", GradeItem.class);
            Optional<String> itemId = fields.text(g, "itemId", true);
            Optional<Integer> score = fields.integer(g, "score", true, 0, 100);
            Optional<String> note = fields.node(g + "/note").isMissingNode() ? Optional.of("") : string(g, "note");
            if (item.isPresent() && itemId.isPresent() && score.isPresent() && note.isPresent()) {
                if (!seen.add(item.get() + "/" + itemId.get())) {
                    fields.report(g, "a second grade for " + item.get() + " '" + itemId.get() + "'");
                }
                grades.add(new SelfGrade(item.get(), itemId.get(), score.get(), note.get()));
            }
        }
        return grades;
    }

    /** A string that may be empty (an answer, a note). */
    private Optional<String> string(String at, String field) {
        JsonNode node = fields.node(at + "/" + field);
        if (!node.isTextual()) {
            fields.report(node.isMissingNode() ? at : at + "/" + field,
                    node.isMissingNode() ? "missing field '" + field + "'" : "'" + field + "' must be a string");
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    private <E extends Enum<E>> Optional<E> choice(String at, String field, Class<E> type) {
        Optional<String> text = fields.text(at, field, true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            fields.report(at + "/" + field, "'" + field + "' must be one of " + String.join(", ", names) + ", found '" + text.get() + "'");
            return Optional.empty();
        }
    }

    private Optional<Instant> instant(String at, String field, boolean required) {
        Optional<String> text = fields.text(at, field, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            fields.report(at + "/" + field, "'" + field + "' must be a time such as 2026-03-01T09:00:00Z, found '" + text.get() + "'");
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
