package app.debrief.ui;

import app.debrief.wiring.Composition;
import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.env.DataDirectory;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Optional;

/** The desktop app. For now it shows the prompt bank of each track. */
public final class DebriefApp extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        String dir = getParameters().getNamed().get("data-dir");
        Composition composition = new Composition(DataDirectory.forThisProcess(Optional.ofNullable(dir).map(Path::of)));
        TabPane tracks = new TabPane();
        for (Track track : Track.values()) {
            ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                    composition.bank().bank().forTrack(track).stream().map(DebriefApp::line).toList()));
            list.setId("prompts-" + track.name().toLowerCase());
            Tab tab = new Tab(track.role(), list);
            tab.setClosable(false);
            tracks.getTabs().add(tab);
        }
        BorderPane root = new BorderPane(tracks);
        root.setTop(new Label("Debrief — prompt bank"));
        stage.setTitle("Debrief");
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    private static String line(Prompt p) {
        return p.title() + "  ·  " + p.kind() + "  ·  " + p.minutes() + " min";
    }
}
