package app.debrief.rubric;

import java.util.List;

/**
 * Turns Java's UTF-16 offsets into the Unicode code point offsets the JSON output promises, so
 * an emoji counts as one character for every tool that reads the offsets.
 */
final class CodePoints {

    private final String text;
    private final boolean surrogates;
    private int[] prefix;

    CodePoints(String text) {
        this.text = text;
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            any = Character.isSurrogate(text.charAt(i));
        }
        this.surrogates = any;
    }

    int of(int charOffset) {
        if (!surrogates) {
            return charOffset;
        }
        if (prefix == null) {
            prefix = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                prefix[i] = cp;
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    cp++;
                }
            }
            prefix[text.length()] = cp;
        }
        return prefix[charOffset];
    }

    List<Evidence> evidence(List<Hit> hits) {
        return hits.stream()
                .map(h -> new Evidence(of(h.start()), of(h.end()), text.substring(h.start(), h.end())))
                .toList();
    }
}
