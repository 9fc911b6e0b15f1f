package app.debrief.ui.followup;

import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.LevelTag;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The follow-ups of an attempt as cards: the question, why it was asked, the time, the answer, and
 * the levels of the points and the verdicts on the mistakes it probed. Node ids start with
 * {@code prefix} and the follow-up's number ("follow-up-1-level-unit-economics").
 */
public final class FollowUpCards {

    private FollowUpCards() {
    }

    public static VBox of(List<FollowUpItem> items, String prefix, String none) {
        VBox box = new VBox(14);
        for (FollowUpItem item : items) {
            box.getChildren().add(card(item, prefix + "-" + item.number()));
        }
        if (items.isEmpty()) {
            Label empty = Fit.wrapping(new Label(none));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(empty);
        }
        return box;
    }

    private static Node card(FollowUpItem item, String id) {
        Label heading = Fit.wrapping(new Label(item.heading(), Icon.FOLLOW_UP.node()));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label state = Fit.whole(new Label(item.answered() ? "Answered" : "Being written"));
        state.getStyleClass().addAll("tag", item.answered() ? "tag-practice" : "tag-mock");
        HBox head = new HBox(8, heading, state);
        head.setAlignment(Pos.CENTER_LEFT);
        Label question = Fit.wrapping(new Label(item.question()));
        question.getStyleClass().add("follow-up-question");
        question.setId(id + "-question");
        Label reason = Fit.wrapping(new Label(item.reason()));
        reason.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
        reason.setId(id + "-reason");
        Label time = Fit.wrapping(new Label(item.time(), Icon.TIMER.node()));
        time.getStyleClass().add(Styles.TEXT_SMALL);
        Label answer = Fit.wrapping(new Label(item.answer().isBlank() ? "No answer written." : item.answer()));
        answer.getStyleClass().add("follow-up-answer");
        answer.setId(id + "-answer");
        VBox card = new VBox(8, head, question, reason, time, answer);
        for (FollowUpItem.PointLine p : item.points()) {
            Label label = Fit.wrapping(new Label(p.label()));
            Label level = LevelTag.of(p.level());
            level.setId(id + "-level-" + p.id());
            HBox row = new HBox(8, level, label);
            row.setAlignment(Pos.TOP_LEFT);
            card.getChildren().add(row);
            p.gap().ifPresent(g -> {
                Label gap = Fit.wrapping(new Label("Missing: " + g));
                gap.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
                card.getChildren().add(gap);
            });
        }
        for (FollowUpItem.MistakeLine m : item.mistakes()) {
            Label verdict = Fit.whole(new Label(m.flagged() ? "Flagged" : "Clear"));
            verdict.getStyleClass().addAll("tag", m.flagged() ? "tag-flagged" : "tag-clear");
            verdict.setId(id + "-mistake-" + m.id());
            Label why = Fit.wrapping(new Label(m.title() + ": " + m.why()));
            HBox row = new HBox(8, verdict, why);
            row.setAlignment(Pos.TOP_LEFT);
            card.getChildren().add(row);
        }
        card.getStyleClass().add("follow-up-card");
        card.setId(id);
        return card;
    }
}
