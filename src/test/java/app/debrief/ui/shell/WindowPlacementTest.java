package app.debrief.ui.shell;

import app.debrief.settings.Settings;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 2560, 1400);

    static Rectangle2D fit(double x, double y, double w, double h, Rectangle2D... screens) {
        return WindowPlacement.fit(new Settings.WindowBounds(x, y, w, h, false), List.of(screens), 900, 600);
    }

    @Test
    void aWindowThatFitsAScreenGoesBackExactlyWhereItWas() {
        assertThat(fit(1500, 100, 1600, 1000, LAPTOP, MONITOR)).isEqualTo(new Rectangle2D(1500, 100, 1600, 1000));
    }

    @Test
    void aWindowFromAMonitorThatIsGoneComesBackOnTheScreenThereIsNoLargerThanIt() {
        assertThat(fit(1500, 100, 1600, 1000, LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1366, 740));
    }

    @Test
    void aWindowHangingOverAScreensEdgeIsMovedInsideTheScreenItMostlyCovers() {
        assertThat(fit(3400, 900, 1200, 800, LAPTOP, MONITOR)).isEqualTo(new Rectangle2D(3926 - 1200, 1400 - 800, 1200, 800));
    }

    @Test
    void aWindowSavedSmallerThanTheMinimumOpensAtTheMinimum() {
        assertThat(fit(10, 10, 300, 200, LAPTOP)).isEqualTo(new Rectangle2D(10, 10, 900, 600));
    }
}
