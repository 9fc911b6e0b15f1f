package app.debrief.loop;

import java.util.List;
import java.util.Optional;

/**
 * What the hiring committee makes of a loop: the lean, why (every rule that held, the binding ones
 * first), each round's own lean, the strongest and the weakest round, the things to fix first, and
 * where the candidate's own grades and the rules part ways.
 */
public record CommitteeView(Lean lean, List<Reason> reasons, List<RoundLean> rounds, Optional<Integer> strongest,
                            Optional<Integer> weakest, List<Fix> fixes, List<Disagreement> disagreements) {

    public CommitteeView {
        reasons = List.copyOf(reasons);
        rounds = List.copyOf(rounds);
        fixes = List.copyOf(fixes);
        disagreements = List.copyOf(disagreements);
    }

    /** A rule that held: its cap, and the reason with the rounds filled in. */
    public record Reason(String ruleId, Lean cap, String text, List<Integer> rounds) {
        public Reason {
            rounds = List.copyOf(rounds);
        }
    }

    /** A round's own lean: what the rules say of a loop of that round alone, and the rules that set it. */
    public record RoundLean(int round, Lean lean, List<String> because) {
        public RoundLean {
            because = List.copyOf(because);
        }
    }

    /**
     * Something to fix: a mistake ({@code mistakeId}) or an undeveloped talking point of a round of
     * {@code kind}; what to practise for it is found by the packet.
     */
    public record Fix(String title, String detail, Optional<String> mistakeId, Optional<String> kind, List<Integer> rounds) {
        public Fix {
            rounds = List.copyOf(rounds);
        }
    }

    /** A round the candidate graded otherwise than the rules. */
    public record Disagreement(int round, Lean self, Lean rules, String text) {
    }

    public Optional<RoundLean> round(int number) {
        return rounds.stream().filter(r -> r.round() == number).findFirst();
    }
}
