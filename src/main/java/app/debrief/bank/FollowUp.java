package app.debrief.bank;

import java.util.List;

/**
 * A question the interviewer asks after the answer, what it probes (talking-point ids of its
 * prompt or mistake ids), and its time budget in minutes.
 */
public record FollowUp(String question, List<String> probes, int minutes) {

    /** The budget of a follow-up written as a bare question, in packs and snapshots of the first format. */
    public static final int DEFAULT_MINUTES = 3;

    public FollowUp {
        probes = List.copyOf(probes);
    }

    public int budgetSeconds() {
        return minutes * 60;
    }
}
