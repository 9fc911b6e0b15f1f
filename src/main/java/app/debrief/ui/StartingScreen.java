package app.debrief.ui;

import app.debrief.settings.Settings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * What the window shows in the moment before the shell is built: the header's name and a word on
 * what is happening, in the shell's colours. Styled through the API, not CSS, and made of text and
 * panes, not controls: the first frame then waits for no stylesheet at all (the first control would
 * load JavaFX's default theme, which the shell replaces with its own anyway), and loads none of the
 * shell's classes.
 */
final class StartingScreen {

    private StartingScreen() {
    }

    static Parent of(Settings.Theme theme) {
        boolean dark = theme == Settings.Theme.DARK;
        Font base = Font.getDefault();
        Text name = new Text("Debrief");
        name.setFont(Font.font(base.getFamily(), FontWeight.BOLD, base.getSize() * 1.5));
        name.setFill(Color.web(dark ? "#58a6ff" : "#0969da"));
        HBox bar = new HBox(name);
        bar.setPadding(new Insets(8, 20, 8, 20));
        bar.setBackground(Background.fill(Color.web(dark ? "#161b22" : "#f6f8fa")));
        bar.setBorder(new Border(new BorderStroke(null, null, Color.web(dark ? "#30363d" : "#d8dee4"), null,
                null, null, BorderStrokeStyle.SOLID, null, null, new BorderWidths(0, 0, 1, 0), null)));
        Text opening = new Text("Opening your prompts and history\u2026");
        opening.setId("starting");
        opening.setFont(base);
        opening.setFill(Color.web(dark ? "#8b949e" : "#57606a"));
        BorderPane starting = new BorderPane(opening);
        starting.setTop(bar);
        starting.setBackground(Background.fill(Color.web(dark ? "#0d1117" : "#ffffff")));
        return starting;
    }
}
