package app.debrief.review;

import app.debrief.rubric.Feedback;
import app.debrief.rubric.Mistake;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.Rubric;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.store.Attempt;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Puts two attempts at the same prompt side by side: what changed in the words, the mistakes, time and length. */
public final class AttemptComparer {

    private static final Comparator<Attempt> BY_TIME = Comparator.comparing(AttemptComparer::when).thenComparingLong(Attempt::id);

    private AttemptComparer() {
    }

    /**
     * Orders the two by submit (else start) time, then id; IllegalArgumentException if they answer
     * different prompt ids. Each feedback goes with the attempt before it. Mistakes come in rubric
     * order, judged on whether the newer answer is flagged and the older one was.
     */
    public static Comparison compare(Attempt a, Feedback fa, Attempt b, Feedback fb, Rubric rubric) {
        if (!a.prompt().id().equals(b.prompt().id())) {
            throw new IllegalArgumentException("attempts " + a.id() + " and " + b.id() + " answer different prompts: "
                    + a.prompt().id() + " and " + b.prompt().id());
        }
        boolean inOrder = BY_TIME.compare(a, b) <= 0;
        Attempt older = inOrder ? a : b;
        Attempt newer = inOrder ? b : a;
        Feedback before = inOrder ? fa : fb;
        Feedback after = inOrder ? fb : fa;
        List<MistakeComparison> mistakes = rubric.mistakes().stream()
                .map(m -> new MistakeComparison(m.id(), m.title(), change(m, before, after)))
                .toList();
        return new Comparison(older, newer, diff(older.answer(), newer.answer()), mistakes,
                newer.elapsedMillis() - older.elapsedMillis(), newer.words() - older.words(),
                covered(before), covered(after), Math.max(before.talkingPoints().size(), after.talkingPoints().size()));
    }

    /** A word-level diff of two texts; see {@link WordDiff} for what its segments promise. */
    public static WordDiff diff(String older, String newer) {
        return WordDiffer.diff(older, newer);
    }

    static MistakeChange change(Mistake mistake, Feedback before, Feedback after) {
        Optional<MistakeFinding> now = after.mistake(mistake.id()).filter(MistakeFinding::applies);
        if (now.isEmpty()) {
            return MistakeChange.NOT_APPLICABLE;
        }
        boolean was = before.mistake(mistake.id()).filter(MistakeFinding::applies).map(MistakeFinding::flagged).orElse(false);
        boolean is = now.get().flagged();
        if (was) {
            return is ? MistakeChange.STILL_THERE : MistakeChange.FIXED;
        }
        return is ? MistakeChange.NEW : MistakeChange.CLEAR;
    }

    private static Instant when(Attempt a) {
        return a.submittedAt().orElse(a.startedAt());
    }

    private static int covered(Feedback f) {
        return (int) f.talkingPoints().stream().filter(TalkingPointFinding::covered).count();
    }
}
