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
import app.debrief.store.DraftRefusedException;
import app.debrief.store.Mode;
import app.debrief.store.SaveStatus;
import app.debrief.ui.common.DiscardedDrafts;
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
 * The draft is written by one window at a time ({@link Access}):
 * opening it claims it, and an answer open in another window is shown read-only until taken over.
 */
public final class AnswerViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerViewModel.class);
    /**
     * A pause in the typing saves after 400 ms; steady typing saves at the latest 700 ms after the
     * first unsaved key, so a crash loses well under a second of typing (the max wait, plus the
     * typing between its draft and the next key).
     */
    static final DraftAutosaver.Timing AUTOSAVE = new DraftAutosaver.Timing(Duration.ofMillis(400), Duration.ofMillis(700));

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

    /**
     * Who asks the follow-ups after a hand-in, and whether the answer screen says why each was asked
     * (a loop's round keeps the reason, feedback as it is, for the packet).
     */
    public record Interviewing(Interviewer interviewer, boolean saysWhy) {
    }

    private final UiServices services;
    private final Navigator navigator;
    private final Interviewing interviewing;
    private final DraftAutosaver autosaver;
    /** Replaced only when the draft is taken over from another window, which may have written more. */
    private PracticeSession session;
    private final StringProperty answer = new SimpleStringProperty();
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    private final ClockDisplay clock = new ClockDisplay();
    private final ReadOnlyBooleanWrapper canNextPhase = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final SaveIndicator saves = new SaveIndicator();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper followUpNote = new ReadOnlyStringWrapper("");
    private final DraftAccess access;
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private boolean shown;
    private boolean loading;

    public AnswerViewModel(UiServices services, Navigator navigator, Attempt attempt) {
        this(services, navigator, attempt, new Interviewing(new Interviewer(services.store()), true));
    }

    public AnswerViewModel(UiServices services, Navigator navigator, Attempt attempt, Interviewing interviewing) {
        this.services = services;
        this.navigator = navigator;
        this.interviewing = interviewing;
        this.autosaver = new DraftAutosaver(services.store(), attempt.id(), services.saver(), AUTOSAVE, services.clock(),
                status -> services.executor().onUi(() -> saved(status)));
        this.access = new DraftAccess(autosaver, services.executor(), services.clock(), this::writing, this::stopped,
                why -> saves.notSaved("Not saved: " + why));
        answer.addListener((o, was, now) -> edited(now));
        load(attempt);
        // which follow-up this is stays so when a take-over reloads the text: read once
        if (FollowUpPrompt.is(attempt.prompt())) {
            services.executor().run(() -> followUpNote(attempt.id()), followUpNote::set,
                    e -> LOG.warn("the follow-up of attempt {} could not be read", attempt.id(), e));
        }
        access.open();
    }

    /** Shows {@code attempt} as stored: its text (the view follows {@link #loadsProperty()}), its clock. */
    private void load(Attempt attempt) {
        session = new PracticeSession(attempt, services.clock());
        loading = true;
        answer.set(attempt.answer());
        loading = false;
        words.set(Words.count(attempt.answer()));
        saves.loaded(attempt.answer().isEmpty() ? null : attempt.updatedAt());
        if (shown) {
            session.timer().start();
        }
        loads.set(loads.get() + 1);
        refresh();
    }

    /**
     * "Follow-up 1 of up to 2. Asked because …": which follow-up this answer is, and why the interviewer asked it
     * (or, when the reason is kept for later, when it will be told).
     */
    private String followUpNote(long attemptId) {
        int most = interviewing.interviewer().mostFollowUps();
        return services.store().followUps().asked(attemptId).map(asked -> {
            List<Long> order = services.store().followUps().of(asked.mainId()).stream().map(f -> f.attempt().id()).toList();
            return (most == 1 ? "The interviewer's follow-up. " : "Follow-up " + (order.indexOf(attemptId) + 1) + " of up to " + most + ". ")
                    + (interviewing.saysWhy() ? asked.reason() : "Why it was asked comes with the debrief packet.");
        }).orElse("");
    }

    /**
     * This window writes the answer; if another one saved since it was loaded here (a take-over), it shows that.
     * The same text with less time is no later save: the answer was opened with more time than its draft
     * holds (a loop's round resumes on the loop's own clock, saved every second), and that time stays.
     */
    private void writing(Attempt stored) {
        Attempt loaded = session.attempt();
        boolean sameTextLessTime = stored.answer().equals(loaded.answer()) && stored.elapsedMillis() < loaded.elapsedMillis();
        if (!sameTextLessTime && (!stored.answer().equals(loaded.answer()) || stored.elapsedMillis() != loaded.elapsedMillis()
                || !stored.phaseTimes().equals(loaded.phaseTimes()))) {
            load(stored);
        }
        saves.loaded(stored.answer().isEmpty() ? null : stored.updatedAt());
        refresh();
    }

    /** This window does not (or no longer) write the answer: the clock stops and the editor locks. */
    private void stopped(Access state) {
        session.timer().stop();
        saves.notSaved(state.saveText());
        refresh();
    }

    /** Takes the answer from the window that writes it, which then stops; the text is reloaded as that window left it. */
    public void takeOver() {
        access.takeOver();
    }

    public Prompt prompt() {
        return session.prompt();
    }

    public Mode mode() {
        return session.mode();
    }

    /** Starts the clock when the screen opens (a paused answer stays paused, a read-only one stays still). */
    public void start() {
        shown = true;
        if (!session.paused() && access.get().writable()) {
            session.timer().start();
        }
        refresh();
    }

    public boolean canPause() {
        return session.canPause();
    }

    /** Practice only: pauses the clock and the editor, or resumes both; the time so far is saved. */
    public void togglePause() {
        if (!access.get().writable()) {
            return;
        }
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
        if (loading || !access.get().writable() || !session.edit(text)) {
            return;
        }
        words.set(Words.count(text));
        autosaver.changed(session.draft());
    }

    private void refresh() {
        AnswerTimer timer = session.timer();
        clock.show(timer);
        canNextPhase.set(timer.hasNextPhase() && !locked());
        locked.set(locked());
        paused.set(session.paused());
        saves.tick(Instant.now(services.clock()));
    }

    private boolean locked() {
        return session.locked() || !access.get().writable();
    }

    private void saved(SaveStatus status) {
        if (status instanceof SaveStatus.Saved s) {
            saves.saved(s.at(), Instant.now(services.clock()));
        } else if (status instanceof SaveStatus.Failed f) {
            saves.notSaved("Not saved: " + f.message());
        } else if (status instanceof SaveStatus.Refused r && !session.submitted()) {
            access.refused(r.reason());
        }
    }

    /** A paste was refused (see AnswerEditor); the message says why and what to do. */
    public void refusePaste(String why) {
        message.set(why);
    }

    public void nextPhase() {
        if (locked()) {
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

    /**
     * Hands the answer in: checks it and stores it with its feedback, then shows the feedback. If the
     * store cannot take it (a full disk), the answer stays in progress, its draft is still saved as it
     * is typed, and it can be handed in again.
     */
    public void submit() {
        if (submitting.get() || session.submitted() || !access.get().writable()) {
            return;
        }
        submitting.set(true);
        session.markSubmitted();
        refresh();
        Draft last = session.draft();
        Prompt prompt = session.prompt();
        services.executor().run(() -> {
            // What is still waiting goes first, so that no late save follows the hand-in.
            autosaver.flush().join();
            Feedback feedback = services.checker().check(last.answer(), CheckContext.of(prompt));
            Attempt done = services.store().submit(last, feedback, Instant.now(services.clock()));
            autosaver.finish();
            return afterHandIn(done);
        }, this::goOn, this::handInFailed);
    }

    private void handInFailed(Throwable e) {
        submitting.set(false);
        session.handInFailed();
        if (e instanceof DraftRefusedException refused) {
            access.handInRefused(refused.reason());
            return;
        }
        LOG.warn("Hand-in of attempt {} failed", session.attempt().id(), e);
        // The store's message begins "cannot submit the answer: "; the reason is what is worth reading.
        String reason = String.valueOf(e.getMessage()).replaceFirst("^cannot [^:]+: ", "");
        message.set("Could not hand in the answer: " + reason + ". It is still in progress and saved as you type;"
                + " hand it in again (Ctrl+Enter) once that is solved.");
        autosaver.changed(session.draft());
        refresh();
    }

    /**
     * What the interviewer does next: in a mock the next follow-up at once, else the debrief. The answer
     * is in by now, so if the follow-up cannot be asked the debrief comes instead.
     */
    private Interviewer.Next afterHandIn(Attempt done) {
        try {
            return interviewing.interviewer().afterHandIn(done, Instant.now(services.clock()));
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

    /** Leaving without submitting: keep the draft to resume later (in this window or another). */
    public void keepDraft(Runnable then) {
        session.timer().stop();
        if (access.get().writable()) {
            autosaver.changed(session.draft());
        }
        autosaver.finish().whenComplete((s, e) -> services.executor().onUi(then));
    }

    /**
     * Leaving without submitting: the draft is discarded (the home screen offers to bring it back
     * for a few seconds; then it is deleted).
     */
    public void discard(Runnable then) {
        if (!access.get().writable()) {
            keepDraft(then);
            return;
        }
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
        if (access.get().writable()) {
            autosaver.changed(session.draft());
        }
        try {
            autosaver.finish().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("The draft could not be saved while closing", e);
        }
    }

    public boolean submitted() {
        return session.submitted();
    }

    /** True while this window writes the answer; otherwise leaving has nothing to keep or discard. */
    public boolean writable() {
        return access.get().writable();
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
        return clock.countdownProperty();
    }

    public ReadOnlyObjectProperty<TimeState> timeStateProperty() {
        return clock.stateProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return clock.phaseProperty();
    }

    public ReadOnlyObjectProperty<PhaseState> phaseStateProperty() {
        return clock.phaseStateProperty();
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
        return saves.textProperty();
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saves.failedProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** For a follow-up's answer, which follow-up it is and why it was asked; empty for an answer to a prompt. */
    public ReadOnlyStringProperty followUpNoteProperty() {
        return followUpNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Access> accessProperty() {
        return access.property();
    }

    /** Why the answer is not written here, or empty while it is. */
    public ReadOnlyStringProperty accessNoticeProperty() {
        return access.noticeProperty();
    }

    /** Counts the times the answer was (re)loaded from the store: the editor then shows {@link #answerProperty()} anew. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }
}
