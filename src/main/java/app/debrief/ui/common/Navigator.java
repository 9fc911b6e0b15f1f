package app.debrief.ui.common;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.practice.ChosenFollowUp;
import app.debrief.store.Attempt;

import java.util.Optional;

/** How a screen asks to move to another; the shell decides how (and asks the current screen first). */
public interface Navigator {

    void home();

    void pick(Track track);

    /** The picker with {@code prompt} chosen, to answer it in practice or as a mock; its Back returns to progress. */
    void practise(Prompt prompt);

    /** Opens the answer screen for a new or resumed attempt. */
    void answer(Attempt attempt);

    void feedback(long attemptId);

    /** The debrief of an attempt just handed in (its own or a follow-up's), in practice with the follow-up it offers. */
    void debrief(long attemptId, Optional<ChosenFollowUp> offer);

    void history();

    /** Two attempts at the same prompt, side by side. */
    void compare(long firstId, long secondId);

    /** Progress over time and what to practise next. */
    void progress();

    /** A sitting of an interview loop, where it stands: its break, its round, the grading or the debrief packet. */
    void loop(long sittingId);
}
