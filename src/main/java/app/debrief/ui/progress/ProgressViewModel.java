package app.debrief.ui.progress;

import app.debrief.bank.Track;
import app.debrief.review.PractiseQueue;
import app.debrief.review.ProgressAnalysis;
import app.debrief.review.ProgressReport;
import app.debrief.review.Suggestion;
import app.debrief.store.AttemptStatus;
import app.debrief.store.HistoryQuery;
import app.debrief.store.ProgressPoint;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * Progress over time (per mistake, time discipline, self-grade against the checker) and what to
 * practise next, from the candidate's own record; computed off the FX thread.
 */
public final class ProgressViewModel {

    /** The most recent attempts analysed: a chart of more would not read. */
    static final int RECENT = 1_000;
    static final int WINDOW = 5;
    static final int QUEUE = 8;

    private final UiServices services;
    private final Navigator navigator;
    private final ObjectProperty<Optional<Track>> track = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyObjectWrapper<ProgressReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Suggestion> queue = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** Reloads when past answers have been checked again; held here, so the app-wide status keeps no screen alive. */
    private final javafx.beans.InvalidationListener reloadAfterRecheck = o -> load();

    public ProgressViewModel(UiServices services, Navigator navigator) {
        this.services = services;
        this.navigator = navigator;
        track.addListener((o, was, now) -> load());
        services.recheck().completedProperty().addListener(new javafx.beans.WeakInvalidationListener(reloadAfterRecheck));
    }

    /** Past answers being checked again with a new checker, or just checked: what the charts compare. */
    public ReadOnlyStringProperty recheckProperty() {
        return services.recheck().messageProperty();
    }

    private record Loaded(ProgressReport report, List<Suggestion> queue) {
    }

    public void load() {
        Optional<Track> chosen = track.get();
        services.executor().run(() -> {
            HistoryQuery filter = HistoryQuery.newest(1).withStatuses(AttemptStatus.SUBMITTED);
            if (chosen.isPresent()) {
                filter = filter.withTrack(chosen.get());
            }
            int total = services.store().history(filter).total();
            List<ProgressPoint> points = services.store().progress(filter.page(Math.max(0, total - RECENT), RECENT));
            ProgressReport analysed = ProgressAnalysis.analyse(points, services.rubric(), WINDOW);
            List<Suggestion> next = PractiseQueue.build(services.bank(), points, services.rubric(), services.clock(),
                    services.zone(), chosen, QUEUE);
            return new Loaded(analysed, next);
        }, loaded -> {
            report.set(loaded.report());
            queue.setAll(loaded.queue());
        }, e -> error.set("Your progress could not be read: " + e.getMessage()));
    }

    /** Opens a suggested prompt in the picker, where the user chooses practice or mock. */
    public void practise(Suggestion suggestion) {
        navigator.practise(suggestion.prompt());
    }

    public ObjectProperty<Optional<Track>> trackProperty() {
        return track;
    }

    public ReadOnlyObjectProperty<ProgressReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<Suggestion> queue() {
        return queue;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public int window() {
        return WINDOW;
    }
}
