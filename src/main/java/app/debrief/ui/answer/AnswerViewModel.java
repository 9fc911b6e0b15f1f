package app.debrief.ui.answer;

import app.debrief.bank.FollowUpPrompt;
import app.debrief.bank.Prompt;
import app.debrief.practice.AnswerTimer;
import app.debrief.practice.Interviewer;
import app.debrief.practice.PracticeSession;
import app.debrief.rubric.CheckContext;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.Words;
import app.debrief.store.Attempt;
import app.debrief.store.DraftAutosaver;
import app.debrief.store.Draft;
import app.debrief.store.Mode;
import app.debrief.store.SaveStatus;
import app.debrief.practice.Durations;
import app.debrief.ui.common.DiscardedDrafts;
import app.debrief.ui.common.Format;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Answering one prompt against the clock. The draft is saved as it is typed (through the
 * {@link DraftAutosaver}), on focus loss and on leaving; in mock mode the answer locks and is
 * handed in when the budget runs out. A follow-up's answer is answered here too, against its own
 * budget; after a hand-in the interviewer decides what comes next ({@link Interviewer}).
 */
public final class AnswerViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerViewModel.class);
    static final Duration AUTOSAVE_DELAY = Duration.ofMillis(400);

    /** How the countdown should look. */
    public enum TimeState {
        CALM, LOW, CRITICAL, OVER
    }

    /**
     * Where the current phase stands: within its share, over it while the whole answer is still
     * ahead of its plan (worth knowing, no cause for alarm), or the whole answer behind (a warning).
     */
    public enum PhaseState {
        ON_PLAN, OVER_SHARE, BEHIND
    }

    private final UiServices services;
    private final Navigator navigator;
    private final PracticeSession session;
    private final DraftAutosaver autosaver;
    private final StringProperty answer = new SimpleStringProperty();
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<TimeState> timeState = new ReadOnlyObjectWrapper<>(TimeState.CALM);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PhaseState> phaseState = new ReadOnlyObjectWrapper<>(PhaseState.ON_PLAN);
    private final ReadOnlyBooleanWrapper canNextPhase = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveText = new ReadOnlyStringWrapper("Not saved yet");
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper followUpNote = new ReadOnlyStringWrapper("");
    private Instant lastSaved;

    public AnswerViewModel(UiServices services, Navigator navigator, Attempt attempt) {
        this.services = services;
        this.navigator = navigator;
        this.session = new PracticeSession(attempt, services.clock());
        this.autosaver = new DraftAutosaver(services.store(), services.saver(), AUTOSAVE_DELAY, services.clock(),
                status -> services.executor().onUi(() -> saved(status)));
        answer.set(attempt.answer());
        words.set(Words.count(attempt.answer()));
        if (!attempt.answer().isEmpty()) {
            lastSaved = attempt.updatedAt();
        }
        answer.addListener((o, was, now) -> edited(now));
        refresh();
        if (FollowUpPrompt.is(attempt.prompt())) {
            services.executor().run(() -> followUpNote(attempt.id()), followUpNote::set,
                    e -> LOG.warn("the follow-up of attempt {} could not be read", attempt.id(), e));
        }
    }

    /** "Follow-up 1 of up to 2. Asked because …": which follow-up this answer is, and why the interviewer asked it. */
    private String followUpNote(long attemptId) {
        return services.store().followUps().asked(attemptId).map(asked -> {
            List<Long> order = services.store().followUps().of(asked.mainId()).stream().map(f -> f.attempt().id()).toList();
            return "Follow-up " + (order.indexOf(attemptId) + 1) + " of up to " + Interviewer.MOST_FOLLOW_UPS + ". " + asked.reason();
        }).orElse("");
    }

    public Prompt prompt() {
        return session.prompt();
    }

    public Mode mode() {
        return session.mode();
    }

    /** Starts the clock when the screen opens (a paused answer stays paused). */
    public void start() {
        if (!session.paused()) {
            session.timer().start();
        }
        refresh();
    }

    public boolean canPause() {
        return session.canPause();
    }

    /** Practice only: pauses the clock and the editor, or resumes both; the time so far is saved. */
    public void togglePause() {
        if (session.paused()) {
            session.resume();
        } else if (session.canPause()) {
            session.pause();
            autosaver.changed(session.draft());
            autosaver.flush();
        }
        refresh();
    }

    /** Called by the view a few times a second: updates the clock, and hands in a mock at zero. */
    public void tick() {
        refresh();
        if (session.dueForSubmission()) {
            message.set("Time is up: your answer has been handed in as it stands.");
            submit();
        }
    }

    private void edited(String text) {
        if (!session.edit(text)) {
            return;
        }
        words.set(Words.count(text));
        autosaver.changed(session.draft());
    }

    private void refresh() {
        AnswerTimer timer = session.timer();
        long remaining = timer.remainingMillis();
        countdown.set(Durations.countdown(remaining));
        double share = timer.remainingShare();
        timeState.set(remaining <= 0 ? TimeState.OVER
                : share <= 0.10 || remaining <= 30_000 ? TimeState.CRITICAL
                : share <= 0.25 ? TimeState.LOW : TimeState.CALM);
        timer.currentPhase().ifPresentOrElse(p -> {
            long left = timer.phaseRemainingMillis();
            long ahead = timer.aheadOfPlanMillis();
            phase.set("Phase " + (timer.phaseIndex() + 1) + " of " + timer.phaseCount() + ": " + p.name() + " \u00b7 "
                    + (left >= 0 ? Durations.countdown(left) + " left" : Durations.clock(-left) + " over its share")
                    + (ahead < 0 ? ", " + Durations.clock(-ahead) + " behind overall"
                    : left < 0 ? ", " + Durations.clock(ahead) + " ahead overall" : ""));
            phaseState.set(ahead < 0 ? PhaseState.BEHIND : left < 0 ? PhaseState.OVER_SHARE : PhaseState.ON_PLAN);
        }, () -> phase.set(""));
        canNextPhase.set(timer.hasNextPhase() && !session.locked());
        locked.set(session.locked());
        paused.set(session.paused());
        if (lastSaved != null && !saveFailed.get()) {
            saveText.set("Saved " + Format.ago(Duration.between(lastSaved, Instant.now(services.clock()))));
        }
    }

    private void saved(SaveStatus status) {
        if (status instanceof SaveStatus.Saved s) {
            lastSaved = s.at();
            saveFailed.set(false);
            saveText.set("Saved " + Format.ago(Duration.between(s.at(), Instant.now(services.clock()))));
        } else if (status instanceof SaveStatus.Failed f) {
            saveFailed.set(true);
            saveText.set("Not saved: " + f.message());
        }
    }

    /** A paste was refused (see AnswerEditor); the message says why and what to do. */
    public void refusePaste(String why) {
        message.set(why);
    }

    public void nextPhase() {
        if (session.locked()) {
            return;
        }
        session.timer().nextPhase();
        autosaver.changed(session.draft());
        refresh();
    }

    /** The editor lost focus: save now rather than after the delay. */
    public void focusLost() {
        autosaver.flush();
    }

    /** Hands the answer in: checks it and stores it with its feedback, then shows the feedback. */
    public void submit() {
        if (submitting.get() || session.submitted()) {
            return;
        }
        submitting.set(true);
        session.markSubmitted();
        refresh();
        Draft last = session.draft();
        Prompt prompt = session.prompt();
        services.executor().run(() -> {
            autosaver.close();
            Feedback feedback = services.checker().check(last.answer(), CheckContext.of(prompt));
            return afterHandIn(services.store().submit(last, feedback, Instant.now(services.clock())));
        }, this::goOn, e -> {
            submitting.set(false);
            saveFailed.set(true);
            message.set("Could not hand in the answer: " + e.getMessage() + ". Your text is still here; save a copy.");
        });
    }

    /**
     * What the interviewer does next: in a mock the next follow-up at once, else the debrief. The answer
     * is in by now, so if the follow-up cannot be asked the debrief comes instead.
     */
    private Interviewer.Next afterHandIn(Attempt done) {
        try {
            return new Interviewer(services.store()).afterHandIn(done, Instant.now(services.clock()));
        } catch (RuntimeException e) {
            LOG.warn("no follow-up after attempt {}", done.id(), e);
            return new Interviewer.Debrief(done.id(), Optional.empty());
        }
    }

    private void goOn(Interviewer.Next next) {
        if (next instanceof Interviewer.Ask ask) {
            navigator.answer(ask.attempt());
        } else if (next instanceof Interviewer.Debrief debrief) {
            navigator.debrief(debrief.mainId(), debrief.offer());
        }
    }

    /** Writes the answer as it stands to a file the user chose: the way out when the store cannot save it. */
    public void saveCopy(Path target) {
        String text = session.answer();
        services.executor().run(() -> Files.writeString(target, text, StandardCharsets.UTF_8),
                written -> message.set("A copy of your answer is in " + written + "."),
                e -> message.set("Could not write " + target + ": " + e.getMessage()));
    }

    public void home() {
        navigator.home();
    }

    /** Leaving without submitting: keep the draft to resume later. */
    public void keepDraft(Runnable then) {
        session.timer().stop();
        autosaver.changed(session.draft());
        autosaver.flush().whenComplete((s, e) -> services.executor().onUi(then));
    }

    /**
     * Leaving without submitting: the draft is discarded (the home screen offers to bring it back
     * for a few seconds; then it is deleted).
     */
    public void discard(Runnable then) {
        session.timer().stop();
        long id = session.attempt().id();
        services.executor().run(() -> {
            autosaver.close();
            new DiscardedDrafts(services).discard(id);
            return id;
        }, x -> then.run(), e -> {
            message.set("Could not discard: " + e.getMessage());
            then.run();
        });
    }

    /** The window is closing: save the draft synchronously, briefly. */
    public void closing() {
        if (session.submitted()) {
            return;
        }
        session.timer().stop();
        autosaver.changed(session.draft());
        try {
            autosaver.flush().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("The draft could not be saved while closing", e);
        }
    }

    public boolean submitted() {
        return session.submitted();
    }

    public String currentText() {
        return session.answer();
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public ReadOnlyIntegerProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeState> timeStateProperty() {
        return timeState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PhaseState> phaseStateProperty() {
        return phaseState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextPhaseProperty() {
        return canNextPhase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveTextProperty() {
        return saveText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** For a follow-up's answer, which follow-up it is and why it was asked; empty for an answer to a prompt. */
    public ReadOnlyStringProperty followUpNoteProperty() {
        return followUpNote.getReadOnlyProperty();
    }
}
