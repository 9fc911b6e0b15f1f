package app.debrief.review;

import java.util.List;

/**
 * How often one mistake was flagged over time: a point after each attempt it applied to, and the
 * totals over all the attempts analysed ({@code flagged} of {@code applicable}).
 */
public record MistakeTrend(String mistakeId, String title, List<TrendPoint> points, int flagged, int applicable) {
    public MistakeTrend {
        points = List.copyOf(points);
    }
}
