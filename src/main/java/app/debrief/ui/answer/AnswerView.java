package app.debrief.ui.answer;

import app.debrief.store.Mode;
import app.debrief.text.Plural;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.IconButton;
import app.debrief.ui.common.Screen;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;

import java.util.List;

/** The answer screen: the prompt, the clock, the editor. */
public final class AnswerView implements Screen {

    private static final List<String> TIME_STYLES = List.of("time-calm", "time-low", "time-critical", "time-over");
    private static final KeyCombination SUBMIT_KEY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT_PHASE_KEY = new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN);
    private static final javafx.css.PseudoClass OVER = javafx.css.PseudoClass.getPseudoClass("over");
    private static final javafx.css.PseudoClass BEHIND = javafx.css.PseudoClass.getPseudoClass("behind");
    private static final KeyCombination PAUSE_KEY = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final AnswerViewModel model;
    private final BorderPane root = new BorderPane();
    private final AnswerEditor editor;
    private final Timeline ticker;

    public AnswerView(AnswerViewModel model) {
        this.model = model;
        this.editor = new AnswerEditor(model::refusePaste);
        root.setId("answer");
        root.getStyleClass().add("page");
        root.setTop(header());
        root.setCenter(editor());
        root.setBottom(footer());
        ticker = new Timeline(new KeyFrame(Duration.millis(200), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(SUBMIT_KEY, this::submit);
                scene.getAccelerators().put(NEXT_PHASE_KEY, model::nextPhase);
                scene.getAccelerators().put(PAUSE_KEY, this::togglePause);
                model.start();
                ticker.play();
                editor.requestFocus();
                editor.moveTo(editor.getLength());
                editor.requestFollowCaret();
            } else {
                ticker.stop();
                if (was != null) {
                    was.getAccelerators().remove(SUBMIT_KEY);
                    was.getAccelerators().remove(NEXT_PHASE_KEY);
                    was.getAccelerators().remove(PAUSE_KEY);
                }
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    private Node header() {
        Button back = IconButton.of(Icon.BACK, "answer-back", "Leave this answer (your draft is kept unless you discard it)", model::home);
        Label title = Fit.wrapping(new Label(model.prompt().title()));
        title.getStyleClass().add(Styles.TITLE_3);
        Label mode = new Label(model.mode() == Mode.MOCK ? "Mock" : "Practice",
                (model.mode() == Mode.MOCK ? Icon.LOCKED : Icon.TIMER).node());
        mode.getStyleClass().addAll("tag", model.mode() == Mode.MOCK ? "tag-mock" : "tag-practice");
        mode.setTooltip(new Tooltip(model.mode() == Mode.MOCK
                ? "Mock: no pause; at zero the editor locks and the answer is handed in"
                : "Practice: the clock runs over if you need it; overtime is counted"));
        Fit.whole(mode);
        Label countdown = Fit.whole(new Label());
        countdown.setId("countdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(model.countdownProperty());
        countdown.setAccessibleHelp("Time left in the answer's budget");
        model.timeStateProperty().addListener((o, was, now) -> timeStyle(countdown, now));
        timeStyle(countdown, model.timeStateProperty().get());
        Button pause = new Button();
        pause.setId("pause");
        pause.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        pause.graphicProperty().bind(Bindings.createObjectBinding(
                () -> (model.pausedProperty().get() ? Icon.RESUME : Icon.PAUSE).node(), model.pausedProperty()));
        pause.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(model.pausedProperty().get()
                ? "Resume the clock and the editor (Ctrl+P)" : "Pause: the clock stops and the editor waits (Ctrl+P)"),
                model.pausedProperty()));
        pause.setOnAction(e -> togglePause());
        pause.setVisible(model.canPause());
        pause.setManaged(model.canPause());
        pause.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.accessProperty().get().writable(), model.accessProperty()));
        HBox top = new HBox(12, back, title, mode, Icon.TIMER.node(), countdown, pause);
        top.setAlignment(Pos.CENTER_LEFT);

        Label note = Fit.wrapping(new Label(null, Icon.FOLLOW_UP.node()));
        note.setId("follow-up-note");
        note.getStyleClass().add("follow-up-note");
        note.textProperty().bind(model.followUpNoteProperty());
        note.visibleProperty().bind(model.followUpNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        Label question = new Label(model.prompt().question());
        question.setWrapText(true);
        question.setId("question");
        question.getStyleClass().add("question");
        // The whole question stays in view: it is what the candidate answers.
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label phase = Fit.wrapping(new Label());
        phase.setId("phase");
        phase.textProperty().bind(model.phaseProperty());
        model.phaseStateProperty().addListener((o, was, now) -> phaseStyle(phase, now));
        phaseStyle(phase, model.phaseStateProperty().get());
        Button next = Fit.whole(new Button("Next phase", Icon.NEXT_PHASE.node()));
        next.setId("next-phase");
        next.getStyleClass().add(Styles.SMALL);
        next.setTooltip(new Tooltip("Move on to the next phase (Ctrl+])"));
        next.setOnAction(e -> model.nextPhase());
        next.visibleProperty().bind(model.canNextPhaseProperty());
        HBox phaseRow = new HBox(12, phase, next);
        phaseRow.setAlignment(Pos.CENTER_LEFT);
        phaseRow.visibleProperty().bind(model.phaseProperty().isNotEmpty());
        phaseRow.managedProperty().bind(phaseRow.visibleProperty());

        Label message = Fit.wrapping(new Label());
        message.setId("answer-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.WARNING);
        message.setWrapText(true);
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox box = new VBox(10, top, note, question, phaseRow, message, accessBanner());
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private static void phaseStyle(Label phase, AnswerViewModel.PhaseState state) {
        phase.pseudoClassStateChanged(OVER, state == AnswerViewModel.PhaseState.OVER_SHARE);
        phase.pseudoClassStateChanged(BEHIND, state == AnswerViewModel.PhaseState.BEHIND);
        phase.setGraphic(state == AnswerViewModel.PhaseState.ON_PLAN ? null
                : (state == AnswerViewModel.PhaseState.BEHIND ? Icon.WARNING : Icon.INFO).node());
    }

    /** Says why the answer is not written in this window (another one writes it), with the way to take it over. */
    private Node accessBanner() {
        Label text = new Label();
        text.setId("access-notice");
        text.setWrapText(true);
        text.textProperty().bind(model.accessNoticeProperty());
        Button takeOver = new Button();
        takeOver.setId("take-over");
        takeOver.getStyleClass().add(Styles.ACCENT);
        takeOver.textProperty().bind(Bindings.createStringBinding(
                () -> model.accessProperty().get() == Access.TAKEN_OVER ? "Take it back" : "Take over", model.accessProperty()));
        takeOver.setTooltip(new Tooltip("Write this answer here, from what the other window saved; that window stops saving it"));
        takeOver.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.accessProperty().get().canTakeOver(),
                model.accessProperty()));
        takeOver.managedProperty().bind(takeOver.visibleProperty());
        takeOver.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        takeOver.setOnAction(e -> model.takeOver());
        HBox box = new HBox(12, Icon.LOCKED.node(), text, new Spacer(), takeOver);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner", "banner-warning");
        box.setId("access-banner");
        box.visibleProperty().bind(model.accessNoticeProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static void timeStyle(Label countdown, AnswerViewModel.TimeState state) {
        countdown.getStyleClass().removeAll(TIME_STYLES);
        countdown.getStyleClass().add(TIME_STYLES.get(state.ordinal()));
    }

    private Node editor() {
        editor.setId("editor");
        editor.replaceText(model.answerProperty().get());
        editor.getUndoManager().forgetHistory();
        editor.textProperty().addListener((o, was, now) -> model.answerProperty().set(now));
        // Taken over from another window: the editor shows what that window saved.
        model.loadsProperty().addListener((o, was, now) -> {
            editor.replaceText(model.answerProperty().get());
            editor.getUndoManager().forgetHistory();
            editor.moveTo(editor.getLength());
            editor.requestFollowCaret();
        });
        editor.editableProperty().bind(model.lockedProperty().not());
        editor.getStyleClass().add("answer-editor");
        editor.setAccessibleText("Your answer");
        Label placeholder = new Label("Type your answer. It is saved as you type.");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        editor.setPlaceholder(placeholder);
        editor.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.focusLost();
            }
        });
        Label paused = new Label("Paused. The clock stands still; resume to go on (Ctrl+P).", Icon.PAUSE.node());
        paused.setId("paused-notice");
        paused.getStyleClass().add("paused-notice");
        paused.visibleProperty().bind(model.pausedProperty());
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(new VirtualizedScrollPane<>(editor), paused);
        frame.getStyleClass().add("answer-editor-frame");
        return frame;
    }

    private Node footer() {
        Label words = new Label();
        words.setId("word-count");
        words.textProperty().bind(Bindings.createStringBinding(
                () -> Plural.of(model.wordsProperty().get(), "word"), model.wordsProperty()));
        Label saved = new Label();
        saved.setId("save-status");
        saved.textProperty().bind(model.saveTextProperty());
        saved.graphicProperty().bind(Bindings.createObjectBinding(
                () -> (model.saveFailedProperty().get() ? Icon.SAVE_FAILED : Icon.SAVED).node(), model.saveFailedProperty()));
        saved.getStyleClass().add(Styles.TEXT_MUTED);
        model.saveFailedProperty().addListener((o, was, failed) -> {
            saved.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            saved.getStyleClass().add(failed ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        Button copy = new Button("Save a copy\u2026");
        copy.setId("save-copy");
        copy.setTooltip(new Tooltip("Write the answer to a text file of your choice"));
        // Whenever what is on screen is not being saved: a failing disk, or another window writing the answer.
        copy.visibleProperty().bind(model.saveFailedProperty());
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> saveCopy());
        Button submit = new Button("Submit", Icon.SUBMIT.node());
        submit.setId("submit-button");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setTooltip(new Tooltip("Hand in the answer and see the findings (Ctrl+Enter)"));
        submit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.submittingProperty().get() || !model.accessProperty().get().writable(),
                model.submittingProperty(), model.accessProperty()));
        submit.setOnAction(e -> submit());
        // A long "Not saved: ..." gives way (its whole text in the tooltip); the count and the buttons do not.
        for (javafx.scene.control.Control keep : List.of(words, copy, submit)) {
            keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        saved.setMinWidth(0);
        saved.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(saved.getText()), saved.textProperty()));
        HBox box = new HBox(16, words, saved, copy, new Spacer(), submit);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private void togglePause() {
        model.togglePause();
        if (!model.pausedProperty().get()) {
            editor.requestFocus();
        }
    }

    private void submit() {
        if (model.submittingProperty().get()) {
            return;
        }
        if (model.wordsProperty().get() == 0 && !model.lockedProperty().get()) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your answer is empty. Hand it in anyway?", ButtonType.OK, ButtonType.CANCEL);
            ask.initOwner(root.getScene().getWindow());
            ask.setHeaderText(null);
            if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return;
            }
        }
        model.submit();
    }

    /** Asked by the shell before it leaves: keep the draft, discard it, or stay. */
    @Override
    public void leave(Runnable proceed) {
        if (model.submitted()) {
            proceed.run();
            return;
        }
        if (!model.writable()) {
            // Another window writes it: there is nothing here to keep or discard.
            ticker.stop();
            model.keepDraft(proceed);
            return;
        }
        if (model.currentText().isBlank()) {
            // Nothing typed: nothing worth resuming, so no question.
            ticker.stop();
            model.discard(proceed);
            return;
        }
        ButtonType keep = new ButtonType("Keep draft", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType("Stay", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Keep this draft to resume later? The clock stops while you are away.",
                keep, discard, stay);
        ask.initOwner(root.getScene().getWindow());
        ask.setHeaderText("Leave this answer?");
        ask.getDialogPane().setId("leave-dialog");
        ButtonType choice = ask.showAndWait().orElse(stay);
        if (choice == keep) {
            ticker.stop();
            model.keepDraft(proceed);
        } else if (choice == discard) {
            ticker.stop();
            model.discard(proceed);
        }
    }

    @Override
    public void closing() {
        ticker.stop();
        model.closing();
    }

    private void saveCopy() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a copy of your answer");
        chooser.setInitialFileName("answer.txt");
        var file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.saveCopy(file.toPath());
        }
    }
}
