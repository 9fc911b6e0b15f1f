package app.debrief.store;

import app.debrief.content.ContentProblem;
import app.debrief.content.LocatedJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads an export written by {@link ExportWriter} a piece at a time, so that an export of any
 * length is read in little memory: the parser streams, and only one attempt at a time is held as
 * a tree. All of the file is checked; every problem is located as {@code file:line:column:
 * message}, naming the field. Attempts go to the caller's sink only as long as no problem was
 * found, so the caller keeps nothing of a file that has one.
 */
public final class ExportReader {

    /** Problems kept to be shown; the rest are counted. */
    public static final int KEPT_PROBLEMS = 100;

    /**
     * Strings up to SQLite's longest text (its default SQLITE_MAX_LENGTH): whatever the store holds,
     * an export of it reads back. Jackson's default (20 million characters) is below an answer the
     * app can keep.
     */
    private static final JsonFactory FACTORY = LocatedJson.factory(StreamReadConstraints.builder()
            .maxStringLength(1_000_000_000).build());

    /** What the whole file held: the number of attempts handed on, and what is wrong. */
    public record Checked(int attempts, List<ContentProblem> problems, int problemCount) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** The attempts, or the problems that stop the import (the whole file read into memory: for small files and tests). */
    public record Result(List<ExportedAttempt> attempts, List<ContentProblem> problems) {
        public Result {
            attempts = List.copyOf(attempts);
            problems = List.copyOf(problems);
        }
    }

    private record Seen(int line, byte[] digest) {
    }

    private final String file;
    /** Each attempt, with its JSON as read (the staging keeps the feedback's as it is). */
    private final BiConsumer<ExportedAttempt, JsonNode> sink;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, Seen> uids = new HashMap<>();
    private final MessageDigest sha256;
    private int problemCount;
    private int handedOn;

    private ExportReader(String file, BiConsumer<ExportedAttempt, JsonNode> sink) {
        this.file = file;
        this.sink = sink;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static Result read(String file, String text) {
        List<ExportedAttempt> attempts = new ArrayList<>();
        Checked checked = read(file, new StringReader(text), attempts::add);
        return checked.problems().isEmpty() ? new Result(attempts, List.of()) : new Result(List.of(), checked.problems());
    }

    /** Reads all of {@code in} (and closes it), handing each attempt to {@code sink} until a problem is found. */
    public static Checked read(String file, Reader in, Consumer<ExportedAttempt> sink) {
        return readInto(file, in, (attempt, json) -> sink.accept(attempt));
    }

    /** Reads all of {@code in} (and closes it) into {@code staged}, until a problem is found. */
    public static Checked read(String file, Reader in, ImportStaging staged) {
        return readInto(file, in, (attempt, json) -> staged.add(attempt, attempt.feedback().map(f -> utf8(json.get("feedback")))));
    }

    private static Checked readInto(String file, Reader in, BiConsumer<ExportedAttempt, JsonNode> sink) {
        ExportReader reader = new ExportReader(file, sink);
        try (JsonParser parser = FACTORY.createParser(in)) {
            try {
                reader.root(parser);
            } catch (JsonProcessingException e) {
                reader.problems(List.of(LocatedJson.syntaxProblem(file, e, parser)));
            } catch (CharacterCodingException e) {
                JsonLocation at = parser.currentLocation();
                reader.problems(List.of(new ContentProblem(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                        "is not valid UTF-8 from here on")));
            }
        } catch (IOException e) {
            reader.problems(List.of(new ContentProblem(file, 1, 1, "cannot be read (" + e.getMessage() + ")")));
        }
        return new Checked(reader.handedOn, reader.problems, reader.problemCount);
    }

    private void root(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems(List.of(new ContentProblem(file, 1, 1, "the file is empty")));
            return;
        }
        JsonLocation start = parser.currentTokenLocation();
        if (first != JsonToken.START_OBJECT) {
            problems(List.of(at(start, "a Debrief export must be a JSON object")));
            return;
        }
        boolean format = false;
        boolean attempts = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation nameAt = parser.currentTokenLocation();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "debriefExport" -> {
                    format = true;
                    if (!format(parser, value)) {
                        return;
                    }
                }
                case "attempts" -> {
                    attempts = true;
                    attempts(parser, value);
                }
                case "exportedAt" -> parser.skipChildren();
                default -> {
                    problems(List.of(at(nameAt, "unknown field '" + name + "' in a Debrief export (allowed: attempts, debriefExport,"
                            + " exportedAt)")));
                    parser.skipChildren();
                }
            }
        }
        if (!format) {
            problems(List.of(at(start, "missing field 'debriefExport'")));
        }
        if (!attempts) {
            problems(List.of(at(start, "missing field 'attempts'")));
        }
        if (parser.nextToken() != null) {
            problems(List.of(at(parser.currentTokenLocation(), "invalid JSON: more text after the end of the export")));
        }
    }

    /** False when the export is of a newer format: nothing more of it is read. */
    private boolean format(JsonParser parser, JsonToken value) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() < 1) {
            problems(List.of(at(at, "'debriefExport' must be a whole number between 1 and " + Integer.MAX_VALUE)));
            parser.skipChildren();
            return true;
        }
        if (parser.getIntValue() > ExportWriter.FORMAT) {
            problems(List.of(at(at, "written by a newer Debrief (export format " + parser.getIntValue() + "; this version reads "
                    + ExportWriter.FORMAT + ")")));
            return false;
        }
        return true;
    }

    private void attempts(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            problems(List.of(at(parser.currentTokenLocation(), "'attempts' must be a list")));
            parser.skipChildren();
            return;
        }
        LocatedJson.Values elements = new LocatedJson.Values(file);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            LocatedJson element = elements.next(parser);
            AttemptReader attempt = new AttemptReader(element);
            var read = attempt.read();
            problems(attempt.fields().problems());
            if (read.isPresent() && isNew(read.get(), element)) {
                if (problemCount == 0) {
                    sink.accept(read.get(), element.root());
                    handedOn++;
                }
            }
        }
    }

    /**
     * A uid seen before is the same attempt twice (a merged file, say) and is skipped; with other
     * content it is two attempts under one identity, and a problem: one of them would be lost.
     */
    private boolean isNew(ExportedAttempt attempt, LocatedJson element) {
        byte[] digest = digest(element);
        ContentProblem here = element.problemAt("/uid", "");
        Seen before = uids.putIfAbsent(attempt.uid(), new Seen(here.line(), digest));
        if (before == null) {
            return true;
        }
        if (!Arrays.equals(before.digest(), digest)) {
            problems(List.of(element.problemAt("/uid", "uid '" + attempt.uid() + "' is also the uid of the attempt on line " + before.line()
                    + ", which differs from this one; one of the two would be lost (give each attempt a uid of its own)")));
        }
        return false;
    }

    private static byte[] utf8(JsonNode json) {
        try {
            return SnapshotJson.MAPPER.writeValueAsBytes(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree just read cannot be written", e);
        }
    }

    /** The attempt's JSON, written straight into the digest rather than into a string first. */
    private byte[] digest(LocatedJson element) {
        try (OutputStream into = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            SnapshotJson.MAPPER.writeValue(into, element.root());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256.digest();
    }

    private ContentProblem at(JsonLocation location, String message) {
        return new ContentProblem(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), message);
    }

    private void problems(List<ContentProblem> found) {
        for (ContentProblem p : found) {
            problemCount++;
            if (problems.size() < KEPT_PROBLEMS) {
                problems.add(p);
            }
        }
    }
}
