package app.debrief.ui.home;

import app.debrief.bank.Track;
import app.debrief.rubric.Rubric;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptSummary;
import app.debrief.text.Plural;
import app.debrief.practice.Durations;
import app.debrief.ui.common.DiscardedDrafts;
import app.debrief.ui.common.Format;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The start screen: the two tracks, the recent attempts, and an unfinished answer to resume. */
public final class HomeViewModel {

    static final int RECENT = 8;

    /** A track as the home screen offers it. */
    public record TrackCard(Track track, String label, String trains, int prompts) {
    }

    private final UiServices services;
    private final Navigator navigator;
    private final ObservableList<AttemptSummary> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper resumeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final DiscardedDrafts discards;
    private Attempt unfinished;
    private Attempt discarded;

    public HomeViewModel(UiServices services, Navigator navigator) {
        this.services = services;
        this.navigator = navigator;
        this.discards = new DiscardedDrafts(services);
        notice.set(notices());
    }

    public List<TrackCard> tracks() {
        Rubric rubric = services.rubric();
        return List.of(Track.values()).stream()
                .map(t -> new TrackCard(t, t.role(), rubric.track(t).map(Rubric.TrackInfo::trains).orElse(""),
                        services.bank().forTrack(t).size()))
                .toList();
    }

    /**
     * Loads the recent attempts, the unfinished one and one just discarded (from the answer screen),
     * off the FX thread; drafts discarded longer ago are deleted first.
     */
    public void load() {
        services.executor().run(() -> {
                    discards.purge();
                    return new Loaded(services.store().recent(RECENT), services.store().latestUnfinished(), discards.undoable());
                },
                loaded -> {
                    notice.set(notices());
                    recent.setAll(loaded.recent());
                    showUnfinished(loaded.unfinished());
                    loaded.discarded().ifPresent(this::offerUndo);
                },
                error -> notice.set("Your past attempts could not be read: " + error.getMessage()));
    }

    private record Loaded(List<AttemptSummary> recent, Optional<Attempt> unfinished, Optional<Attempt> discarded) {
    }

    private void showUnfinished(Optional<Attempt> next) {
        unfinished = next.orElse(null);
        canResume.set(unfinished != null);
        resumeText.set(unfinished == null ? "" : describe(unfinished));
    }

    private void offerUndo(Attempt a) {
        discarded = a;
        undoText.set("Draft discarded: \u201c" + a.prompt().title() + "\u201d. Its text is deleted in "
                + DiscardedDrafts.UNDO_WINDOW.toSeconds() + " s unless you undo.");
        // The offer ends with the window; by then the draft is deleted.
        services.saver().schedule(() -> services.executor().onUi(() -> {
            if (discarded == a) {
                dismissUndo();
            }
        }), DiscardedDrafts.UNDO_WINDOW.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private String describe(Attempt a) {
        return "Unfinished answer: \u201c" + a.prompt().title() + "\u201d, " + Durations.clock(a.elapsedMillis())
                + " used of " + Durations.clock(a.budgetSeconds() * 1000L) + ", last saved "
                + Format.ago(java.time.Duration.between(a.updatedAt(), Instant.now(services.clock()))) + ".";
    }

    private String notices() {
        StringBuilder text = new StringBuilder();
        services.storeNotice().ifPresent(text::append);
        if (!services.contentProblems().isEmpty()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int problems = services.contentProblems().size();
            text.append(Plural.of(problems, "problem")).append(" in your prompt packs; ")
                    .append(Plural.noun(problems, "that pack was", "those packs were")).append(" skipped:\n")
                    .append(services.contentProblems().stream().limit(5).map(Object::toString).collect(Collectors.joining("\n")));
        }
        return text.toString();
    }

    public void pick(Track track) {
        navigator.pick(track);
    }

    public void resume() {
        if (unfinished != null) {
            navigator.answer(unfinished);
        }
    }

    /** The user does not want the unfinished answer: it goes at once, can be brought back for a few seconds, then is deleted. */
    public void discardUnfinished() {
        if (unfinished == null) {
            return;
        }
        Attempt gone = unfinished;
        services.executor().run(() -> {
            discards.discard(gone.id());
            return services.store().latestUnfinished();
        }, next -> {
            showUnfinished(next);
            offerUndo(gone);
        }, error -> notice.set("Could not discard the draft: " + error.getMessage()));
    }

    /** Brings the discarded draft back, to resume it. */
    public void undoDiscard() {
        Attempt back = discarded;
        dismissUndo();
        if (back == null) {
            return;
        }
        services.executor().run(() -> {
            boolean restored = discards.restore(back.id());
            return new Undone(restored, services.store().latestUnfinished());
        }, undone -> {
            showUnfinished(undone.unfinished());
            if (!undone.restored()) {
                notice.set("The draft could not be brought back: its text was already deleted.");
            }
        }, error -> notice.set("Could not bring the draft back: " + error.getMessage()));
    }

    private record Undone(boolean restored, Optional<Attempt> unfinished) {
    }

    public void dismissUndo() {
        discarded = null;
        undoText.set("");
    }

    public void open(AttemptSummary attempt) {
        navigator.feedback(attempt.id());
    }

    public ObservableList<AttemptSummary> recent() {
        return recent;
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resumeTextProperty() {
        return resumeText.getReadOnlyProperty();
    }

    /** Past answers being checked again with a new checker, or just checked. */
    public ReadOnlyStringProperty recheckProperty() {
        return services.recheck().messageProperty();
    }

    /** What was just discarded, while it can still be brought back; empty otherwise. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
