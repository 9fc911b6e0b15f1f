package app.debrief.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The smallest JavaFX window, for scale in the start-up benchmark (src/bench/startup.sh): it
 * prints the time from JVM start to its first frame and quits.
 */
public final class BareWindow extends Application {

    /** The entry point lives outside the Application class, as in the app, so JavaFX loads from the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1200, 800));
        stage.setOnShown(e -> Platform.runLater(() -> {
            System.out.println("first-frame-ms=" + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
            Platform.exit();
        }));
        stage.show();
    }
}
