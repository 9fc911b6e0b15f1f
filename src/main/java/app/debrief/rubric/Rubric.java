package app.debrief.rubric;

import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;

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
        NegationRules negation,
        AttributionRules attribution,
        Map<String, LexiconSpec> lexicons,
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

    /** Words that turn a term's meaning around, and how far their reach goes. */
    public record NegationRules(List<String> before, List<String> after, List<String> notNegation,
                                List<String> terminators, int window, int afterWindow) {
        public NegationRules {
            before = List.copyOf(before);
            after = List.copyOf(after);
            notNegation = List.copyOf(notNegation);
            terminators = List.copyOf(terminators);
        }
    }

    /** Words that mark a clause as about a competitor (named, and not us) rather than about our own plan. */
    public record AttributionRules(List<String> others, List<String> self) {
        public AttributionRules {
            others = List.copyOf(others);
            self = List.copyOf(self);
        }
    }

    /** A named list of terms and patterns the rules count. */
    public record LexiconSpec(String id, String label, String why, boolean negatable, boolean attributable,
                              List<String> terms, List<String> patterns, List<String> except) {
        public LexiconSpec {
            terms = List.copyOf(terms);
            patterns = List.copyOf(patterns);
            except = List.copyOf(except);
        }
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
