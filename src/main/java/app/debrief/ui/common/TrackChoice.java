package app.debrief.ui.common;

import app.debrief.bank.Track;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;

import java.util.Optional;
import java.util.function.Function;

/** The choice of both tracks, PM or PMM that narrows a screen, kept in step with its model's track. */
public final class TrackChoice {

    private TrackChoice() {
    }

    public static ComboBox<Optional<Track>> of(String id, Function<Track, String> label, Property<Optional<Track>> track) {
        ComboBox<Optional<Track>> choice = new ComboBox<>(FXCollections.observableArrayList(
                Optional.empty(), Optional.of(Track.PM), Optional.of(Track.PMM)));
        choice.setId(id);
        choice.setConverter(Shown.as(t -> t.map(label).orElse("Both tracks")));
        choice.valueProperty().bindBidirectional(track);
        return choice;
    }
}
