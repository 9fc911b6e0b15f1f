package app.debrief.review;

import app.debrief.review.WordDiff.Change;
import app.debrief.review.WordDiff.Segment;
import app.debrief.review.WordTokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two texts word by word (see {@link WordAlignment} for how words are matched up).
 * Whitespace is carried along, not compared: a word kept with other spacing after it stays SAME
 * and only its spacing is shown as changed.
 */
final class WordDiffer {

    private WordDiffer() {
    }

    static WordDiff diff(String older, String newer) {
        WordTokens a = WordTokens.of(older);
        WordTokens b = WordTokens.of(newer);
        List<Token> x = a.tokens();
        List<Token> y = b.tokens();
        // Words as small numbers: the alignment compares them many times over.
        Map<String, Integer> ids = new HashMap<>();
        int[] match = WordAlignment.of(numbers(x, ids), numbers(y, ids), ids.size());
        Segments out = new Segments();
        out.space(a.leading(), b.leading());
        int j = 0;
        int changedFrom = 0;
        for (int i = 0; i < x.size(); i++) {
            if (match[i] >= 0) {
                out.changed(x.subList(changedFrom, i), y.subList(j, match[i]));
                out.same(x.get(i), y.get(match[i]));
                j = match[i] + 1;
                changedFrom = i + 1;
            }
        }
        out.changed(x.subList(changedFrom, x.size()), y.subList(j, y.size()));
        return new WordDiff(out.finish());
    }

    private static int[] numbers(List<Token> tokens, Map<String, Integer> ids) {
        return tokens.stream().mapToInt(t -> ids.computeIfAbsent(t.word(), w -> ids.size())).toArray();
    }

    /**
     * Builds the segments: runs of the same kind merge, and the removed and added text between two
     * shared runs come out as one REMOVED then one ADDED.
     */
    private static final class Segments {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder same = new StringBuilder();
        private final StringBuilder removed = new StringBuilder();
        private final StringBuilder added = new StringBuilder();

        List<Segment> finish() {
            flushChanges();
            flush(Change.SAME, same);
            return segments;
        }

        void same(Token older, Token newer) {
            same(older.word());
            space(older.space(), newer.space());
        }

        void changed(List<Token> older, List<Token> newer) {
            // Spacing both sides end on is shared: "fast " becoming "quick " keeps its space SAME.
            String shared = older.isEmpty() || newer.isEmpty() ? "" : commonEnd(last(older).space(), last(newer).space());
            change(removed, joined(older, shared.length()));
            change(added, joined(newer, shared.length()));
            same(shared);
        }

        void space(String older, String newer) {
            if (older.equals(newer)) {
                same(older);
            } else {
                change(removed, older);
                change(added, newer);
            }
        }

        private void same(String text) {
            if (!text.isEmpty()) {
                flushChanges();
                same.append(text);
            }
        }

        private void change(StringBuilder side, String text) {
            if (!text.isEmpty()) {
                flush(Change.SAME, same);
                side.append(text);
            }
        }

        private void flushChanges() {
            flush(Change.REMOVED, removed);
            flush(Change.ADDED, added);
        }

        private void flush(Change change, StringBuilder text) {
            if (text.length() > 0) {
                segments.add(new Segment(change, text.toString()));
                text.setLength(0);
            }
        }

        private static Token last(List<Token> tokens) {
            return tokens.get(tokens.size() - 1);
        }

        private static String joined(List<Token> tokens, int dropAtEnd) {
            StringBuilder text = new StringBuilder();
            tokens.forEach(t -> text.append(t.word()).append(t.space()));
            return text.substring(0, text.length() - dropAtEnd);
        }

        private static String commonEnd(String a, String b) {
            int k = 0;
            while (k < a.length() && k < b.length() && a.charAt(a.length() - 1 - k) == b.charAt(b.length() - 1 - k)) {
                k++;
            }
            return a.substring(a.length() - k);
        }
    }
}
