package app.debrief.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads typed fields out of a {@link LocatedJson} tree and collects every problem it meets, each
 * located at the value (or field name) at fault, so a validator can report them all at once.
 */
public final class FieldReader {

    public static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final LocatedJson json;
    private final List<ContentProblem> problems = new ArrayList<>();

    public FieldReader(LocatedJson json) {
        this.json = json;
    }

    public List<ContentProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void report(String pointer, String message) {
        problems.add(json.problemAt(pointer, message));
    }

    public JsonNode node(String pointer) {
        return json.root().at(pointer);
    }

    /** True when the value at {@code pointer} is an object whose fields are all in {@code allowed}. */
    public boolean object(String pointer, String what, Set<String> allowed) {
        JsonNode node = node(pointer);
        if (!node.isObject()) {
            report(pointer, what + " must be a JSON object");
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(json.problemAtName(pointer + "/" + name,
                        "unknown field '" + name + "' in " + what + " (allowed: " + String.join(", ", sorted(allowed)) + ")"));
            }
        }
        return true;
    }

    /** The elements' pointers of the array under {@code pointer}; reports when it is not an array. */
    public List<String> array(String pointer, String field, boolean required, int minSize) {
        String at = pointer + "/" + field;
        JsonNode node = present(pointer, field, required).orElse(null);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            report(at, "'" + field + "' must be a list");
            return List.of();
        }
        if (node.size() < minSize) {
            report(at, "'" + field + "' needs at least " + minSize + (minSize == 1 ? " entry" : " entries")
                    + ", found " + node.size());
        }
        List<String> pointers = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            pointers.add(at + "/" + i);
        }
        return pointers;
    }

    public Optional<String> text(String pointer, String field, boolean required) {
        String at = pointer + "/" + field;
        Optional<JsonNode> node = present(pointer, field, required);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isTextual()) {
            report(at, "'" + field + "' must be a string");
            return Optional.empty();
        }
        if (node.get().asText().isBlank()) {
            report(at, "'" + field + "' must not be empty");
            return Optional.empty();
        }
        return Optional.of(node.get().asText());
    }

    /** The field's value, or empty (reported when required) if it is missing or null. */
    private Optional<JsonNode> present(String pointer, String field, boolean required) {
        JsonNode node = node(pointer + "/" + field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                report(pointer, "missing field '" + field + "'");
            }
            return Optional.empty();
        }
        return Optional.of(node);
    }

    /** A string element of an array (its pointer is the element's own). */
    public Optional<String> textAt(String pointer, String what) {
        JsonNode node = node(pointer);
        if (!node.isTextual() || node.asText().isBlank()) {
            report(pointer, what + " must be a non-empty string");
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    public Optional<String> id(String pointer, String field) {
        Optional<String> id = text(pointer, field, true);
        if (id.isPresent() && !KEBAB_CASE.matcher(id.get()).matches()) {
            report(pointer + "/" + field, "'" + field + "' must be kebab-case (a-z, 0-9 and single hyphens), found '" + id.get() + "'");
            return Optional.empty();
        }
        return id;
    }

    public Optional<Integer> integer(String pointer, String field, boolean required, int min, int max) {
        return number(pointer, field, required, min, max, true).map(Double::intValue);
    }

    public Optional<Double> number(String pointer, String field, boolean required, double min, double max) {
        return number(pointer, field, required, min, max, false);
    }

    private Optional<Double> number(String pointer, String field, boolean required, double min, double max, boolean whole) {
        String at = pointer + "/" + field;
        Optional<JsonNode> node = present(pointer, field, required);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (whole ? !node.get().isIntegralNumber() : !node.get().isNumber()) {
            report(at, "'" + field + "' must be " + (whole ? "a whole number" : "a number"));
            return Optional.empty();
        }
        double value = node.get().asDouble();
        if (value < min || value > max) {
            report(at, "'" + field + "' must be between " + format(min) + " and " + format(max) + ", found " + format(value));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    public List<String> textList(String pointer, String field, boolean required, int minSize) {
        List<String> values = new ArrayList<>();
        for (String element : array(pointer, field, required, minSize)) {
            textAt(element, "each entry of '" + field + "'").ifPresent(values::add);
        }
        return values;
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }
}
