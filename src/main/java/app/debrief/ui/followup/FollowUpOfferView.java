package app.debrief.ui.followup;

import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The banner in which the interviewer offers a follow-up in practice: the question, why, and Answer it or Skip. */
public final class FollowUpOfferView {

    private FollowUpOfferView() {
    }

    public static Node of(FollowUpOffer offer) {
        Label title = Fit.wrapping(new Label("The interviewer follows up"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label question = Fit.wrapping(new Label());
        question.setId("follow-up-offer-question");
        question.getStyleClass().add("follow-up-question");
        Label reason = Fit.wrapping(new Label());
        reason.setId("follow-up-offer-reason");
        reason.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label error = Fit.wrapping(new Label());
        error.textProperty().bind(offer.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.visibleProperty().bind(offer.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox text = new VBox(4, title, question, reason, error);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button skip = Fit.whole(new Button("Skip", Icon.SKIP.node()));
        skip.setId("follow-up-skip");
        skip.setTooltip(new Tooltip("No follow-up this time; the debrief stays as it is"));
        skip.setOnAction(e -> offer.skip());
        Button take = Fit.whole(new Button());
        take.setId("follow-up-take");
        take.setGraphic(Icon.START.node());
        take.getStyleClass().add(Styles.ACCENT);
        take.setTooltip(new Tooltip("Answer it against its own clock, as in the interview"));
        take.setOnAction(e -> offer.take());
        HBox banner = new HBox(12, Icon.FOLLOW_UP.node(), text, skip, take);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("banner", "banner-accent");
        banner.setId("follow-up-offer");
        Runnable fill = () -> {
            question.setText(offer.question());
            reason.setText(offer.reason());
            take.setText(offer.takeText());
        };
        fill.run();
        offer.offerProperty().addListener((o, was, now) -> fill.run());
        banner.visibleProperty().bind(offer.offered());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
