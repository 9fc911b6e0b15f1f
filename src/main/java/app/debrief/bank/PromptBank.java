package app.debrief.bank;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every prompt that loaded, by id and by track, in pack order. */
public final class PromptBank {

    private final Map<String, Prompt> byId;
    private final Map<String, PromptKind> kinds;

    /** Prompts are listed by track, then in the order of {@code kinds}, then as their packs list them. */
    public PromptBank(List<Prompt> prompts, Map<String, PromptKind> kinds) {
        List<String> kindOrder = List.copyOf(kinds.keySet());
        Map<String, Prompt> map = new LinkedHashMap<>();
        prompts.stream()
                .sorted(Comparator.comparing(Prompt::track).thenComparingInt(p -> kindOrder.indexOf(p.kind())))
                .forEach(p -> map.put(p.id(), p));
        this.byId = map;
        this.kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    public List<Prompt> all() {
        return List.copyOf(byId.values());
    }

    public List<Prompt> forTrack(Track track) {
        return byId.values().stream().filter(p -> p.track() == track).toList();
    }

    public Optional<Prompt> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<PromptKind> kind(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    public List<PromptKind> kinds(Track track) {
        return kinds.values().stream().filter(k -> k.track() == track).toList();
    }

    /**
     * The ids closest to a mistyped one, for "did you mean": ids that contain it come first, then
     * those within a small edit distance.
     */
    public List<String> nearestIds(String typed, int limit) {
        String t = typed.toLowerCase(Locale.ROOT);
        record Scored(String id, int score) {
        }
        return byId.keySet().stream()
                .map(id -> new Scored(id, id.contains(t) || (t.length() >= 4 && t.contains(id)) ? 0 : 1 + editDistance(t, id)))
                .filter(s -> s.score == 0 || s.score - 1 <= Math.max(3, t.length() / 3))
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::id))
                .limit(limit)
                .map(Scored::id)
                .toList();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
