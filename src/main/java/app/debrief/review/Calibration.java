package app.debrief.review;

import java.util.Optional;

/**
 * The candidate's self-grade against the checker on one mistake, over the attempts it applied to
 * and that the candidate graded: how many they marked avoided, how many the checker cleared, and
 * a sentence when the two disagree enough to matter.
 */
public record Calibration(String mistakeId, String title, int graded, int selfAvoided, int checkerClear, Optional<String> verdict) {
}
