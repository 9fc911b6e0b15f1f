package app.debrief.rubric.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small numbers for words and stems, so a term set can tell at a glance that no term starts at a
 * token (one bit test instead of a hash lookup per set: the checker reads about seventy sets).
 * Terms always get a number; an answer's other words get one until the table is full, after
 * which they are -1 and the sets look them up the slow way. Shared process-wide, like an
 * interned string: it only ever grows, up to its limit.
 */
final class WordIds {

    private static final int LIMIT = 1 << 20;
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private WordIds() {
    }

    /** The word's number, assigned now if it has none; -1 when the table is full. */
    static int of(String word) {
        Integer id = IDS.get(word);
        if (id != null) {
            return id;
        }
        if (NEXT.get() >= LIMIT) {
            return -1;
        }
        return IDS.computeIfAbsent(word, w -> NEXT.getAndIncrement());
    }
}
