package app.debrief.ui.feedback;

import app.debrief.rubric.Rubric;
import atlantafx.base.theme.Styles;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The grades of one scale as a column of choices, each with its score, its name and what it means,
 * so every anchor can be read before one is chosen, in a window of any width (the text wraps).
 * Choosing the chosen one again takes the grade back ({@code none}).
 */
final class GradeChoice {

    private GradeChoice() {
    }

    /** {@code idPrefix} + score names each choice; {@code grade} holds the chosen score, or {@code none}. */
    static VBox of(Rubric.GradeScale scale, String idPrefix, IntegerProperty grade, int none) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(4);
        choices.getStyleClass().add("grade-choices");
        for (Rubric.Anchor a : scale.anchors()) {
            ToggleButton b = new ToggleButton(a.score() + " \u00b7 " + a.label() + "\n" + a.text());
            b.setId(idPrefix + a.score());
            b.setToggleGroup(group);
            b.setUserData(a.score());
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setMnemonicParsing(false);
            b.setAccessibleText("Grade " + a.score() + ", " + a.label() + ": " + a.text());
            b.getStyleClass().addAll(Styles.SMALL, "grade-anchor");
            b.setSelected(a.score() == grade.get());
            choices.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> grade.set(now == null ? none : (Integer) now.getUserData()));
        return choices;
    }
}
