package app.debrief.ui.picker;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptKind;
import app.debrief.store.Mode;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.FittedCell;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.IconButton;
import app.debrief.ui.common.Screen;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.stream.Collectors;

/** The prompt picker of one track. */
public final class PickerView implements Screen {

    private final PickerViewModel model;
    private final BorderPane root = new BorderPane();

    public PickerView(PickerViewModel model) {
        this.model = model;
        root.setId("picker");
        root.getStyleClass().add("page");
        root.setTop(header());
        root.setLeft(kindFilter());
        root.setCenter(list());
        root.setRight(detail());
        model.load();
    }

    @Override
    public Node node() {
        return root;
    }

    private Node header() {
        Button back = IconButton.of(Icon.BACK, "picker-back", model.backText(), model::back);
        back.setCancelButton(true);
        Label title = Fit.wrapping(new Label(model.track().role() + ": choose a prompt"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label error = Fit.wrapping(new Label());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        HBox box = new HBox(12, back, title, error);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 0, 16, 0));
        return box;
    }

    private Node kindFilter() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(6);
        box.setId("kind-filter");
        Label title = new Label("Kind", Icon.FILTER.node());
        title.getStyleClass().add(Styles.TEXT_MUTED);
        box.getChildren().add(title);
        ToggleButton all = kindButton("All kinds", "kind-all", group, Optional.empty());
        all.setSelected(true);
        box.getChildren().add(all);
        for (PromptKind k : model.kinds()) {
            ToggleButton b = kindButton(k.label(), "kind-" + k.id(), group, Optional.of(k));
            b.setTooltip(new Tooltip(k.trains()));
            box.getChildren().add(b);
        }
        // A kind stays chosen: clicking it again does not leave the filter empty.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            }
        });
        box.setPrefWidth(200);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPadding(new Insets(0, 16, 0, 0));
        return box;
    }

    private ToggleButton kindButton(String text, String id, ToggleGroup group, Optional<PromptKind> kind) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        // A long kind ("Analyst and press briefing") wraps in the filter's column rather than being cut.
        b.setWrapText(true);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setMnemonicParsing(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().add(Styles.FLAT);
        b.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                model.kindProperty().set(kind);
            }
        });
        return b;
    }

    private Node list() {
        ListView<PickerViewModel.PromptRow> list = new ListView<>(model.visible());
        list.setId("prompt-list");
        list.setCellFactory(v -> new PromptCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        if (model.selectedProperty().get() != null) {
            list.getSelectionModel().select(model.selectedProperty().get());
            list.scrollTo(model.selectedProperty().get());
        }
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.start();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.start();
            }
        });
        return list;
    }

    private Node detail() {
        Label title = Fit.wrapping(new Label("Choose a prompt"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label meta = Fit.wrapping(new Label());
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        Label question = new Label("Pick one from the list, or let chance decide.");
        question.setWrapText(true);
        question.setId("prompt-question");
        Label phases = new Label();
        phases.setWrapText(true);
        phases.getStyleClass().add(Styles.TEXT_SMALL);
        java.util.function.Consumer<PickerViewModel.PromptRow> show = row -> {
            if (row == null) {
                title.setText("Choose a prompt");
                meta.setText("");
                question.setText("Pick one from the list, or let chance decide.");
                phases.setText("");
                return;
            }
            Prompt p = row.prompt();
            title.setText(p.title());
            meta.setText(row.kindLabel() + " \u00b7 " + p.minutes() + " minutes" + (row.attempts() > 0 ? " \u00b7 answered " + row.attempts() + "\u00d7" : ""));
            question.setText(p.question());
            phases.setText(p.phases().isEmpty() ? "" : "Phases: " + p.phases().stream()
                    .map(ph -> ph.name() + " " + ph.minutes() + " min").collect(Collectors.joining(", ")));
        };
        model.selectedProperty().addListener((o, was, row) -> show.accept(row));
        // Opened with a prompt chosen (from practise next): show it at once.
        show.accept(model.selectedProperty().get());

        ToggleGroup modes = new ToggleGroup();
        ToggleButton practice = new ToggleButton("Practice");
        practice.setId("mode-practice");
        practice.setTooltip(new Tooltip("The clock runs over if you need it; overtime is counted"));
        ToggleButton mock = new ToggleButton("Mock");
        mock.setId("mode-mock");
        mock.setTooltip(new Tooltip("No pause: at zero the editor locks and your answer is handed in"));
        practice.setToggleGroup(modes);
        mock.setToggleGroup(modes);
        practice.getStyleClass().add(Styles.LEFT_PILL);
        mock.getStyleClass().add(Styles.RIGHT_PILL);
        practice.setSelected(true);
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was);
            } else {
                model.modeProperty().set(now == mock ? Mode.MOCK : Mode.PRACTICE);
            }
        });
        Label modeHint = new Label();
        modeHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        modeHint.setWrapText(true);
        modeHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.modeProperty().get() == Mode.MOCK
                ? "Mock: like the real loop. No pause; at zero your answer is handed in as it stands."
                : "Practice: take the time you need; overtime is counted.", model.modeProperty()));

        Button random = new Button("Random", Icon.RANDOM.node());
        random.setId("random-button");
        random.setTooltip(new Tooltip("Pick a prompt you have not answered yet (Ctrl+R)"));
        random.setOnAction(e -> model.pickRandom());
        Button start = new Button("Start answering", Icon.START.node());
        start.setId("start-button");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setTooltip(new Tooltip("Start the clock (Enter)"));
        start.disableProperty().bind(model.selectedProperty().isNull().or(model.startingProperty()));
        start.setOnAction(e -> model.start());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.R,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), model::pickRandom);
            }
        });

        Fit.whole(practice, mock, random, start);
        VBox box = new VBox(14, title, meta, question, phases);
        box.setId("prompt-detail");
        box.setPadding(new Insets(0, 0, 0, 20));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The mode and Start stay in view below the question, which scrolls when it is long.
        VBox choose = new VBox(10, new Label("Mode"), new HBox(practice, mock), modeHint, new HBox(10, random, new Spacer(), start));
        choose.setPadding(new Insets(14, 0, 0, 20));
        VBox detail = new VBox(scroll, choose);
        // A third of the window for the prompt's question, the rest for the list: the list's titles need
        // the room more than the question, which wraps and scrolls.
        detail.prefWidthProperty().bind(root.widthProperty().multiply(0.36));
        detail.setMinWidth(340);
        detail.setMaxWidth(560);
        return detail;
    }

    private static final class PromptCell extends FittedCell<PickerViewModel.PromptRow> {
        @Override
        protected void updateItem(PickerViewModel.PromptRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                clear();
                return;
            }
            Label title = Fit.wrapping(new Label(row.prompt().title()));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label meta = Fit.wrapping(new Label(row.kindLabel() + " \u00b7 " + row.prompt().minutes() + " min"
                    + (row.attempts() > 0 ? " \u00b7 answered " + row.attempts() + "\u00d7" : " \u00b7 new")));
            meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label last = Fit.whole(new Label(row.lastResult()));
            last.getStyleClass().addAll(Styles.TEXT_SMALL, row.lastResult().contains("flagged") ? Styles.DANGER : Styles.SUCCESS);
            VBox text = new VBox(2, title, meta);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox box = new HBox(10, text, last);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new Insets(6, 8, 6, 8));
            show(box);
            setAccessibleText(row.prompt().title() + ", " + meta.getText());
        }
    }
}
