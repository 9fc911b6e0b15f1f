package app.debrief.rubric;

import app.debrief.bank.Track;
import app.debrief.rubric.rules.Rule;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A documented mistake: what it looks like (the source's BAD and GOOD), why it matters, how to
 * grade yourself on it, and the checks that detect it for each track and kind of prompt.
 * {@code source} is "seed" for the four mistakes of the source document, "debrief" for our own.
 */
public record Mistake(String id, String title, String source, String bad, String good, String judgment,
                      Rubric.GradeScale grade, List<Check> checks) {

    public Mistake {
        checks = List.copyOf(checks);
    }

    /** One way of detecting the mistake, for the tracks and kinds it names. */
    public record Check(Set<Track> tracks, Set<String> kinds, Rule rule) {
        public Check {
            tracks = Set.copyOf(tracks);
            kinds = Set.copyOf(kinds);
        }
    }

    /**
     * The check that applies to an answer of this track and kind. With no kind (a bare
     * {@code --track} check) every mistake of the track applies, through its first check for it.
     */
    public Optional<Check> checkFor(Track track, Optional<String> kind) {
        return checks.stream()
                .filter(c -> c.tracks().contains(track))
                .filter(c -> kind.map(c.kinds()::contains).orElse(true))
                .findFirst();
    }

    public boolean fromSource() {
        return "seed".equals(source);
    }
}
