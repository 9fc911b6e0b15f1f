package app.debrief.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The banner that says what was just removed and offers to bring it back; shown while it has something to say. */
public final class UndoBanner {

    private UndoBanner() {
    }

    /** {@code id} names the banner, {@code undoId} its Undo button. */
    public static Node of(String id, String undoId, ObservableStringValue text, Runnable undo, Runnable dismiss) {
        Label said = Fit.wrapping(new Label());
        said.textProperty().bind(text);
        Button back = Fit.whole(new Button("Undo", Icon.UNDO.node()));
        back.setId(undoId);
        back.getStyleClass().add(Styles.ACCENT);
        back.setOnAction(e -> undo.run());
        Button close = Fit.whole(new Button("Dismiss"));
        close.getStyleClass().add(Styles.FLAT);
        close.setOnAction(e -> dismiss.run());
        HBox box = new HBox(12, Icon.DELETE.node(), said, close, back);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner", "banner-accent");
        box.setId(id);
        box.visibleProperty().bind(said.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
