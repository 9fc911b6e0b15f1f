package app.debrief.review;

import java.util.List;

/**
 * Two texts compared word by word, as a run of segments in reading order. The SAME and REMOVED
 * segments joined give the older text exactly, the SAME and ADDED ones the newer text, whitespace
 * and all. Within one change, REMOVED comes before ADDED.
 */
public record WordDiff(List<Segment> segments) {

    public WordDiff {
        segments = List.copyOf(segments);
    }

    public enum Change { SAME, REMOVED, ADDED }

    /** A run of text that both texts share, or that only one of them has. */
    public record Segment(Change change, String text) {
    }

    /** The older text, rebuilt from the segments. */
    public String older() {
        return join(Change.ADDED);
    }

    /** The newer text, rebuilt from the segments. */
    public String newer() {
        return join(Change.REMOVED);
    }

    /** Whether the two texts differ at all, whitespace included. */
    public boolean changed() {
        return segments.stream().anyMatch(s -> s.change() != Change.SAME);
    }

    private String join(Change leftOut) {
        StringBuilder text = new StringBuilder();
        for (Segment s : segments) {
            if (s.change() != leftOut) {
                text.append(s.text());
            }
        }
        return text.toString();
    }
}
