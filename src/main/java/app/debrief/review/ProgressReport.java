package app.debrief.review;

import java.util.List;

/**
 * What the progress screen plots: per mistake the share flagged over time, time used over budget
 * per attempt and its median, and the self-grade against the checker per mistake.
 */
public record ProgressReport(int attempts, List<MistakeTrend> trends, List<TimePoint> time, double medianTimeShare,
                             List<Calibration> calibration) {
    public ProgressReport {
        trends = List.copyOf(trends);
        time = List.copyOf(time);
        calibration = List.copyOf(calibration);
    }
}
