package app.debrief.rubric.analysis;

/**
 * What an answer does with a term it uses: a word is not a claim until its stance is known.
 * "We measure pipeline, not downloads alone" de-emphasises downloads; "the risk it removes is
 * lock-in" rejects lock-in; "Parked for now: SSO" defers SSO.
 */
public enum Stance {
    /** Said as the answer's own claim or plan. */
    ASSERTED("asserted"),
    /** A state named as a fact ("teams with low switching costs"), not proposed as a strategy. */
    DESCRIBED("described"),
    /** Denied or refused ("we will not gate the weights"). */
    NEGATED("negated"),
    /** Pushed off: parked, postponed, called premature, or handed to someone else. */
    DEFERRED("pushed off"),
    /** Put in its place rather than relied on ("not downloads alone", "rather than stars"). */
    DEEMPHASISED("de-emphasised"),
    /** Removed or criticised ("removes lock-in", "unlike black-box APIs"). */
    REJECTED("criticised"),
    /** Said of a competitor, not of the answer's own plan. */
    ATTRIBUTED("a competitor's"),
    /** Mentioned only to be sneered at ("open weights are a toy"). */
    DISPARAGED("disparaged"),
    /** Raised as a possibility only ("if we stopped publishing weights…"). */
    HYPOTHETICAL("hypothetical"),
    /** Raised as a question, not answered. */
    QUESTIONED("asked"),
    /** Only the words of a heading with nothing under it ("## Enterprise" and then the next section). */
    HEADED("only a heading");

    private final String wording;

    Stance(String wording) {
        this.wording = wording;
    }

    /** How the feedback names the stance beside the words ("SSO: pushed off"). */
    public String wording() {
        return wording;
    }
}
