package app.debrief.ui.answer;

import app.debrief.ui.common.Format;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;

/** The answer screen's save indicator: "Saved 2 s ago" only after a row was written, else why not. */
final class SaveIndicator {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Not saved yet");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private Instant lastSaved;

    /** The answer as stored, saved at {@code at} (null: never saved, nothing typed yet). */
    void loaded(Instant at) {
        lastSaved = at;
        failed.set(false);
    }

    void saved(Instant at, Instant now) {
        lastSaved = at;
        failed.set(false);
        tick(now);
    }

    /** Nothing was written: {@code why} is shown, and the way to keep a copy. */
    void notSaved(String why) {
        failed.set(true);
        text.set(why);
    }

    /** Keeps "Saved N s ago" current. */
    void tick(Instant now) {
        if (lastSaved != null && !failed.get()) {
            text.set("Saved " + Format.ago(Duration.between(lastSaved, now)));
        }
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
