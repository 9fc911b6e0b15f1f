package app.debrief.loop;

import app.debrief.bank.Track;

import java.util.List;

/**
 * An interview loop: several rounds back to back, each a mock answer, with a short break between
 * them, and the hiring committee's view at the end. {@code source} names the file it came from.
 */
public record Loop(String id, Track track, String title, int breakMinutes, List<LoopRound> rounds, String source) {

    public Loop {
        rounds = List.copyOf(rounds);
    }

    /** The rounds' budgets added up, breaks left out. */
    public int answerMinutes() {
        return rounds.stream().mapToInt(LoopRound::minutes).sum();
    }
}
