package app.debrief.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.util.function.Consumer;

/**
 * The JavaFX application, launched by {@link DesktopApp}, to which it hands its window. It exists
 * for its name: JavaFX names the window's class (WM_CLASS on Linux) after the launched application
 * class, and the menu entry names the same class (StartupWMClass), so docks and window switchers show
 * the window as Debrief, with its icon, instead of as "java".
 */
public final class Debrief extends Application {

    private static volatile Consumer<Stage> start;

    /** Starts the toolkit and calls {@code onStart} with the window on the FX thread; returns when the app ends. */
    static void launch(Consumer<Stage> onStart) {
        start = onStart;
        Application.launch(Debrief.class);
    }

    @Override
    public void start(Stage window) {
        start.accept(window);
    }
}
