package app.debrief.rubric;

import java.util.Optional;

/**
 * Words of the answer behind a finding, and what the answer does with them when it is not a plain
 * claim ({@code stance}: "pushed off", "criticised", "a competitor's"). Offsets count Unicode code
 * points from the start of the answer; {@code end} is exclusive.
 */
public record Evidence(int start, int end, String text, Optional<String> stance) {

    public Evidence(int start, int end, String text) {
        this(start, end, text, Optional.empty());
    }
}
