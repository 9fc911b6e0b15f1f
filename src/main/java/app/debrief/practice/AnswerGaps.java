package app.debrief.practice;

import app.debrief.bank.Concept;
import app.debrief.bank.Prompt;
import app.debrief.bank.TalkingPoint;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.rubric.points.Level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The gaps of one attempt, biggest first: its talking points that are missing, then those only
 * touched, each kind in the prompt's order, then the mistakes the checker flagged, in the rubric's
 * order. Follow-ups already answered count: a point a follow-up answer developed is no gap any more,
 * one it only named is a touched point now, and a mistake a follow-up probed and came back clear of
 * is closed.
 */
public final class AnswerGaps {

    /** A follow-up answered so far: what it probed and what the checker found in its answer. */
    public record Answered(List<String> probes, Feedback feedback) {
        public Answered {
            probes = List.copyOf(probes);
        }
    }

    private AnswerGaps() {
    }

    public static List<Gap> of(Prompt prompt, Feedback answer, List<Answered> followUps) {
        List<Gap> gaps = new ArrayList<>();
        for (TalkingPointFinding point : answer.talkingPoints()) {
            TalkingPointFinding best = point;
            for (Answered f : followUps) {
                for (TalkingPointFinding later : f.feedback().talkingPoints()) {
                    if (later.id().equals(point.id()) && later.level().compareTo(best.level()) > 0) {
                        best = later;
                    }
                }
            }
            if (best.level() == Level.MISSING) {
                gaps.add(new Gap(Gap.Kind.MISSING_POINT, point.id(), missing(prompt.talkingPoint(point.id()), point)));
            } else if (best.level() == Level.TOUCHED) {
                gaps.add(new Gap(Gap.Kind.TOUCHED_POINT, point.id(), touched(best)));
            }
        }
        for (MistakeFinding m : answer.flagged()) {
            boolean cleared = followUps.stream().anyMatch(f -> f.probes().contains(m.id())
                    && f.feedback().mistake(m.id()).map(x -> x.applies() && !x.flagged()).orElse(false));
            if (!cleared) {
                gaps.add(new Gap(Gap.Kind.FLAGGED_MISTAKE, m.id(), flagged(m)));
            }
        }
        gaps.sort(Comparator.comparing(Gap::kind));
        return gaps;
    }

    /** "…said nothing about what serving costs us or the margin left at half price", from the point's ideas. */
    private static String missing(Optional<TalkingPoint> point, TalkingPointFinding finding) {
        List<String> ideas = point.map(p -> p.concepts().stream().map(Concept::idea).toList()).orElse(List.of());
        if (ideas.isEmpty()) {
            return "Asked because your answer did not reach this point: " + sentence(finding.label());
        }
        return "Asked because your answer said nothing about " + either(ideas) + ".";
    }

    /** "…named “SLA” but did not develop it: named, but no figure of its own…", from the first words that named it and the gap. */
    private static String touched(TalkingPointFinding finding) {
        String named = finding.evidence().stream().findFirst().map(Evidence::text)
                .map(t -> "named \u201c" + t.replaceAll("\\s+", " ").trim() + "\u201d").orElse("touched this point");
        return "Asked because you " + named + " but did not develop it" + finding.gap().map(g -> ": " + g).orElse("") + ".";
    }

    private static String flagged(MistakeFinding m) {
        return "Asked because the checker flagged \u201c" + m.title() + "\u201d: " + sentence(m.why());
    }

    private static String either(List<String> ideas) {
        if (ideas.size() == 1) {
            return ideas.get(0);
        }
        return String.join(", ", ideas.subList(0, ideas.size() - 1)) + " or " + ideas.get(ideas.size() - 1);
    }

    private static String sentence(String text) {
        String t = text.trim();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }
}
