package app.debrief.ui.common;

import javafx.scene.Node;

/** A screen the shell can show: its node, and a chance to object or tidy up before it is left. */
public interface Screen {

    Node node();

    /** Called before the shell leaves this screen; call {@code proceed} to let it go (or never, to stay). */
    default void leave(Runnable proceed) {
        proceed.run();
    }

    /** The window is closing: save what must be saved, quickly, without asking. */
    default void closing() {
    }
}
