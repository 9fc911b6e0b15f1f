package app.debrief.rubric;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;

import java.util.Optional;

/** What an answer answers: a prompt, or only a track (then every mistake of the track applies). */
public record CheckContext(Track track, Optional<String> kind, Optional<Prompt> prompt) {

    public static CheckContext of(Prompt prompt) {
        return new CheckContext(prompt.track(), Optional.of(prompt.kind()), Optional.of(prompt));
    }

    public static CheckContext of(Track track) {
        return new CheckContext(track, Optional.empty(), Optional.empty());
    }

    public static CheckContext of(Track track, String kind) {
        return new CheckContext(track, Optional.of(kind), Optional.empty());
    }
}
