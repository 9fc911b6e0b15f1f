package app.debrief.ui;

import app.debrief.settings.Settings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * What the window shows in the moment before the shell is built: the header's name and a word on
 * what is happening. Styled inline, so the first frame waits for no stylesheet of ours and loads
 * none of the shell's classes.
 */
final class StartingScreen {

    private StartingScreen() {
    }

    static Parent of(Settings.Theme theme) {
        boolean dark = theme == Settings.Theme.DARK;
        Label name = new Label("Debrief");
        name.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold; -fx-text-fill: " + (dark ? "#58a6ff" : "#0969da") + ";");
        HBox bar = new HBox(name);
        bar.setPadding(new Insets(8, 20, 8, 20));
        bar.setStyle("-fx-background-color: " + (dark ? "#161b22" : "#f6f8fa") + "; -fx-border-color: "
                + (dark ? "#30363d" : "#d8dee4") + "; -fx-border-width: 0 0 1 0;");
        Label opening = new Label("Opening your prompts and history\u2026");
        opening.setId("starting");
        opening.setStyle("-fx-text-fill: " + (dark ? "#8b949e" : "#57606a") + ";");
        BorderPane starting = new BorderPane(opening);
        starting.setTop(bar);
        starting.setStyle("-fx-background-color: " + (dark ? "#0d1117" : "#ffffff") + ";");
        return starting;
    }
}
