package app.debrief.ui.home;

import app.debrief.bank.Track;
import app.debrief.store.AttemptSummary;
import app.debrief.practice.Durations;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.FittedCell;
import app.debrief.ui.common.Format;
import app.debrief.text.Plural;
import app.debrief.ui.common.CentredPage;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.Screen;
import app.debrief.ui.common.TrackTag;
import app.debrief.ui.common.UndoBanner;
import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.util.Locale;

/** The start screen. */
public final class HomeView implements Screen {

    /** A row with a one-line title. */
    private static final double ROW_HEIGHT = 52;

    private final HomeViewModel model;
    private final ZoneId zone;
    private final ScrollPane root;

    /** {@code loopBanner}: a loop to resume, at the top; {@code loops}: the interview loops to start, under the tracks. */
    public HomeView(HomeViewModel model, ZoneId zone, Node loopBanner, Node loops) {
        this.model = model;
        this.zone = zone;
        VBox page = new VBox(28, banner(), loopBanner,
                UndoBanner.of("discarded-banner", "undo-discard", model.undoTextProperty(), model::undoDiscard, model::dismissUndo),
                notice(), recheck(), heading(), tracks(), loops, recent());
        root = CentredPage.of(page, 1100, "home");
        model.load();
    }

    @Override
    public Node node() {
        return root;
    }

    private Node banner() {
        Label text = new Label();
        text.textProperty().bind(model.resumeTextProperty());
        text.setWrapText(true);
        text.setId("resume-text");
        Button resume = new Button("Resume", Icon.RESUME.node());
        resume.setId("resume-button");
        resume.getStyleClass().add(Styles.ACCENT);
        resume.setOnAction(e -> model.resume());
        resume.setDefaultButton(true);
        Button discard = new Button("Discard");
        discard.setId("discard-button");
        discard.setTooltip(new Tooltip("Throw the draft away (you can undo it for a few seconds) and start fresh"));
        discard.setOnAction(e -> model.discardUnfinished());
        Fit.wrapping(text);
        Fit.whole(discard, resume);
        HBox box = new HBox(12, Icon.CLOCK.node(), text, discard, resume);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner", "banner-accent");
        box.setId("resume-banner");
        box.visibleProperty().bind(model.canResumeProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node notice() {
        Label text = new Label();
        text.textProperty().bind(model.noticeProperty());
        text.setWrapText(true);
        HBox box = new HBox(12, Icon.WARNING.node(), text);
        box.getStyleClass().addAll("banner", "banner-warning");
        box.setId("notice-banner");
        box.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node recheck() {
        Label text = new Label();
        text.setId("recheck-status");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.textProperty().bind(model.recheckProperty());
        text.visibleProperty().bind(model.recheckProperty().isNotEmpty());
        text.managedProperty().bind(text.visibleProperty());
        return text;
    }

    private Node heading() {
        Label title = new Label("Rehearse the loop. Read the debrief.");
        title.getStyleClass().add(Styles.TITLE_1);
        Label sub = new Label("Pick a track, answer against the clock, and see at once which documented mistakes your answer makes, "
                + "and the words that made them.");
        sub.setWrapText(true);
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(6, title, sub);
    }

    private Node tracks() {
        HBox row = new HBox(20);
        for (HomeViewModel.TrackCard card : model.tracks()) {
            row.getChildren().add(trackCard(card));
        }
        row.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        return row;
    }

    private Node trackCard(HomeViewModel.TrackCard card) {
        Card c = new Card() {
            // The description wraps, so the card's height depends on its width; without saying so
            // the row sizes it for unwrapped text and the footer's button spills out of the card.
            @Override
            public Orientation getContentBias() {
                return Orientation.HORIZONTAL;
            }
        };
        c.getStyleClass().add("track-card");
        Label title = Fit.wrapping(new Label(card.label(), (card.track() == Track.PM ? Icon.PM_TRACK : Icon.PMM_TRACK).node()));
        title.getStyleClass().add(Styles.TITLE_3);
        Label tag = Fit.whole(TrackTag.of(card.track()));
        HBox header = new HBox(10, title, tag);
        header.setAlignment(Pos.TOP_LEFT);
        c.setHeader(header);
        Label trains = new Label(card.trains());
        trains.setWrapText(true);
        trains.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label(Plural.of(card.prompts(), "prompt"));
        count.getStyleClass().add(Styles.TEXT_MUTED);
        c.setBody(new VBox(10, trains, count));
        Button choose = new Button("Choose a prompt", Icon.START.node());
        choose.setId("track-" + card.track().name().toLowerCase(Locale.ROOT));
        choose.getStyleClass().add(card.track() == Track.PM ? Styles.ACCENT : Styles.SUCCESS);
        choose.setOnAction(e -> model.pick(card.track()));
        c.setFooter(choose);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setMinHeight(Region.USE_PREF_SIZE);
        return c;
    }

    private Node recent() {
        Label title = new Label("Recent attempts", Icon.HISTORY.node());
        title.getStyleClass().add(Styles.TITLE_3);
        ListView<AttemptSummary> list = new ListView<>(model.recent());
        list.setId("recent-attempts");
        list.setPlaceholder(new Label("No attempts yet. Your answers, findings and grades will be listed here."));
        // As tall as its rows (a short box when empty), so the page does not end in blank space; a row
        // whose title wraps makes the list scroll.
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(HomeViewModel.RECENT, list.getItems().size())) * ROW_HEIGHT + (list.getItems().isEmpty() ? 40 : 4),
                list.getItems()));
        list.setCellFactory(v -> new RecentCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        return new VBox(10, title, list);
    }

    private final class RecentCell extends FittedCell<AttemptSummary> {
        @Override
        protected void updateItem(AttemptSummary a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                clear();
                return;
            }
            Label title = Fit.wrapping(new Label(a.title()));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label meta = Fit.wrapping(new Label(Format.dateTime(a.submittedAt().orElse(a.startedAt()), zone) + " \u00b7 "
                    + Durations.clock(a.elapsedMillis()) + " of " + Durations.clock(a.budgetSeconds() * 1000L)
                    + " \u00b7 " + Plural.of(a.words(), "word") + (a.mode() == app.debrief.store.Mode.MOCK ? " \u00b7 mock" : "")));
            meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label tag = Fit.whole(TrackTag.of(a.track()));
            Label result = Fit.whole(new Label(a.flaggedMistakes().isEmpty() ? "no mistakes flagged" : a.flaggedMistakes().size() + " flagged",
                    (a.flaggedMistakes().isEmpty() ? Icon.CLEAR : Icon.FLAGGED).node()));
            result.getStyleClass().add(a.flaggedMistakes().isEmpty() ? Styles.SUCCESS : Styles.DANGER);
            VBox text = new VBox(2, title, meta);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(12, tag, text, result);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(4, 8, 4, 8));
            row.setMinHeight(ROW_HEIGHT - 8);
            show(row);
            setAccessibleText(a.title() + ", " + result.getText());
        }
    }
}
