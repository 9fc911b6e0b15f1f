package app.debrief.ui.history;

import app.debrief.store.LoopSitting;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.Shown;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** History's loop filter: a loop chosen shows its rounds, and its packet opens read-only. */
final class HistoryLoopFilter {

    private HistoryLoopFilter() {
    }

    static Node of(HistoryViewModel model) {
        ComboBox<Optional<LoopSitting>> loop = new ComboBox<>();
        loop.setId("filter-loop");
        loop.setAccessibleText("Loop");
        // The list names each loop whole; the closed box, its short name and date, so it fits beside the button.
        loop.setConverter(Shown.as(s -> model.loopLabel(s, true)));
        loop.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Optional<LoopSitting> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? model.loopLabel(Optional.empty(), false) : model.loopLabel(item, false));
            }
        });
        Runnable items = () -> {
            List<Optional<LoopSitting>> all = new ArrayList<>();
            all.add(Optional.empty());
            model.loops().forEach(s -> all.add(Optional.of(s)));
            loop.getItems().setAll(all);
            loop.setValue(model.loopProperty().get());
        };
        items.run();
        model.loops().addListener((ListChangeListener<LoopSitting>) c -> items.run());
        loop.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(model.loopProperty().get())) {
                model.loopProperty().set(now);
            }
        });
        model.loopProperty().addListener((o, was, now) -> loop.setValue(now));
        loop.setTooltip(new Tooltip("Show one loop's rounds; the other filters rest while a loop is chosen"));
        Button packet = Fit.whole(new Button("Open the packet", Icon.COMMITTEE.node()));
        packet.setId("open-packet");
        packet.setTooltip(new Tooltip("The loop's debrief, read-only: the committee's view and every round's findings"));
        packet.disableProperty().bind(model.loopChosenProperty().not());
        packet.setOnAction(e -> model.openPacket());
        loop.setPrefWidth(340);
        Fit.whole(loop);
        HBox box = new HBox(10, Fit.whole(new Label("Loop", Icon.LOOP.node())), loop, packet);
        box.setAlignment(Pos.CENTER_LEFT);
        box.disableProperty().bind(model.searchingProperty());
        model.loadLoops();
        return box;
    }
}
