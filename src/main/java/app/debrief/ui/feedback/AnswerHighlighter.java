package app.debrief.ui.feedback;

import app.debrief.rubric.Evidence;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Paints the evidence of each flagged mistake onto the answer, one colour per mistake; where the
 * evidence of two mistakes overlaps, both colours' classes apply. Evidence offsets count code
 * points; the text area counts UTF-16 units, so they are converted here.
 */
final class AnswerHighlighter {

    /** Evidence spans of one mistake and the style class it is painted with. */
    record Layer(String styleClass, List<Evidence> spans) {
    }

    private AnswerHighlighter() {
    }

    static void paint(StyleClassedTextArea area, String text, List<Layer> layers) {
        area.replaceText(text);
        if (text.isEmpty()) {
            return;
        }
        area.setStyleSpans(0, spans(text, layers));
    }

    static StyleSpans<Collection<String>> spans(String text, List<Layer> layers) {
        // Boundaries where the set of classes changes, from every span's start and end.
        TreeMap<Integer, List<String[]>> events = new TreeMap<>();
        int[] chars = charOffsets(text);
        for (Layer layer : layers) {
            for (Evidence e : layer.spans()) {
                int start = charOffset(chars, text, e.start());
                int end = charOffset(chars, text, e.end());
                if (end > start) {
                    events.computeIfAbsent(start, k -> new ArrayList<>()).add(new String[]{"+", layer.styleClass()});
                    events.computeIfAbsent(end, k -> new ArrayList<>()).add(new String[]{"-", layer.styleClass()});
                }
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        java.util.Map<String, Integer> open = new java.util.HashMap<>();
        int at = 0;
        for (var entry : events.entrySet()) {
            int position = Math.min(entry.getKey(), text.length());
            if (position > at) {
                builder.add(active(open), position - at);
                at = position;
            }
            for (String[] change : entry.getValue()) {
                open.merge(change[1], change[0].equals("+") ? 1 : -1, Integer::sum);
            }
        }
        if (at < text.length() || at == 0) {
            builder.add(active(open), text.length() - at);
        }
        return builder.create();
    }

    private static Collection<String> active(java.util.Map<String, Integer> open) {
        Set<String> classes = new TreeSet<>();
        open.forEach((k, v) -> {
            if (v > 0) {
                classes.add(k);
            }
        });
        if (classes.isEmpty()) {
            return Collections.emptyList();
        }
        classes.add("evidence");
        return classes;
    }

    /** For each code point offset, its UTF-16 offset; null when the two are the same (no surrogates). */
    static int[] charOffsets(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            return null;
        }
        int[] map = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            map[cp++] = i;
        }
        map[cp] = text.length();
        return map;
    }

    /** The UTF-16 offset of a code point offset, clamped to the text. */
    static int charOffset(int[] map, String text, int codePoint) {
        int cp = Math.max(0, codePoint);
        if (map == null) {
            return Math.min(cp, text.length());
        }
        return map[Math.min(cp, map.length - 1)];
    }

    static int charOffset(String text, int codePoint) {
        return charOffset(charOffsets(text), text, codePoint);
    }
}
