package app.debrief.ui.common;

import app.debrief.rubric.points.Level;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;

/** How a talking point's level looks wherever it is shown: its icon, its tone, and a small tag naming it. */
public final class LevelTag {

    private LevelTag() {
    }

    public static Icon icon(Level level) {
        return switch (level) {
            case DEVELOPED -> Icon.COVERED;
            case TOUCHED -> Icon.TOUCHED;
            case MISSING -> Icon.MISSED;
        };
    }

    /** The theme's text style for the level: success, warning, or muted for a missing point. */
    public static String tone(Level level) {
        return switch (level) {
            case DEVELOPED -> Styles.SUCCESS;
            case TOUCHED -> Styles.WARNING;
            case MISSING -> Styles.TEXT_MUTED;
        };
    }

    /** A tag with the level's name ("missing", "touched", "developed"), never cut short. */
    public static Label of(Level level) {
        Label tag = Fit.whole(new Label(level.id(), icon(level).node()));
        tag.getStyleClass().addAll("tag", "level-" + level.id());
        return tag;
    }
}
