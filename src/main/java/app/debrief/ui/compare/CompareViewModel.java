package app.debrief.ui.compare;

import app.debrief.practice.Durations;
import app.debrief.review.AttemptComparer;
import app.debrief.review.Comparison;
import app.debrief.rubric.Feedback;
import app.debrief.store.Attempt;
import app.debrief.ui.common.Format;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import app.debrief.ui.followup.FollowUpItem;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/** Two attempts at the same prompt side by side: what changed in the words, the mistakes, the time, and the follow-ups of each. */
public final class CompareViewModel {

    private final UiServices services;
    private final Navigator navigator;
    private final long first;
    private final long second;
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private java.util.Map<Long, List<FollowUpItem>> followUps = java.util.Map.of();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public CompareViewModel(UiServices services, Navigator navigator, long first, long second) {
        this.services = services;
        this.navigator = navigator;
        this.first = first;
        this.second = second;
    }

    /** Reads both attempts and compares them off the FX thread (a word diff of long answers takes a moment). */
    public void load() {
        services.executor().run(() -> {
            Attempt a = services.store().attempt(first).orElseThrow(() -> new IllegalStateException("attempt " + first + " is gone"));
            Attempt b = services.store().attempt(second).orElseThrow(() -> new IllegalStateException("attempt " + second + " is gone"));
            Feedback fa = services.store().feedback(first).orElseThrow(() -> new IllegalStateException("attempt " + first + " has no feedback"));
            Feedback fb = services.store().feedback(second).orElseThrow(() -> new IllegalStateException("attempt " + second + " has no feedback"));
            java.util.Map<Long, List<FollowUpItem>> asked = new java.util.HashMap<>();
            services.store().followUps().of(List.of(first, second)).forEach((id, list) -> asked.put(id, FollowUpItem.of(list)));
            return new Loaded(AttemptComparer.compare(a, fa, b, fb, services.rubric()), asked);
        }, loaded -> {
            followUps = loaded.followUps();
            comparison.set(loaded.comparison());
        }, e -> error.set("These attempts cannot be compared: " + e.getMessage()));
    }

    private record Loaded(Comparison comparison, java.util.Map<Long, List<FollowUpItem>> followUps) {
    }

    /** The follow-ups asked after one of the two attempts, in order. */
    public List<FollowUpItem> followUps(Attempt a) {
        return followUps.getOrDefault(a.id(), List.of());
    }

    /** "31:00 → 28:00 (3:00 less) · 95 → 120 words · talking points 2 → 4 of 6 · follow-ups 0 → 2". */
    public String summary() {
        Comparison c = comparison.get();
        if (c == null) {
            return "";
        }
        long delta = c.elapsedDeltaMillis();
        String time = Durations.clock(c.older().elapsedMillis()) + " \u2192 " + Durations.clock(c.newer().elapsedMillis())
                + (Math.abs(delta) < 1000 ? "" : " (" + Durations.clock(Math.abs(delta)) + (delta < 0 ? " less)" : " more)"));
        String words = c.older().words() + " \u2192 " + c.newer().words() + " words";
        String points = c.pointsTotal() == 0 ? "" : " \u00b7 talking points " + c.pointsCoveredBefore() + " \u2192 " + c.pointsCoveredAfter()
                + " of " + c.pointsTotal();
        int before = followUps(c.older()).size();
        int after = followUps(c.newer()).size();
        String asked = before + after == 0 ? "" : " \u00b7 follow-ups " + before + " \u2192 " + after;
        return "Time " + time + " \u00b7 " + words + points + asked;
    }

    public String when(Attempt a) {
        return Format.dateTime(a.submittedAt().orElse(a.startedAt()), services.zone());
    }

    public void open(long attemptId) {
        navigator.feedback(attemptId);
    }

    public void back() {
        navigator.history();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
