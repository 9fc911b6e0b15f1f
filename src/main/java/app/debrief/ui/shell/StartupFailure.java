package app.debrief.ui.shell;

import app.debrief.env.DataDirectory;
import app.debrief.ui.common.Icon;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** When the data folder cannot be used, the window says why and how to start elsewhere, and nothing else. */
public final class StartupFailure {

    private StartupFailure() {
    }

    public static void show(Stage stage, String reason, DataDirectory data) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Label title = new Label("Debrief cannot use its data folder", Icon.WARNING.node());
        title.getStyleClass().add(Styles.TITLE_2);
        Label why = new Label(reason);
        why.setWrapText(true);
        why.setId("startup-error");
        Label how = new Label("Your data folder is " + data.path() + " (" + data.source() + "). Make it writable, or start Debrief "
                + "with another folder: --data-dir DIR, or the DEBRIEF_DATA_DIR environment variable.");
        how.setWrapText(true);
        Button quit = new Button("Quit");
        quit.setDefaultButton(true);
        quit.setOnAction(e -> Platform.exit());
        VBox box = new VBox(16, title, why, how, quit);
        box.setPadding(new Insets(32));
        if (stage.getScene() == null) {
            stage.setScene(new Scene(box, 720, 320));
        } else {
            stage.getScene().setRoot(box);
        }
        stage.show();
    }
}
