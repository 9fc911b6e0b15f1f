package app.debrief.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON document read as a tree, remembering where each value and each field name stood in the
 * text, so that a validator working on the tree can still say {@code file:line:column}.
 * Locations are keyed by JSON Pointer ("/prompts/3/minutes").
 */
public final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final String file;
    private final JsonNode root;
    private final Map<String, JsonLocation> valueAt;
    private final Map<String, JsonLocation> nameAt;

    private LocatedJson(String file, JsonNode root, Map<String, JsonLocation> valueAt,
                        Map<String, JsonLocation> nameAt) {
        this.file = file;
        this.root = root;
        this.valueAt = valueAt;
        this.nameAt = nameAt;
    }

    /** Parses {@code text}; a syntax error comes back as a located problem instead of a tree. */
    public static Result parse(String file, String text) {
        try {
            Map<String, JsonLocation> values = new HashMap<>();
            Map<String, JsonLocation> names = new HashMap<>();
            locate(text, values, names);
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                return new Result(Optional.empty(), Optional.of(new ContentProblem(file, 1, 1, "the file is empty")));
            }
            return new Result(Optional.of(new LocatedJson(file, root, values, names)), Optional.empty());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            return new Result(Optional.empty(),
                    Optional.of(new ContentProblem(file, line, column, "invalid JSON: " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            return new Result(Optional.empty(), Optional.of(new ContentProblem(file, 1, 1, "cannot read: " + e.getMessage())));
        }
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** A problem located at the value under {@code pointer}, or at the nearest enclosing value. */
    public ContentProblem problemAt(String pointer, String message) {
        return located(valueAt, pointer, message);
    }

    /** A problem located at the field name of {@code pointer} (for unknown or misspelt fields). */
    public ContentProblem problemAtName(String pointer, String message) {
        return nameAt.containsKey(pointer) ? located(nameAt, pointer, message) : problemAt(pointer, message);
    }

    private ContentProblem located(Map<String, JsonLocation> map, String pointer, String message) {
        String p = pointer;
        while (true) {
            JsonLocation at = map.get(p);
            if (at == null && map != valueAt) {
                at = valueAt.get(p);
            }
            if (at != null) {
                return new ContentProblem(file, at.getLineNr(), at.getColumnNr(), message);
            }
            if (p.isEmpty()) {
                return new ContentProblem(file, 1, 1, message);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static void locate(String text, Map<String, JsonLocation> values, Map<String, JsonLocation> names)
            throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            Deque<Frame> frames = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                Frame top = frames.peek();
                if (token == JsonToken.FIELD_NAME) {
                    top.field = parser.currentName();
                    names.put(top.pointer + "/" + escape(top.field), parser.currentTokenLocation());
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    frames.pop();
                    advance(frames.peek());
                    continue;
                }
                String here = top == null ? "" : top.childPointer();
                values.put(here, parser.currentTokenLocation());
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    frames.push(new Frame(here, token == JsonToken.START_ARRAY));
                } else {
                    advance(top);
                }
            }
        }
    }

    private static void advance(Frame frame) {
        if (frame != null && frame.array) {
            frame.index++;
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static final class Frame {
        final String pointer;
        final boolean array;
        String field;
        int index;

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }

        String childPointer() {
            return pointer + "/" + (array ? String.valueOf(index) : escape(field));
        }
    }

    /** Either a located tree or the syntax problem that stopped it. */
    public record Result(Optional<LocatedJson> json, Optional<ContentProblem> problem) {
    }
}
