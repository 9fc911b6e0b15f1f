package app.debrief.ui.loop;

import app.debrief.ui.answer.AnswerView;
import app.debrief.ui.answer.AnswerViewModel;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.Screen;
import app.debrief.ui.common.TrackTag;
import app.debrief.ui.common.UiServices;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * A round of a loop, or its follow-up: the answer screen as a mock, under a strip that names the loop and the round.
 * Leaving keeps the round where its clock stopped, to resume from Home.
 */
final class RoundScreen implements Screen {

    private final RoundViewModel model;
    private final AnswerViewModel answer;
    private final AnswerView answerView;
    private final BorderPane root = new BorderPane();
    private final Timeline beat;

    RoundScreen(UiServices services, RoundViewModel model) {
        this.model = model;
        this.answer = new AnswerViewModel(services, model.answerNavigator(), model.attempt(), model.interviewing());
        this.answerView = new AnswerView(answer);
        root.setId(model.followUp() ? "loop-follow-up" : "loop-round");
        root.setTop(strip());
        root.setCenter(answerView.node());
        beat = new Timeline(new KeyFrame(Duration.millis(250), e -> model.tick()));
        beat.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                model.shown();
                beat.play();
            } else {
                beat.stop();
            }
        });
    }

    private Node strip() {
        Label where = Fit.wrapping(new Label(model.heading(), Icon.LOOP.node()));
        where.setId("loop-round-heading");
        where.getStyleClass().add(Styles.TEXT_BOLD);
        Label rule = Fit.whole(new Label("No feedback until the end"));
        rule.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = Fit.wrapping(new Label());
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.DANGER);
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        HBox strip = new HBox(12, Fit.whole(TrackTag.of(model.track())), where, message, rule);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(8, 24, 8, 24));
        strip.getStyleClass().add("loop-strip");
        return strip;
    }

    @Override
    public Node node() {
        return root;
    }

    /** Asked before the shell leaves: a round handed in goes; one being answered is kept, or the candidate stays. */
    @Override
    public void leave(Runnable proceed) {
        if (answer.submitted()) {
            proceed.run();
            return;
        }
        ButtonType keep = new ButtonType("Leave the loop", ButtonBar.ButtonData.YES);
        ButtonType stay = new ButtonType("Stay", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The round's clock stops where it is; resume the loop from Home, "
                + "at this round and this second.", keep, stay);
        ask.initOwner(root.getScene().getWindow());
        ask.setHeaderText("Leave the loop for now?");
        ask.getDialogPane().setId("leave-loop-dialog");
        if (ask.showAndWait().orElse(stay) == keep) {
            model.leaving();
            answer.keepDraft(proceed);
        }
    }

    @Override
    public void closing() {
        beat.stop();
        model.closing();
        answerView.closing();
    }
}
