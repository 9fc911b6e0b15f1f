package app.debrief.rubric.rules;

import app.debrief.rubric.analysis.TermHit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's outcome before it is turned into a user-facing finding: the outcome name picks the
 * rule's message, and {@code values} fill its placeholders.
 */
public record Verdict(boolean flagged, String outcome, Map<String, String> values, Optional<String> missing,
                      List<TermHit> evidence, List<TermHit> support) {

    private static final Pattern PLACEHOLDER_OR_PLURAL = Pattern.compile("\\{([A-Za-z]+)}|\\(s\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** Up to three of the words, as the user wrote them, each once whatever its case. */
    static String examples(List<TermHit> hits) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (TermHit h : hits) {
            seen.putIfAbsent(h.text().toLowerCase(Locale.ROOT), h.text());
            if (seen.size() == 3) {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        for (String s : seen.values()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('\u201c').append(s).append('\u201d');
        }
        return out.toString();
    }

    /**
     * Fills {placeholders}; a part in [brackets] is kept only when every placeholder in it has
     * something to show; a plural ending written (s) agrees with the count filled in before it
     * ("{n} sentence(s)": "1 sentence", "2 sentences"). Unknown placeholders are left as written,
     * so a typo shows in the text.
     */
    public static String fill(String template, Map<String, String> values) {
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
        Matcher m = PLACEHOLDER.matcher(part);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String placeholders(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER_OR_PLURAL.matcher(text);
        StringBuilder out = new StringBuilder();
        String count = "";
        while (m.find()) {
            String filled;
            if (m.group(1) == null) {
                filled = count.equals("1") ? "" : "s";
            } else {
                filled = values.getOrDefault(m.group(1), m.group());
                count = filled;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        return out.toString();
    }
}
