package app.debrief.rubric;

/**
 * Words of the answer behind a finding. Offsets count Unicode code points from the start of the
 * answer; {@code end} is exclusive.
 */
public record Evidence(int start, int end, String text) {
}
