package app.debrief.rubric;

import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;
import app.debrief.rubric.analysis.LexiconSpec;
import app.debrief.rubric.analysis.StanceWords;
import app.debrief.rubric.points.PointWords;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documented mistakes, how to grade yourself on each, and the signals the checker uses; all
 * read from {@code prompts/rubric.json}.
 */
public record Rubric(
        int version,
        String about,
        List<TrackInfo> tracks,
        Map<String, PromptKind> kinds,
        StanceWords stance,
        Map<String, LexiconSpec> lexicons,
        PointWords talkingPoints,
        List<Mistake> mistakes,
        GradeScale talkingPointScale) {

    public Rubric {
        tracks = List.copyOf(tracks);
        // Kinds keep the rubric's order: lists of prompts follow it.
        kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
        lexicons = Map.copyOf(lexicons);
        mistakes = List.copyOf(mistakes);
    }

    public Optional<Mistake> mistake(String id) {
        return mistakes.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<TrackInfo> track(Track track) {
        return tracks.stream().filter(t -> t.track() == track).findFirst();
    }

    /** How a track is described to the user. */
    public record TrackInfo(Track track, String label, String trains) {
    }

    /** A self-grade scale: scores from {@code avoidedFrom} up mean "I avoided this mistake". */
    public record GradeScale(String question, int avoidedFrom, List<Anchor> anchors) {
        public GradeScale {
            anchors = List.copyOf(anchors);
        }

        public int min() {
            return anchors.get(0).score();
        }

        public int max() {
            return anchors.get(anchors.size() - 1).score();
        }

        public Optional<Anchor> anchor(int score) {
            return anchors.stream().filter(a -> a.score() == score).findFirst();
        }
    }

    public record Anchor(int score, String label, String text) {
    }
}
