package app.debrief.ui.loop;

import app.debrief.loop.Lean;
import app.debrief.ui.common.CentredPage;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.Screen;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Optional;

/** Grade each round on the committee's scale, then reveal the packet. */
final class GradingView implements Screen {

    private final ScrollPane root;

    GradingView(GradingViewModel model) {
        Label title = Fit.wrapping(new Label(model.title(), Icon.LOOP.node()));
        title.getStyleClass().add(Styles.TITLE_3);
        Label heading = Fit.wrapping(new Label("Every round is handed in. Before the debrief: how did each one go?", Icon.GRADE.node()));
        heading.setId("loop-grading-heading");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label how = Fit.wrapping(new Label("Grade each round as a hiring committee would, on its four-point scale. "
                + "The packet then shows the committee's view by the rubric's rules, and where you and the rules disagree."));
        how.getStyleClass().add(Styles.TEXT_MUTED);
        VBox rows = new VBox(14);
        for (GradingViewModel.Row row : model.rows()) {
            rows.getChildren().add(row(row));
        }
        Label message = Fit.wrapping(new Label());
        message.setId("loop-grading-status");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        Button reveal = Fit.whole(new Button("Reveal the debrief packet", Icon.COMMITTEE.node()));
        reveal.setId("loop-reveal");
        reveal.getStyleClass().add(Styles.ACCENT);
        reveal.disableProperty().bind(model.canRevealProperty().not());
        reveal.setOnAction(e -> model.reveal());
        HBox bottom = new HBox(16, reveal, message);
        bottom.setAlignment(Pos.CENTER_LEFT);
        root = CentredPage.of(new VBox(18, title, heading, how, rows, bottom), 1000, "loop-grading");
    }

    private static Node row(GradingViewModel.Row row) {
        Label name = Fit.wrapping(new Label(row.round().prompt().title()));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label summary = Fit.wrapping(new Label(row.summary()));
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ToggleGroup group = new ToggleGroup();
        FlowPane buttons = new FlowPane(6, 6);
        for (Lean lean : Lean.values()) {
            ToggleButton b = new ToggleButton(lean.label());
            b.setId("self-grade-" + row.round().number() + "-" + lean.id());
            b.setToggleGroup(group);
            b.getStyleClass().add("grade-" + lean.id());
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setSelected(row.gradeProperty().get().filter(l -> l == lean).isPresent());
            b.setOnAction(e -> row.gradeProperty().set(b.isSelected() ? Optional.of(lean) : Optional.empty()));
            buttons.getChildren().add(b);
        }
        VBox box = new VBox(6, name, summary, buttons);
        box.getStyleClass().add("loop-grade-row");
        return box;
    }

    @Override
    public Node node() {
        return root;
    }
}
