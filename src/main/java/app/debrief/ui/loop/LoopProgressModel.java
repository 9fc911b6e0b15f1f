package app.debrief.ui.loop;

import app.debrief.bank.Track;
import app.debrief.loop.LoopTrend;
import app.debrief.text.Plural;
import app.debrief.ui.common.Format;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/** The loops on the progress screen: each finished loop's lean and mistakes, for the track the screen shows; read off the FX thread. */
public final class LoopProgressModel {

    /** The most recent loops charted. */
    static final int RECENT = 50;

    private final UiServices services;
    private final ObjectProperty<Optional<Track>> track;
    private final ObservableList<LoopTrend.Point> points = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    public LoopProgressModel(UiServices services, ObjectProperty<Optional<Track>> track) {
        this.services = services;
        this.track = track;
        track.addListener((o, was, now) -> load());
    }

    public void load() {
        Optional<Track> chosen = track.get();
        long mine = ++generation;
        services.executor().run(() -> LoopTrend.of(services.store(), services.bank(), services.rubric(), services.loops().committee(),
                chosen, RECENT), loaded -> {
            if (mine == generation) {
                summary.set(summary(loaded));
                points.setAll(loaded);
            }
        }, e -> error.set("Your loops could not be read: " + e.getMessage()));
    }

    /** "2 finished loops; the latest, PMM onsite on 29 Nov 2026, 09:00: No hire." The chart's gist, in words. */
    private String summary(List<LoopTrend.Point> loaded) {
        if (loaded.isEmpty()) {
            return "";
        }
        return Plural.of(loaded.size(), "finished loop") + "; the latest, " + describe(loaded.get(loaded.size() - 1)) + ".";
    }

    /** A loop as a point of the chart names it: "PMM onsite on 29 Nov 2026, 09:00: No hire". */
    public String describe(LoopTrend.Point p) {
        int colon = p.title().indexOf(':');
        return (colon < 0 ? p.title() : p.title().substring(0, colon)) + " on " + Format.dateTime(p.startedAt(), services.zone())
                + ": " + p.lean().label();
    }

    public ObservableList<LoopTrend.Point> points() {
        return points;
    }

    public String mistakeTitle(String id) {
        return services.rubric().mistake(id).map(m -> {
            int cut = m.title().indexOf(" (");
            return cut > 0 ? m.title().substring(0, cut) : m.title();
        }).orElse(id);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
