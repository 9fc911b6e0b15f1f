package app.debrief.rubric;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's outcome before it is turned into a user-facing finding: the outcome name picks the
 * rule's message, and {@code values} fill its placeholders.
 */
record Verdict(boolean flagged, String outcome, Map<String, String> values, Optional<String> missing,
               List<Hit> evidence, List<Hit> support) {

    static String examples(List<Hit> hits) {
        StringBuilder out = new StringBuilder();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (Hit h : hits) {
            seen.add(h.term().toLowerCase(java.util.Locale.ROOT));
            if (seen.size() == 3) {
                break;
            }
        }
        for (String s : seen) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('\u201c').append(s).append('\u201d');
        }
        return out.toString();
    }

    /**
     * Fills {placeholders}; a part in [brackets] is kept only when every placeholder in it has
     * something to show. Unknown placeholders are left as written, so a typo shows in the text.
     */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('[', i);
            int close = open < 0 ? -1 : template.indexOf(']', open);
            if (open < 0 || close < 0) {
                out.append(placeholders(template.substring(i), values));
                break;
            }
            out.append(placeholders(template.substring(i, open), values));
            String part = template.substring(open + 1, close);
            if (allPresent(part, values)) {
                out.append(placeholders(part, values));
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static boolean allPresent(String part, Map<String, String> values) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(part);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([A-Za-z]+)}");

    private static String placeholders(String text, Map<String, String> values) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
