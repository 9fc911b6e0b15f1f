package app.debrief.ui.shell;

import app.debrief.settings.Settings;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers the window's place and size as the user moves and resizes it, once it has been still
 * for a moment: the settings then hold it however the app ends (a close, a logout's SIGTERM, a
 * crash). A maximized window keeps the place it had before, to return to.
 */
public final class WindowMemory {

    /** How long the window must be still before its place is saved. */
    static final Duration QUIET = Duration.millis(500);

    private final Stage stage;
    private final RememberedSettings settings;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private Rectangle2D normal;

    private WindowMemory(Stage stage, RememberedSettings settings) {
        this.stage = stage;
        this.settings = settings;
        this.normal = bounds();
        quiet.setOnFinished(e -> saveNow());
        InvalidationListener changed = o -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal = bounds();
            }
            quiet.playFromStart();
        };
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
        stage.maximizedProperty().addListener(changed);
    }

    /** Starts remembering the window's place. */
    public static WindowMemory attach(Stage stage, RememberedSettings settings) {
        return new WindowMemory(stage, settings);
    }

    /** Saves the place now (the window is closing), without waiting for it to be still. */
    public void saveNow() {
        quiet.stop();
        Rectangle2D r = normal;
        boolean maximized = stage.isMaximized();
        settings.update(s -> s.withWindow(new Settings.WindowBounds(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), maximized)));
    }

    /** Puts the window where it was, on a screen it fits. */
    public static void place(Stage stage, Settings.WindowBounds saved) {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).forEach(s -> screens.add(s.getVisualBounds()));
        Rectangle2D r = WindowPlacement.fit(saved, screens, stage.getMinWidth(), stage.getMinHeight());
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
        stage.setMaximized(saved.maximized());
    }

    private Rectangle2D bounds() {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
}
