package app.debrief.loop;

import app.debrief.review.Suggestion;
import app.debrief.store.LoopSitting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The debrief of one sitting: each handed-in round with its findings, the committee's view of them,
 * and for each thing to fix first the practise-next item that trains it.
 */
public record DebriefPacket(LoopSitting sitting, List<RoundResult> rounds, CommitteeView committee, List<LinkedFix> fixes,
                            Instant madeAt) {

    public DebriefPacket {
        rounds = List.copyOf(rounds);
        fixes = List.copyOf(fixes);
    }

    /** A thing to fix first and the prompt to practise for it (from the practise-next queue). */
    public record LinkedFix(CommitteeView.Fix fix, Optional<Suggestion> practise) {
    }

    public Optional<RoundResult> round(int number) {
        return rounds.stream().filter(r -> r.number() == number).findFirst();
    }
}
