package app.debrief.rubric.analysis;

import java.util.List;

/**
 * The words the stance pass reads, all from the rubric file: what negates, defers (or hands a whole
 * sentence to someone else: "is legal's problem", "aren't mine"), de-emphasises,
 * criticises, removes, disparages or attributes a term, how far each reaches, the words that make
 * a lead-in defer ("What I'd cut:") or restate the question ("Prompt:"), and which words continue a list or a deferral into the next
 * sentence.
 */
public record StanceWords(
        Negation negation,
        Attribution attribution,
        Cues deferral,
        Cues handoff,
        Cues deemphasis,
        List<String> displacing,
        Cues criticism,
        Cues removal,
        Cues disparagement,
        List<String> hypothetical,
        List<String> endorsement,
        List<String> leadIns,
        List<String> restatements,
        List<String> continuations,
        List<String> roleNouns,
        List<String> rejections) {

    public StanceWords {
        displacing = List.copyOf(displacing);
        hypothetical = List.copyOf(hypothetical);
        endorsement = List.copyOf(endorsement);
        leadIns = List.copyOf(leadIns);
        restatements = List.copyOf(restatements);
        continuations = List.copyOf(continuations);
        roleNouns = List.copyOf(roleNouns);
        rejections = List.copyOf(rejections);
    }

    /**
     * Words that turn a term's meaning around, and how far their reach goes: {@code window} tokens
     * before the term, {@code afterWindow} after it, within its clause.
     */
    public record Negation(List<String> before, List<String> after, List<String> notNegation,
                           List<String> terminators, List<String> absorbers, int window, int afterWindow) {
        public Negation {
            before = List.copyOf(before);
            after = List.copyOf(after);
            notNegation = List.copyOf(notNegation);
            terminators = List.copyOf(terminators);
            absorbers = List.copyOf(absorbers);
        }
    }

    /** Words that mark a clause as about a competitor (named, and not us) rather than about our own plan. */
    public record Attribution(List<String> others, List<String> self) {
        public Attribution {
            others = List.copyOf(others);
            self = List.copyOf(self);
        }
    }

    /**
     * Cues that stand before a term (within {@code reachBefore} tokens of its segment, 0 for the whole
     * segment) or after it (within {@code reachAfter}); {@code afterPatterns} are regular expressions
     * read like the words after.
     */
    public record Cues(List<String> before, List<String> after, List<String> afterPatterns, int reachBefore, int reachAfter) {
        public Cues {
            before = List.copyOf(before);
            after = List.copyOf(after);
            afterPatterns = List.copyOf(afterPatterns);
        }
    }
}
