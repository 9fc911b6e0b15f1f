package app.debrief.rubric;

import app.debrief.rubric.analysis.Stance;
import app.debrief.rubric.analysis.TermHit;

import java.util.List;
import java.util.Optional;

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

    /** The hits as evidence; a hit that is not a plain claim says what the answer does with it. */
    List<Evidence> evidence(List<TermHit> hits) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return hits.stream()
                // two lexicons may name the same words ("Apache 2.0" is context and an act of openness): show them once
                .filter(h -> seen.add(((long) h.start() << 32) | h.end()))
                .map(h -> new Evidence(of(h.start()), of(h.end()), text.substring(h.start(), h.end()),
                        h.is(Stance.ASSERTED) || h.is(Stance.DESCRIBED) ? Optional.empty() : Optional.of(h.stance().wording())))
                .toList();
    }
}
