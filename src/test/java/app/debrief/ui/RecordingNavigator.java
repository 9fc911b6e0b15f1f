package app.debrief.ui;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.practice.ChosenFollowUp;
import app.debrief.store.Attempt;
import app.debrief.ui.common.Navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A navigator that only notes where the screens asked to go, for view-model tests. */
final class RecordingNavigator implements Navigator {

    final List<String> went = new ArrayList<>();

    @Override
    public void home() {
        went.add("home");
    }

    @Override
    public void pick(Track track) {
        went.add("pick " + track);
    }

    @Override
    public void practise(Prompt prompt) {
        went.add("practise " + prompt.id());
    }

    @Override
    public void answer(Attempt attempt) {
        went.add("answer " + attempt.id());
    }

    @Override
    public void feedback(long attemptId) {
        went.add("feedback " + attemptId);
    }

    @Override
    public void debrief(long attemptId, Optional<ChosenFollowUp> offer) {
        went.add("debrief " + attemptId + offer.map(c -> " offering \u201c" + c.followUp().question() + "\u201d").orElse(""));
    }

    @Override
    public void history() {
        went.add("history");
    }

    @Override
    public void compare(long firstId, long secondId) {
        went.add("compare " + firstId + " " + secondId);
    }

    @Override
    public void progress() {
        went.add("progress");
    }

    @Override
    public void loop(long sittingId) {
        went.add("loop " + sittingId);
    }
}
