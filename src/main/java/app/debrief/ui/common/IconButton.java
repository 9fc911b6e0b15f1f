package app.debrief.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** A flat button that shows only an icon, as in a screen's header; its tooltip says what it does. */
public final class IconButton {

    private IconButton() {
    }

    public static Button of(Icon icon, String id, String tooltip, Runnable action) {
        Button button = new Button(null, icon.node());
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
