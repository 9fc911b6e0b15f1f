package app.debrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a user types into an FTS5 query that cannot be a syntax error: each word becomes a
 * quoted term (so AND, OR, NEAR, quotes and stars are only words), all of which must match.
 */
final class SearchQuery {

    private SearchQuery() {
    }

    static Optional<String> of(String text) {
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                terms.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            terms.add(word.toString());
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", terms.stream().map(t -> '"' + t + '"').toList()));
    }
}
