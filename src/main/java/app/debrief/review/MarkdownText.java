package app.debrief.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * User text (answers, notes, titles and labels from prompt packs) made safe to put in a Markdown
 * report: it shows as typed in CommonMark and GitHub viewers and cannot turn into a heading, a
 * list, a code block, a table, HTML, a link, emphasis, strikethrough or (on GitHub) maths. Plain
 * prose comes through unchanged; only characters that would mean something are escaped.
 */
public final class MarkdownText {

    /** "&amp;", "&#169;": an ampersand that a viewer would read as the start of a character reference. */
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
    /** "1." or "12)" then a space or the end: the start of an ordered list. */
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final String NBSP = "\u00A0";

    private MarkdownText() {
    }

    /** Text inside a line (a list item, a heading, a table cell): line breaks become spaces. */
    public static String inline(String text) {
        String flat = text.strip().replaceAll("\\s*\\R\\s*", " ");
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '|', '~', '$' -> out.append('\\').append(c);
                case '_' -> out.append(intraword(flat, i) ? "_" : "\\_");
                case '&' -> out.append(ENTITY.matcher(flat).region(i, flat.length()).lookingAt() ? "\\&" : "&");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A heading's text: as {@link #inline}, and a closing '#' kept as text rather than read as the heading's end. */
    public static String heading(String text) {
        String escaped = inline(text);
        return escaped.endsWith("#") ? escaped.substring(0, escaped.length() - 1) + "\\#" : escaped;
    }

    /** Code, such as a prompt id, in backticks long enough that backticks inside cannot end it. */
    public static String code(String text) {
        String fence = "`";
        while (text.contains(fence)) {
            fence += "`";
        }
        boolean pad = fence.length() > 1 || text.startsWith("`") || text.endsWith("`");
        return fence + (pad ? " " + text + " " : text) + fence;
    }

    /**
     * A block of text as the lines of a block quote, line for line: each line ends in a hard break
     * so a viewer does not run the lines together, indentation is kept (as no-break spaces, so it
     * cannot start a code block) and a line cannot start a list, heading or rule.
     */
    public static List<String> quote(String text) {
        String[] lines = text.strip().split("\\R", -1);
        List<String> quoted = new ArrayList<>(lines.length);
        for (int k = 0; k < lines.length; k++) {
            if (lines[k].isBlank()) {
                quoted.add(">");
                continue;
            }
            boolean lineFollows = k + 1 < lines.length && !lines[k + 1].isBlank();
            quoted.add("> " + line(lines[k].stripTrailing()) + (lineFollows ? "  " : ""));
        }
        return quoted;
    }

    private static String line(String text) {
        StringBuilder indent = new StringBuilder();
        int i = 0;
        for (; i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
            indent.append(text.charAt(i) == '\t' ? NBSP.repeat(4) : NBSP);
        }
        String rest = inline(text.substring(i));
        if (!rest.isEmpty() && "#-+=".indexOf(rest.charAt(0)) >= 0) {
            rest = "\\" + rest;
        } else {
            rest = ORDERED.matcher(rest).replaceFirst("$1\\\\$2");
        }
        return indent + rest;
    }

    private static boolean intraword(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
