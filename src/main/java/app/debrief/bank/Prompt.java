package app.debrief.bank;

import java.util.List;

/**
 * One interview question with its time budget. {@code source} names the pack file it came from,
 * so a user can find and edit it.
 */
public record Prompt(
        String id,
        Track track,
        String kind,
        String title,
        String question,
        int minutes,
        List<Phase> phases,
        List<TalkingPoint> talkingPoints,
        List<String> followUps,
        String source) {

    public Prompt {
        phases = List.copyOf(phases);
        talkingPoints = List.copyOf(talkingPoints);
        followUps = List.copyOf(followUps);
    }

    public int budgetSeconds() {
        return minutes * 60;
    }
}
