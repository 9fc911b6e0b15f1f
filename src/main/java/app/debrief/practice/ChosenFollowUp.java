package app.debrief.practice;

import app.debrief.bank.FollowUp;

import java.util.List;
import java.util.Optional;

/**
 * The follow-up the interviewer asks next, the biggest gap of the answer it probes (none when the
 * answer left no gap that any follow-up probes), every gap it probes, and why it was chosen, in words
 * for the candidate.
 */
public record ChosenFollowUp(FollowUp followUp, Optional<Gap> gap, List<Gap> probedGaps, String reason) {
    public ChosenFollowUp {
        probedGaps = List.copyOf(probedGaps);
    }
}
