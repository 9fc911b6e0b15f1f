package app.debrief.rubric.points;

import app.debrief.rubric.analysis.SubstanceWords;

import java.util.List;
import java.util.Map;

/**
 * What the talking-point pass reads from the rubric: what counts as substance; how many sentences
 * a point must span for a reason alone to develop it ({@code reasonSpan}: one "so" in a list line
 * is a name-check) and for its discussion alone to develop it ({@code elaborationSpan}: a point
 * argued over three sentences, or owning a section under a heading, with at least
 * {@code elaborationTerms} of its terms: one word said again is not a discussion); the lexicons
 * of campaign work whose sentences argue no point of a PM prompt ({@code pmCampaignWork}: "a
 * 30-second demo video" is the campaign's number); the lexicons whose terms, after a reason or an
 * effect in its clause, make it hollow ({@code hollowAfter}: "which gives total peace of mind"); and
 * the messages that say what a touched point lacks.
 */
public record PointWords(SubstanceWords substance, int reasonSpan, int elaborationSpan, int elaborationTerms, List<String> pmCampaignWork,
                         List<String> hollowAfter, Map<String, String> gaps) {
    public PointWords {
        pmCampaignWork = List.copyOf(pmCampaignWork);
        hollowAfter = List.copyOf(hollowAfter);
        gaps = Map.copyOf(gaps);
    }

    public String gap(String which) {
        return gaps.getOrDefault(which, which);
    }
}
