package app.debrief.rubric;

/**
 * One place where a lexicon matched: the words as written ({@code term}), the characters
 * [start, end) of the answer, the tokens
 * [firstToken, endToken), its sentence, and whether a negation or a competitor turned it.
 */
record Hit(String lexicon, String term, int start, int end, int firstToken, int endToken, int sentence,
           boolean negated, boolean exempt) {

    /** Counts toward its lexicon as written: neither negated nor about someone else. */
    boolean plain() {
        return !negated && !exempt;
    }
}
