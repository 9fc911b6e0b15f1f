package app.debrief.ui.progress;

import app.debrief.bank.Track;
import app.debrief.review.FollowUpRecord;
import app.debrief.review.PractiseQueue;
import app.debrief.review.ProgressAnalysis;
import app.debrief.review.ProgressReport;
import app.debrief.review.Suggestion;
import app.debrief.store.AttemptStatus;
import app.debrief.store.HistoryQuery;
import app.debrief.store.ProgressPoint;
import app.debrief.text.Plural;
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
 * Progress over time (per mistake, time discipline, self-grade against the checker, follow-ups)
 * and what to practise next, from the candidate's own record; computed off the FX thread.
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
    private final ReadOnlyStringWrapper followUps = new ReadOnlyStringWrapper("");

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

    private record Loaded(ProgressReport report, List<Suggestion> queue, FollowUpRecord followUps) {
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
            FollowUpRecord asked = FollowUpRecord.of(services.store().followUps().of(points.stream().map(ProgressPoint::attemptId).toList())
                    .values());
            return new Loaded(analysed, next, asked);
        }, loaded -> {
            report.set(loaded.report());
            queue.setAll(loaded.queue());
            followUps.set(sentence(loaded.followUps()));
        }, e -> error.set("Your progress could not be read: " + e.getMessage()));
    }

    /** How the candidate does under follow-up questions, in a sentence or two. */
    static String sentence(FollowUpRecord r) {
        if (r.answered() == 0) {
            return "No follow-up answered yet. After a hand-in the interviewer asks about the biggest gap of your answer:"
                    + " in a mock at once, in practice if you take it.";
        }
        StringBuilder s = new StringBuilder(Plural.of(r.answered(), "follow-up") + " answered after " + Plural.of(r.attempts(), "attempt") + ".");
        if (r.pointsProbed() > 0) {
            s.append(" Your answers to them developed ").append(r.pointsDeveloped()).append(" of the ")
                    .append(Plural.of(r.pointsProbed(), "talking point")).append(" they probed (")
                    .append(Math.round(100.0 * r.pointsDeveloped() / r.pointsProbed())).append("%)");
            s.append(r.mistakesProbed() > 0 ? " and were clear of " + r.mistakesClear() + " of the " + Plural.of(r.mistakesProbed(), "mistake")
                    + " they probed." : ".");
        }
        s.append(" Median time used: ").append(Math.round(r.medianTimeShare() * 100)).append("% of a follow-up's budget.");
        return s.toString();
    }

    /** How the candidate does under follow-up questions, over the attempts shown. */
    public ReadOnlyStringProperty followUpsProperty() {
        return followUps.getReadOnlyProperty();
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
