package app.debrief.ui.history;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;
import app.debrief.practice.Durations;
import app.debrief.review.Exporter;
import app.debrief.store.AttemptSummary;
import app.debrief.store.HistorySort;
import app.debrief.store.Mode;
import app.debrief.store.SearchHit;
import app.debrief.text.Plural;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.FittedCell;
import app.debrief.ui.common.Format;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.Screen;
import app.debrief.ui.common.Shown;
import app.debrief.ui.common.TrackChoice;
import app.debrief.ui.common.UndoBanner;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The history: filters, a search box, the table of attempts, and what can be done with them. */
public final class HistoryView implements Screen {

    private final HistoryViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<AttemptSummary> table = new TableView<>();
    private final Label message = new Label();

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        root.setId("history");
        root.getStyleClass().add("page");
        root.setTop(new VBox(12, header(), filters(), HistoryLoopFilter.of(model),
                UndoBanner.of("undo-banner", "undo-button", model.undoTextProperty(), model::undo, model::dismissUndo)));
        ListView<HistoryViewModel.Found> results = searchResults();
        StackPane center = new StackPane(table, results);
        table.visibleProperty().bind(model.searchingProperty().not());
        results.visibleProperty().bind(model.searchingProperty());
        root.setCenter(center);
        root.setBottom(actions());
        buildTable();
        model.reload();
    }

    @Override
    public Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label("History", Icon.HISTORY.node());
        title.getStyleClass().add(Styles.TITLE_2);
        CustomTextField search = new CustomTextField();
        search.setId("history-search");
        search.setPromptText("Search your answers and notes");
        search.setLeft(Icon.SEARCH.node());
        search.setPrefWidth(360);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setTooltip(new Tooltip("Words in any order; endings are ignored (\u201cquantize\u201d finds \u201cquantization\u201d). Ctrl+F"));
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.F,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), search::requestFocus);
            }
        });
        Label error = Fit.wrapping(new Label());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        Fit.whole(title);
        HBox box = new HBox(16, title, error, search);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node filters() {
        ComboBox<Optional<Track>> track = TrackChoice.of("filter-track", Track::name, model.trackProperty());

        ComboBox<Optional<PromptKind>> kind = new ComboBox<>();
        kind.setId("filter-kind");
        kind.setConverter(Shown.as(k -> k.map(PromptKind::label).orElse("Every kind")));
        Runnable kinds = () -> {
            List<Optional<PromptKind>> items = new java.util.ArrayList<>();
            items.add(Optional.empty());
            model.kinds().forEach(k -> items.add(Optional.of(k)));
            kind.getItems().setAll(items);
            kind.setValue(model.kindProperty().get());
        };
        kinds.run();
        kind.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(model.kindProperty().get())) {
                model.kindProperty().set(now);
            }
        });

        ComboBox<Optional<Prompt>> prompt = new ComboBox<>();
        prompt.setId("filter-prompt");
        prompt.setPrefWidth(320);
        prompt.setConverter(Shown.as(p -> p.map(Prompt::title).orElse("Every prompt")));
        Runnable prompts = () -> {
            List<Optional<Prompt>> items = new java.util.ArrayList<>();
            items.add(Optional.empty());
            model.prompts().forEach(p -> items.add(Optional.of(p)));
            prompt.getItems().setAll(items);
            prompt.setValue(model.promptProperty().get());
        };
        prompts.run();
        prompt.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(model.promptProperty().get())) {
                model.promptProperty().set(now);
            }
        });
        model.trackProperty().addListener((o, was, now) -> {
            kinds.run();
            prompts.run();
        });
        model.kindProperty().addListener((o, was, now) -> prompts.run());

        DatePicker from = new DatePicker();
        from.setId("filter-from");
        from.setPromptText("From");
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("filter-to");
        to.setPromptText("To");
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(model.toProperty());

        // The prompt's choice gives way in a narrow window; the others show their value whole.
        Fit.whole(track, kind, from, to);
        prompt.setMinWidth(160);
        HBox box = new HBox(10, Icon.FILTER.node(), track, kind, prompt, from, to);
        box.setAlignment(Pos.CENTER_LEFT);
        // A loop chosen shows its rounds whatever the other filters say, so they rest meanwhile.
        box.disableProperty().bind(model.searchingProperty().or(model.loopChosenProperty()));
        return box;
    }

    private void buildTable() {
        table.setId("history-table");
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No attempts match these filters."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        GradeColumns grades = new GradeColumns(model.services().rubric());
        TableColumn<AttemptSummary, String> date = column("Date", 150,
                a -> Format.dateTime(a.submittedAt().orElse(a.startedAt()), model.services().zone()));
        TableColumn<AttemptSummary, String> track = column("Track", 66, a -> a.track().name());
        TableColumn<AttemptSummary, String> prompt = column("Prompt", 200, AttemptSummary::title);
        TableColumn<AttemptSummary, String> mode = column("Mode", 116, a -> a.mode() == Mode.MOCK ? "Mock" : "Practice");
        withFollowUps(mode);
        explain(mode, "history-mode-header", "Practice or mock; beside it, how many follow-ups were answered after the attempt");
        TableColumn<AttemptSummary, String> time = column("Time", 110,
                a -> Durations.clock(a.elapsedMillis()) + " / " + Durations.clock(a.budgetSeconds() * 1000L));
        TableColumn<AttemptSummary, String> words = column("Words", 72, a -> String.valueOf(a.words()));
        TableColumn<AttemptSummary, String> flagged = column("Flagged", 84,
                a -> a.flaggedMistakes().isEmpty() ? "none" : String.valueOf(a.flaggedMistakes().size()));
        TableColumn<AttemptSummary, String> grade = column("Self-grade", 116, grades::mistakes);
        explain(grade, "history-grade-header", grades.mistakesHelp());
        TableColumn<AttemptSummary, String> points = column("Points", 80, grades::points);
        explain(points, "history-points-header", grades.pointsHelp());
        table.getColumns().setAll(List.of(date, track, prompt, mode, time, words, flagged, grade, points));
        // Only the prompt's column gives way in a narrow window (its titles wrap in the search results
        // and the debrief); the others keep the width their heading needs.
        for (TableColumn<AttemptSummary, ?> c : table.getColumns()) {
            if (c != prompt) {
                c.setMinWidth(c.getPrefWidth());
                c.setMaxWidth(c.getPrefWidth());
            }
        }
        prompt.setMinWidth(160);
        // Sorting happens in the store, over every attempt, not over the page on screen.
        for (TableColumn<AttemptSummary, ?> c : table.getColumns()) {
            c.setSortable(c == date || c == prompt || c == time || c == words || c == grade);
        }
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                model.sortProperty().set(HistorySort.NEWEST);
                return true;
            }
            TableColumn<AttemptSummary, ?> c = t.getSortOrder().get(0);
            boolean ascending = c.getSortType() == TableColumn.SortType.ASCENDING;
            model.sortProperty().set(c == date ? (ascending ? HistorySort.OLDEST : HistorySort.NEWEST)
                    : c == prompt ? HistorySort.PROMPT
                    : c == time ? HistorySort.LONGEST
                    : c == words ? HistorySort.MOST_WORDS
                    : HistorySort.BEST_SELF_GRADE);
            return true;
        });
        table.setRowFactory(v -> {
            var row = new javafx.scene.control.TableRow<AttemptSummary>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            AttemptSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.open(selected.id());
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
    }

    private static TableColumn<AttemptSummary, String> column(String title, double width, Function<AttemptSummary, String> value) {
        TableColumn<AttemptSummary, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** The mode, and beside it the number of follow-ups answered, if any, with the follow-up icon. */
    private static void withFollowUps(TableColumn<AttemptSummary, String> mode) {
        mode.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                AttemptSummary a = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (a == null || a.followUps() == 0) {
                    setGraphic(null);
                    setAccessibleText(text);
                    return;
                }
                Label count = new Label(String.valueOf(a.followUps()), Icon.FOLLOW_UP.node());
                count.setId("follow-ups-" + a.id());
                count.getStyleClass().add(Styles.TEXT_MUTED);
                setGraphic(count);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                setGraphicTextGap(6);
                setAccessibleText(text + ", " + Plural.of(a.followUps(), "follow-up") + " answered");
            }
        });
    }

    /** The column's heading says, in its tooltip, what its figures mean. */
    private static void explain(TableColumn<AttemptSummary, ?> column, String id, String help) {
        Label heading = new Label(column.getText());
        heading.setId(id);
        heading.setTooltip(new Tooltip(help));
        column.setText(null);
        column.setGraphic(heading);
    }

    private ListView<HistoryViewModel.Found> searchResults() {
        ListView<HistoryViewModel.Found> list = new ListView<>(model.found());
        list.setId("search-results");
        list.setPlaceholder(new Label("Nothing found."));
        list.setCellFactory(v -> new FittedCell<>() {
            @Override
            protected void updateItem(HistoryViewModel.Found f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    clear();
                    return;
                }
                Label title = Fit.wrapping(new Label(f.attempt().title()));
                title.getStyleClass().add(Styles.TEXT_BOLD);
                Label meta = Fit.whole(new Label(f.attempt().track() + " \u00b7 " + Format.dateTime(
                        f.attempt().submittedAt().orElse(f.attempt().startedAt()), model.services().zone())));
                meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                TextFlow snippet = snippet(f.hit());
                snippet.setId("snippet-" + f.attempt().id());
                HBox head = new HBox(10, title, meta);
                head.setAlignment(Pos.BASELINE_LEFT);
                VBox box = new VBox(3, head);
                f.hit().inFollowUp().ifPresent(q -> {
                    Label where = Fit.wrapping(new Label("In the answer to the follow-up \u201c" + q + "\u201d", Icon.FOLLOW_UP.node()));
                    where.setId("snippet-follow-up-" + f.attempt().id());
                    where.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                    box.getChildren().add(where);
                });
                box.getChildren().add(snippet);
                box.setPadding(new Insets(6, 4, 6, 4));
                show(box);
                setAccessibleText(title.getText() + ": " + f.hit().snippet());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem().attempt().id());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem().attempt().id());
            }
        });
        return list;
    }

    /** The snippet on one line (line breaks become spaces, so offsets hold), its matched words in bold. */
    static TextFlow snippet(SearchHit hit) {
        TextFlow flow = new TextFlow();
        String text = hit.snippet().replace('\n', ' ').replace('\r', ' ');
        int at = 0;
        for (SearchHit.Highlight h : hit.highlights()) {
            if (h.start() > at) {
                flow.getChildren().add(new Text(text.substring(at, h.start())));
            }
            Text match = new Text(text.substring(h.start(), h.end()));
            match.getStyleClass().add("search-match");
            flow.getChildren().add(match);
            at = h.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(new Text(text.substring(at)));
        }
        return flow;
    }

    private Node actions() {
        Label status = Fit.wrapping(new Label());
        status.setId("history-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Button more = new Button("Load more");
        more.setId("load-more");
        more.visibleProperty().bind(model.hasMoreProperty().and(model.searchingProperty().not()));
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.loadMore());
        Button open = new Button("Open", Icon.START.node());
        open.setId("open-attempt");
        open.setTooltip(new Tooltip("Open the debrief of the selected attempt (Enter)"));
        open.setOnAction(e -> {
            AttemptSummary a = table.getSelectionModel().getSelectedItem();
            if (a != null) {
                model.open(a.id());
            }
        });
        Button compare = new Button("Compare", Icon.COMPARE.node());
        compare.setId("compare-attempts");
        compare.setTooltip(new Tooltip("Two attempts at the same prompt, side by side"));
        compare.setOnAction(e -> model.compare(List.copyOf(table.getSelectionModel().getSelectedItems()))
                .ifPresentOrElse(message::setText, () -> message.setText("")));
        Button delete = new Button("Delete", Icon.DELETE.node());
        delete.setId("delete-attempt");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip("Delete the selected attempts (Delete); you can undo it"));
        delete.setOnAction(e -> deleteSelected());
        for (Button b : List.of(open, compare, delete)) {
            b.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()).or(model.searchingProperty()));
        }
        javafx.scene.control.MenuButton export = new javafx.scene.control.MenuButton("Export", Icon.EXPORT.node());
        export.setId("export-button");
        export.setTooltip(new Tooltip("Write attempts to a Markdown report or a JSON file that import reads back"));
        export.getItems().setAll(
                exportItem("Selected, as a Markdown report\u2026", Exporter.Format.MARKDOWN, true),
                exportItem("Selected, as JSON\u2026", Exporter.Format.JSON, true),
                exportItem("Everything, as a Markdown report\u2026", Exporter.Format.MARKDOWN, false),
                exportItem("Everything, as JSON\u2026", Exporter.Format.JSON, false));
        message.setId("history-message");
        message.getStyleClass().add(Styles.WARNING);
        Fit.wrapping(message);
        // Only a message there is takes room from the status beside it.
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Fit.whole(more, export, open, compare, delete);
        HBox box = new HBox(10, status, more, message, export, open, compare, delete);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private javafx.scene.control.MenuItem exportItem(String text, Exporter.Format format, boolean selectedOnly) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        if (selectedOnly) {
            item.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        }
        item.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(text.replace("\u2026", ""));
            chooser.setInitialFileName("debrief-history." + format.extension());
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    format == Exporter.Format.JSON ? "JSON" : "Markdown", "*." + format.extension()));
            java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                Optional<List<Long>> ids = selectedOnly
                        ? Optional.of(table.getSelectionModel().getSelectedItems().stream().map(AttemptSummary::id).toList())
                        : Optional.empty();
                model.export(format, ids, file.toPath());
            }
        });
        return item;
    }

    private void deleteSelected() {
        model.delete(table.getSelectionModel().getSelectedItems().stream().map(AttemptSummary::id).toList());
    }
}
