package app.debrief.store;

import java.util.List;
import java.util.Optional;

/**
 * An attempt whose submitted answer, grade notes or follow-up answers match a search, with a short
 * extract ({@code snippet}) and where in it the matched words stand ({@code highlights}, char
 * offsets into {@code snippet}, end exclusive), so a view can set them in bold. When the extract
 * comes from the answer to a follow-up, {@code inFollowUp} is that follow-up's question.
 */
public record SearchHit(long attemptId, String snippet, List<Highlight> highlights, Optional<String> inFollowUp) {

    public record Highlight(int start, int end) {
    }

    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    public SearchHit(long attemptId, String snippet, List<Highlight> highlights) {
        this(attemptId, snippet, highlights, Optional.empty());
    }

    /** The snippet with each matched word wrapped in {@code open} and {@code close}, e.g. "**". */
    public String marked(String open, String close) {
        StringBuilder s = new StringBuilder(snippet.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Highlight h : highlights) {
            s.append(snippet, at, h.start()).append(open).append(snippet, h.start(), h.end()).append(close);
            at = h.end();
        }
        return s.append(snippet, at, snippet.length()).toString();
    }
}
