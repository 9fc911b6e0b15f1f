package app.debrief.practice;

import app.debrief.bank.Prompt;
import app.debrief.store.Attempt;
import app.debrief.store.Draft;
import app.debrief.store.Mode;

import java.time.Clock;

/**
 * One answer being written: the attempt it belongs to, its clock and its text. In mock mode the
 * answer locks when the budget is spent; in practice mode the clock runs on and the overtime is
 * counted.
 */
public final class PracticeSession {

    private final Attempt attempt;
    private final AnswerTimer timer;
    private String answer;
    private boolean submitted;
    private boolean paused;
    private boolean handInFailed;

    public PracticeSession(Attempt attempt, Clock clock) {
        this.attempt = attempt;
        this.timer = new AnswerTimer(clock, attempt.budgetSeconds(), attempt.prompt().phases(),
                attempt.elapsedMillis(), attempt.phaseTimes());
        this.answer = attempt.answer();
    }

    public Attempt attempt() {
        return attempt;
    }

    public Prompt prompt() {
        return attempt.prompt();
    }

    public Mode mode() {
        return attempt.mode();
    }

    public AnswerTimer timer() {
        return timer;
    }

    public String answer() {
        return answer;
    }

    /** Takes the editor's text; refused once the answer is locked. */
    public boolean edit(String text) {
        if (locked()) {
            return false;
        }
        answer = text;
        return true;
    }

    /** True when no typing is allowed: submitted, paused, or a mock whose time ran out. */
    public boolean locked() {
        return submitted || paused || (attempt.mode() == Mode.MOCK && timer.overBudget());
    }

    /** Only practice can pause: a mock, like the real loop, runs on. */
    public boolean canPause() {
        return attempt.mode() == Mode.PRACTICE && !submitted;
    }

    /**
     * Stops the clock and the typing until {@link #resume()}: time away from the answer is not
     * time spent on it, and the answer does not grow while the clock stands still.
     */
    public void pause() {
        if (canPause() && !paused) {
            timer.stop();
            paused = true;
        }
    }

    public void resume() {
        if (paused) {
            paused = false;
            timer.start();
        }
    }

    public boolean paused() {
        return paused;
    }

    /**
     * True when a mock has run out of time and must be handed in as it stands; after a hand-in that
     * failed, only the user hands it in again (a retry at every tick would hammer a full disk).
     */
    public boolean dueForSubmission() {
        return !submitted && !handInFailed && attempt.mode() == Mode.MOCK && timer.overBudget();
    }

    public void markSubmitted() {
        timer.stop();
        submitted = true;
    }

    /** The hand-in did not reach the store: the answer is in progress again, its clock running (unless its time is up). */
    public void handInFailed() {
        submitted = false;
        handInFailed = true;
        if (!paused && !locked()) {
            timer.start();
        }
    }

    public boolean submitted() {
        return submitted;
    }

    public Draft draft() {
        return new Draft(attempt.id(), answer, timer.elapsedMillis(), timer.phaseTimes());
    }
}
