package app.debrief.ui.common;

import app.debrief.bank.Track;
import app.debrief.store.Attempt;

/** How a screen asks to move to another; the shell decides how (and asks the current screen first). */
public interface Navigator {

    void home();

    void pick(Track track);

    /** Opens the answer screen for a new or resumed attempt. */
    void answer(Attempt attempt);

    void feedback(long attemptId);

    void history();
}
