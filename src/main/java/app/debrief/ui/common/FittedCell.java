package app.debrief.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/**
 * A list row as wide as its list, never wider: the list does not scroll sideways, and the row's
 * texts wrap within it (the row grows taller) instead of being cut.
 */
public abstract class FittedCell<T> extends ListCell<T> {

    private final DoubleBinding inner = Bindings.createDoubleBinding(
            () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(), insetsProperty());

    protected FittedCell() {
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Shows {@code row} as this cell's content, at the cell's width. */
    protected final void show(Region row) {
        row.prefWidthProperty().bind(inner);
        row.maxWidthProperty().bind(inner);
        setText(null);
        setGraphic(row);
    }

    /** Shows nothing (an empty row). */
    protected final void clear() {
        setText(null);
        setGraphic(null);
    }
}
