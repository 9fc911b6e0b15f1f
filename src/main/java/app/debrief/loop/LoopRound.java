package app.debrief.loop;

/**
 * One round of a loop and its budget in minutes: a kind of prompt, drawn when the loop starts from
 * the prompts of that kind the candidate has answered least, or one fixed prompt.
 */
public sealed interface LoopRound permits LoopRound.OfKind, LoopRound.Fixed {

    int minutes();

    /** A prompt of this kind, drawn. */
    record OfKind(String kind, int minutes) implements LoopRound {
    }

    /** This prompt. */
    record Fixed(String promptId, int minutes) implements LoopRound {
    }
}
