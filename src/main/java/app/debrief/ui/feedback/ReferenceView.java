package app.debrief.ui.feedback;

import app.debrief.review.ReferenceOutline;
import app.debrief.rubric.points.Level;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.LevelTag;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The reference answer beside the candidate's: what a strong answer says on each talking point,
 * each part marked with the level this answer reached, so what it had and this answer lacked
 * stands out. A prompt whose pack gives no reference says so.
 */
final class ReferenceView {

    private ReferenceView() {
    }

    static VBox of(ReferenceOutline outline) {
        VBox box = new VBox(12);
        box.setId("reference");
        if (outline.parts().isEmpty() || outline.isEmpty()) {
            Label none = Fit.wrapping(new Label("This prompt's pack gives no reference answer, so there is none to set beside yours."));
            none.setId("reference-none");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
            return box;
        }
        Label intro = Fit.wrapping(new Label("What a strong answer says on each point, marked with the level yours reached."
                + " Read it beside your answer."));
        intro.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        box.getChildren().add(intro);
        for (ReferenceOutline.Part part : outline.parts()) {
            box.getChildren().add(part(part));
        }
        return box;
    }

    private static VBox part(ReferenceOutline.Part part) {
        Label level = LevelTag.of(part.level());
        level.setId("reference-level-" + part.pointId());
        Label label = Fit.wrapping(new Label(part.label()));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox head = new HBox(8, level, label);
        head.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(6, head);
        part.later().ifPresent(later -> {
            Label then = Fit.wrapping(new Label(later.level().id().substring(0, 1).toUpperCase() + later.level().id().substring(1)
                    + " in follow-up " + later.followUp()));
            then.setId("reference-later-" + part.pointId());
            then.getStyleClass().addAll(Styles.TEXT_SMALL, LevelTag.tone(later.level()));
            box.getChildren().add(then);
        });
        Label text = Fit.wrapping(new Label(part.text().orElse("The pack gives no reference for this point.")));
        text.setId("reference-text-" + part.pointId());
        text.getStyleClass().add("reference-text");
        box.getChildren().add(text);
        box.getStyleClass().addAll("reference-part", "reference-" + part.level().id());
        if (part.level() != Level.DEVELOPED) {
            text.setAccessibleHelp("Your answer " + (part.level() == Level.MISSING ? "did not reach this point" : "only named this point"));
        }
        return box;
    }
}
