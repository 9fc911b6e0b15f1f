package app.debrief.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A page of limited width, centred in a window of any width, that scrolls when it is taller. */
public final class CentredPage {

    private CentredPage() {
    }

    public static ScrollPane of(Region page, double maxWidth, String id) {
        page.getStyleClass().add("page");
        page.setMaxWidth(maxWidth);
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setId(id);
        return scroll;
    }
}
