package app.debrief.ui.loop;

import app.debrief.loop.Loop;
import app.debrief.text.Plural;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.TrackTag;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The home screen's loops: a banner for an unfinished sitting, and each loop with its rounds and a Start button. */
public final class LoopsPanel {

    /** The banner goes at the top of the page, with the other unfinished work; the list under the tracks. */
    public record Parts(Node banner, Node list) {
    }

    private LoopsPanel() {
    }

    public static Parts of(LoopsPanelModel model) {
        Label title = new Label("Interview loops", Icon.LOOP.node());
        title.getStyleClass().add(Styles.TITLE_3);
        Label sub = Fit.wrapping(new Label("Several rounds back to back, each a mock; no feedback until the end, then the hiring "
                + "committee's view of the whole loop."));
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        VBox rows = new VBox(8);
        rows.setId("loop-list");
        for (Loop loop : model.loops()) {
            rows.getChildren().add(row(model, loop));
        }
        Label message = Fit.wrapping(new Label());
        message.setId("loops-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(10, title, sub, message, rows);
        box.setId("home-loops");
        model.load();
        return new Parts(banner(model), box);
    }

    private static Node banner(LoopsPanelModel model) {
        Label text = Fit.wrapping(new Label());
        text.setId("loop-resume-text");
        text.textProperty().bind(model.resumeTextProperty());
        Button abandon = Fit.whole(new Button("Abandon"));
        abandon.setId("loop-abandon");
        abandon.setTooltip(new Tooltip("Give the loop up: it is kept as abandoned, with the rounds handed in"));
        abandon.setOnAction(e -> model.abandon());
        Button resume = Fit.whole(new Button("Resume loop", Icon.RESUME.node()));
        resume.setId("loop-resume");
        resume.getStyleClass().add(Styles.ACCENT);
        resume.setOnAction(e -> model.resume());
        HBox box = new HBox(12, Icon.LOOP.node(), text, abandon, resume);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner", "banner-accent");
        box.setId("loop-resume-banner");
        box.visibleProperty().bind(model.canResumeProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node row(LoopsPanelModel model, Loop loop) {
        Label name = Fit.wrapping(new Label(loop.title()));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label rounds = Fit.wrapping(new Label(Plural.of(loop.rounds().size(), "round") + ": " + model.rounds(loop)
                + (loop.breakMinutes() > 0 ? ", " + loop.breakMinutes() + " min breaks" : "")));
        rounds.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox text = new VBox(2, name, rounds);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button start = Fit.whole(new Button("Start", Icon.START.node()));
        start.setId("loop-start-" + loop.id());
        start.getStyleClass().add(Styles.SMALL);
        start.setTooltip(new Tooltip("Start this loop (finish or abandon a loop in progress first)"));
        start.disableProperty().bind(model.canResumeProperty().or(model.busyProperty()));
        start.setOnAction(e -> model.start(loop));
        HBox row = new HBox(12, Fit.whole(TrackTag.of(loop.track())), text, start);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(8, 10, 8, 10));
        row.getStyleClass().add("suggestion");
        return row;
    }
}
