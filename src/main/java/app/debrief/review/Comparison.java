package app.debrief.review;

import app.debrief.store.Attempt;

import java.util.List;

/**
 * Two attempts at one prompt, older first: the words that changed, each mistake of the rubric
 * (in rubric order), and the differences in time ({@code newer - older}, in milliseconds), in
 * length (words) and in talking points covered.
 */
public record Comparison(Attempt older, Attempt newer, WordDiff diff, List<MistakeComparison> mistakes,
                         long elapsedDeltaMillis, int wordsDelta, int pointsCoveredBefore, int pointsCoveredAfter, int pointsTotal) {
    public Comparison {
        mistakes = List.copyOf(mistakes);
    }
}
