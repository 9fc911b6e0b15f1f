package app.debrief.ui;

import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** WCAG 2 contrast between the colours a screen really paints (read from its nodes after CSS). */
final class Contrast {

    private Contrast() {
    }

    /** The contrast ratio, 1 to 21; WCAG AA asks 4.5 for text, 3 for parts of the interface. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A translucent colour as it shows over an opaque one. */
    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** What a region's backgrounds paint at their middle, the last over the first, over {@code under}. */
    static Color background(Region region, Color under) {
        Color c = under;
        Background b = region.getBackground();
        if (b != null) {
            for (BackgroundFill f : b.getFills()) {
                c = over(color(f.getFill()), c);
            }
        }
        return c;
    }

    static Color color(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        throw new AssertionError("not a plain colour: " + paint);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
