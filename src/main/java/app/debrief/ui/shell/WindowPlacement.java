package app.debrief.ui.shell;

import app.debrief.settings.Settings;
import javafx.geometry.Rectangle2D;

import java.util.Comparator;
import java.util.List;

/**
 * Where a remembered window goes back to, given the screens there are now: where it was if it fits
 * a screen whole; else onto the screen it overlapped most (or the first, when a monitor it was on
 * is gone), as large as it was but no larger than that screen, and moved inside it.
 */
final class WindowPlacement {

    private WindowPlacement() {
    }

    /** {@code screens}: the screens' usable areas (without task bars), the primary one first. */
    static Rectangle2D fit(Settings.WindowBounds saved, List<Rectangle2D> screens, double minWidth, double minHeight) {
        Rectangle2D wanted = new Rectangle2D(saved.x(), saved.y(), Math.max(minWidth, saved.width()), Math.max(minHeight, saved.height()));
        for (Rectangle2D screen : screens) {
            if (contains(screen, wanted)) {
                return wanted;
            }
        }
        Rectangle2D screen = screens.stream().max(Comparator.comparingDouble(s -> overlap(s, wanted))).filter(s -> overlap(s, wanted) > 0)
                .orElse(screens.get(0));
        double width = Math.min(wanted.getWidth(), screen.getWidth());
        double height = Math.min(wanted.getHeight(), screen.getHeight());
        double x = clamp(wanted.getMinX(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(wanted.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static boolean contains(Rectangle2D screen, Rectangle2D r) {
        return r.getMinX() >= screen.getMinX() && r.getMinY() >= screen.getMinY()
                && r.getMaxX() <= screen.getMaxX() && r.getMaxY() <= screen.getMaxY();
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(v, high));
    }
}
