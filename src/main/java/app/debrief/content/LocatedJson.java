package app.debrief.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * A JSON value read as a tree, remembering where each value and each field name stood in the
 * text, so that a validator working on the tree can still say {@code file:line:column}.
 * Locations are keyed by JSON Pointer ("/prompts/3/minutes") from the value read.
 *
 * <p>One pass over the tokens builds the tree and the locations together, so a large file can be
 * read a piece at a time ({@link #value}): an export's attempts one by one. Locations are kept as
 * numbers in document order, and a pointer is matched to its place only when a problem is
 * reported: a map of pointers per value cost ten times the memory of the text it described.
 */
public final class LocatedJson {

    private static final JsonFactory FACTORY = factory(StreamReadConstraints.defaults());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    /** Line and column of every value, in document order (see {@link Places}). */
    private final long[] valueAt;
    /** Line and column of every field name, in document order. */
    private final long[] nameAt;

    private LocatedJson(String file, JsonNode root, long[] valueAt, long[] nameAt) {
        this.file = file;
        this.root = root;
        this.valueAt = valueAt;
        this.nameAt = nameAt;
    }

    /**
     * A parser factory within {@code limits}. Duplicate field names are refused by {@link #value}
     * itself: the parser's own check keeps a set of names per object, a third of the cost of reading.
     */
    public static JsonFactory factory(StreamReadConstraints limits) {
        return JsonFactory.builder().streamReadConstraints(limits).build();
    }

    /** Parses {@code text}; a syntax error comes back as a located problem instead of a tree. */
    public static Result parse(String file, String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    return new Result(Optional.empty(), Optional.of(new ContentProblem(file, 1, 1, "the file is empty")));
                }
                LocatedJson json = value(file, parser);
                if (parser.nextToken() != null) {
                    return new Result(Optional.empty(), Optional.of(problemAt(file, parser.currentTokenLocation(),
                            "invalid JSON: more text after the end of the document")));
                }
                return new Result(Optional.of(json), Optional.empty());
            } catch (JsonProcessingException e) {
                return new Result(Optional.empty(), Optional.of(syntaxProblem(file, e, parser)));
            }
        } catch (IOException e) {
            return new Result(Optional.empty(), Optional.of(new ContentProblem(file, 1, 1, "cannot read: " + e.getMessage())));
        }
    }

    /**
     * Reads the value whose first token is {@code parser}'s current one, and leaves the parser on its
     * last token. Throws what the parser throws; {@link #syntaxProblem} says where and what.
     */
    public static LocatedJson value(String file, JsonParser parser) throws IOException {
        return new Values(file).next(parser);
    }

    /** Reads value after value from one parser (an export's attempts), reusing its buffers from one to the next. */
    public static final class Values {
        private final String file;
        private final Places values = new Places();
        private final Places names = new Places();

        public Values(String file) {
            this.file = file;
        }

        /** As {@link LocatedJson#value}. */
        public LocatedJson next(JsonParser parser) throws IOException {
            values.size = 0;
            names.size = 0;
            JsonNode root = read(parser, values, names);
            return new LocatedJson(file, root, values.toArray(), names.toArray());
        }
    }

    /**
     * A syntax error as a located problem. A limit hit (nesting, length) carries no location of its
     * own: it is placed where the parser stood, and says which limit.
     */
    public static ContentProblem syntaxProblem(String file, JsonProcessingException e, JsonParser parser) {
        if (e instanceof StreamConstraintsException) {
            StreamReadConstraints limits = parser.streamReadConstraints();
            String message = String.valueOf(e.getMessage());
            String what = message.contains("nesting depth") ? String.format("nested deeper than %,d levels", limits.getMaxNestingDepth())
                    : message.startsWith("String value length") ? String.format("a string longer than %,d characters", limits.getMaxStringLength())
                    : message.startsWith("Number value length") ? String.format("a number longer than %,d digits", limits.getMaxNumberLength())
                    : message.startsWith("Name length") ? String.format("a field name longer than %,d characters", limits.getMaxNameLength())
                    : firstLine(e.getOriginalMessage());
            JsonLocation at = parser.currentTokenLocation();
            return problemAt(file, at != null && at.getLineNr() > 0 ? at : parser.currentLocation(), "invalid JSON: " + what);
        }
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return problemAt(file, at, "invalid JSON: " + firstLine(e.getOriginalMessage()));
    }

    private static ContentProblem problemAt(String file, JsonLocation at, String message) {
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new ContentProblem(file, line, column, message);
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** A problem located at the value under {@code pointer}, or at the nearest enclosing value. */
    public ContentProblem problemAt(String pointer, String message) {
        String p = pointer;
        while (root.at(p).isMissingNode()) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return located(valueAt[new Walk(p, false).index()], message);
    }

    /** A problem located at the field name of {@code pointer} (for unknown or misspelt fields). */
    public ContentProblem problemAtName(String pointer, String message) {
        int slash = pointer.lastIndexOf('/');
        boolean isField = slash >= 0 && root.at(pointer.substring(0, slash)).isObject() && !root.at(pointer).isMissingNode();
        return isField ? located(nameAt[new Walk(pointer, true).index()], message) : problemAt(pointer, message);
    }

    private ContentProblem located(long place, String message) {
        return new ContentProblem(file, (int) (place >>> 32), (int) place, message);
    }

    /** Finds where a pointer's value (or field name) comes in document order, counting as {@link #read} recorded. */
    private final class Walk {
        private final String target;
        private final boolean name;
        private int values;
        private int names;

        Walk(String target, boolean name) {
            this.target = target;
            this.name = name;
        }

        int index() {
            return visit(root, "") ? (name ? names : values) : 0;
        }

        private boolean visit(JsonNode node, String pointer) {
            if (!name && pointer.equals(target)) {
                return true;
            }
            values++;
            if (!target.startsWith(pointer)) {
                values += count(node) - 1;
                names += countNames(node);
                return false;
            }
            if (node.isObject()) {
                for (var fields = node.fields(); fields.hasNext(); ) {
                    var field = fields.next();
                    String at = pointer + "/" + escape(field.getKey());
                    if (name && at.equals(target)) {
                        return true;
                    }
                    names++;
                    if (visit(field.getValue(), at)) {
                        return true;
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    if (visit(node.get(i), pointer + "/" + i)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static int count(JsonNode node) {
            int n = 1;
            for (JsonNode child : node) {
                n += count(child);
            }
            return n;
        }

        private static int countNames(JsonNode node) {
            int n = node.isObject() ? node.size() : 0;
            for (JsonNode child : node) {
                n += countNames(child);
            }
            return n;
        }
    }

    /** Line and column of the parser's token, packed in one number, as they come. */
    private static final class Places {
        private long[] places = new long[256];
        private int size;

        void add(int line, int column) {
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
            }
            places[size++] = (long) Math.max(1, line) << 32 | Math.max(1, column);
        }

        long[] toArray() {
            return Arrays.copyOf(places, size);
        }
    }

    private static JsonNode read(JsonParser parser, Places values, Places names) throws IOException {
        if (parser instanceof ParserBase base) {
            // The parser's own numbers (a value's, not a field name's): a location object per value costs a quarter of the reading.
            // (It counts columns one past its own location objects; the tests pin the columns down.)
            values.add(base.getTokenLineNr(), base.getTokenColumnNr() - 1);
        } else {
            JsonLocation at = parser.currentTokenLocation();
            values.add(at.getLineNr(), at.getColumnNr());
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                // Most objects of an export hold two or three fields (an evidence span): a small table, not the default 16.
                ObjectNode object = new ObjectNode(NODES, new LinkedHashMap<>(4));
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation nameAt = parser.currentTokenLocation();
                    names.add(nameAt.getLineNr(), nameAt.getColumnNr());
                    parser.nextToken();
                    if (object.replace(name, read(parser, values, names)) != null) {
                        throw new JsonParseException(parser, "Duplicate field '" + name + "'", nameAt);
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, values, names));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("not the start of a JSON value: " + token);
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

    /** Either a located tree or the syntax problem that stopped it. */
    public record Result(Optional<LocatedJson> json, Optional<ContentProblem> problem) {
    }
}
