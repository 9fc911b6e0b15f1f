package app.debrief.rubric;

import java.util.List;
import java.util.Optional;

/**
 * The checker's verdict on one mistake: whether it applies to this answer, whether it is made,
 * a one-sentence reason, which rule decided, what was expected but missing, the words that
 * caused the flag ({@code evidence}) and the words that count in the answer's favour
 * ({@code support}).
 */
public record MistakeFinding(String id, String title, boolean applies, boolean flagged, String why, String rule,
                             Optional<String> missing, List<Evidence> evidence, List<Evidence> support) {
    public MistakeFinding {
        evidence = List.copyOf(evidence);
        support = List.copyOf(support);
    }
}
