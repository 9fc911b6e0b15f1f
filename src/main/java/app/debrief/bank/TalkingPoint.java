package app.debrief.bank;

import java.util.List;

/**
 * Something a strong answer to a prompt covers. Its ideas are {@link Concept}s, each a group of
 * phrases that name it, so a point argued in plain words is found as well as one in jargon.
 */
public record TalkingPoint(String id, String label, List<Concept> concepts) {
    public TalkingPoint {
        concepts = List.copyOf(concepts);
    }

    /** A point from a pack of the first format: its cues are one concept. */
    public static TalkingPoint ofCues(String id, String label, List<String> cues) {
        return new TalkingPoint(id, label, List.of(new Concept(label, cues, List.of())));
    }

    /** Every phrase of every concept. */
    public List<String> terms() {
        return concepts.stream().flatMap(c -> c.terms().stream()).toList();
    }
}
