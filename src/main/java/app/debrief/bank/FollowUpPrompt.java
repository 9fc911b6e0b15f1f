package app.debrief.bank;

import java.util.List;
import java.util.Optional;

/**
 * A follow-up as a prompt of its own, so it is answered, timed, saved and checked like any answer:
 * its question and budget are the follow-up's, and its talking points are only those it probes
 * (the checker grades what the interviewer asked about, not the whole prompt again). Track, kind
 * and warned words stay the main prompt's, so the same mistakes apply.
 *
 * <p>Its id is the main prompt's with {@value #MARK} after it: pack ids are kebab-case, so it can
 * never be taken for a prompt of the bank, and the main prompt is found again from it.
 */
public final class FollowUpPrompt {

    static final String MARK = "#follow-up";

    private FollowUpPrompt() {
    }

    /** The prompt that {@code followUp} of {@code main} is answered as. */
    public static Prompt of(Prompt main, FollowUp followUp) {
        List<TalkingPoint> probed = main.talkingPoints().stream().filter(t -> followUp.probes().contains(t.id())).toList();
        List<ReferencePart> reference = main.reference().stream().filter(r -> followUp.probes().contains(r.point())).toList();
        return new Prompt(main.id() + MARK, main.track(), main.kind(), "Follow-up: " + main.title(), followUp.question(),
                followUp.minutes(), List.of(), probed, List.of(), reference, main.warnedTerms(), main.source());
    }

    /** True for a prompt made by {@link #of}. */
    public static boolean is(Prompt prompt) {
        return prompt.id().endsWith(MARK);
    }

    /** The id of the main prompt a follow-up prompt was made from. */
    public static Optional<String> mainId(Prompt prompt) {
        return is(prompt) ? Optional.of(prompt.id().substring(0, prompt.id().length() - MARK.length())) : Optional.empty();
    }

    /**
     * The follow-up prompt as {@code main} makes it today: the same question asked of the main
     * prompt as the bank has it now. Empty when the pack no longer asks that question.
     */
    public static Optional<Prompt> again(Prompt followUpPrompt, Prompt main) {
        return main.followUps().stream().filter(f -> f.question().equals(followUpPrompt.question())).findFirst()
                .map(f -> of(main, f));
    }
}
