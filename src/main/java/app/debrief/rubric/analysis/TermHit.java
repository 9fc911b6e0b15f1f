package app.debrief.rubric.analysis;

/**
 * One place where a lexicon matched: the words as written ({@code text}), the characters
 * [start, end) of the answer, the tokens [firstToken, endToken), its sentence, and what the
 * answer does with it ({@link Stance}).
 */
public record TermHit(String lexicon, String text, int start, int end, int firstToken, int endToken, int sentence, Stance stance) {

    /** Said as the answer's own claim, neither turned nor someone else's. */
    public boolean asserted() {
        return stance == Stance.ASSERTED;
    }

    public boolean is(Stance s) {
        return stance == s;
    }
}
