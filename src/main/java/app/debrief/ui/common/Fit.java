package app.debrief.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * How a screen gives way in a narrow window: buttons, tags and short statuses keep their whole
 * text, and the long texts beside them (titles, summaries) wrap into the room that is left.
 */
public final class Fit {

    private Fit() {
    }

    /** Never narrower than its content: a row squeezes its other parts first. */
    public static <T extends Region> T whole(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    /** Each of them whole. */
    public static void whole(Region... nodes) {
        for (Region n : nodes) {
            whole(n);
        }
    }

    /** Takes the room its row leaves and wraps to it, rather than cutting the text. */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(label, Priority.ALWAYS);
        return label;
    }
}
