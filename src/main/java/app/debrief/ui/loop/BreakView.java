package app.debrief.ui.loop;

import app.debrief.ui.common.CentredPage;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.Screen;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The break before a round: what comes next and for how long, the plan, and a way to start now. */
final class BreakView implements Screen {

    private final BreakViewModel model;
    private final ScrollPane root;
    private final Timeline ticker;

    BreakView(BreakViewModel model) {
        this.model = model;
        Label title = Fit.wrapping(new Label(model.title(), Icon.LOOP.node()));
        title.getStyleClass().add(Styles.TITLE_3);
        Label heading = Fit.wrapping(new Label(model.heading(), (model.round() == 1 ? Icon.START : Icon.BREAK).node()));
        heading.setId("loop-break-heading");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label next = Fit.wrapping(new Label(model.next()));
        next.setId("loop-next");
        next.getStyleClass().add(Styles.TITLE_4);
        Label countdown = Fit.wrapping(new Label());
        countdown.setId("loop-break-countdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(model.countdownProperty());
        countdown.visibleProperty().bind(model.countdownProperty().isNotEmpty());
        countdown.managedProperty().bind(countdown.visibleProperty());
        Button start = Fit.whole(new Button(model.round() == 1 ? "Start round 1" : "Start round " + model.round() + " now", Icon.START.node()));
        start.setId("loop-start-round");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setTooltip(new Tooltip("The round's prompt shows and its clock starts"));
        start.disableProperty().bind(model.startingProperty());
        start.setOnAction(e -> model.startRound());
        Label rules = Fit.wrapping(new Label(model.rules()));
        rules.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = Fit.wrapping(new Label());
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.DANGER);
        VBox plan = new VBox(6);
        plan.setId("loop-plan");
        for (BreakViewModel.PlanRow r : model.plan()) {
            Label row = Fit.wrapping(new Label("Round " + r.number() + ": " + r.kind() + ", " + r.minutes() + " min"
                    + (r.done() ? " \u00b7 handed in" : r.next() ? " \u00b7 next" : ""), (r.done() ? Icon.CLEAR : r.next() ? Icon.START : Icon.CLOCK).node()));
            row.getStyleClass().add(r.next() ? Styles.TEXT_BOLD : r.done() ? Styles.TEXT_MUTED : Styles.TEXT);
            plan.getChildren().add(row);
        }
        HBox action = new HBox(16, start, countdown);
        action.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(18, title, heading, next, action, rules, plan, message);
        page.getStyleClass().add("loop-break");
        root = CentredPage.of(page, 900, "loop-break");
        ticker = new Timeline(new KeyFrame(Duration.millis(200), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                model.shown();
                ticker.play();
            } else {
                ticker.stop();
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void leave(Runnable proceed) {
        ticker.stop();
        model.leaving();
        proceed.run();
    }

    @Override
    public void closing() {
        ticker.stop();
        model.closing();
    }
}
