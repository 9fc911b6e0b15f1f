package app.debrief.practice;

import app.debrief.bank.FollowUp;
import app.debrief.bank.Prompt;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which follow-up the interviewer asks next. Each follow-up of the prompt not asked yet is judged
 * by the gaps of the answer it probes: the one whose biggest gap is biggest wins (a missing point
 * over a touched one over a flagged mistake); between equals, the one probing more gaps; then the
 * one probing the gap that comes first (the prompt's order of points, the rubric's of mistakes);
 * then the pack's own order. A follow-up probing no gap is asked only when none probes one, and
 * then the first the pack lists.
 */
public final class FollowUpChooser {

    static final String NO_GAP = "Asked to take it further: your answer left no gap that a follow-up probes.";

    private record Scored(FollowUp followUp, int packIndex, List<Gap> probed, int bestIndex) {
    }

    private FollowUpChooser() {
    }

    /**
     * The next follow-up of {@code prompt} for an answer with these {@code gaps} (biggest first, as
     * {@link AnswerGaps#of} gives them), leaving out the questions in {@code asked}; empty when every
     * follow-up has been asked.
     */
    public static Optional<ChosenFollowUp> choose(Prompt prompt, List<Gap> gaps, Collection<String> asked) {
        List<FollowUp> open = prompt.followUps().stream().filter(f -> !asked.contains(f.question())).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Optional<Scored> best = java.util.stream.IntStream.range(0, prompt.followUps().size())
                .filter(i -> open.contains(prompt.followUps().get(i)))
                .mapToObj(i -> score(prompt.followUps().get(i), i, gaps))
                .filter(s -> !s.probed().isEmpty())
                .min(Comparator.comparing((Scored s) -> s.probed().get(0).kind())
                        .thenComparing(s -> -s.probed().size())
                        .thenComparingInt(Scored::bestIndex)
                        .thenComparingInt(Scored::packIndex));
        if (best.isEmpty()) {
            return Optional.of(new ChosenFollowUp(open.get(0), Optional.empty(), List.of(), NO_GAP));
        }
        Gap biggest = best.get().probed().get(0);
        return Optional.of(new ChosenFollowUp(best.get().followUp(), Optional.of(biggest), best.get().probed(), biggest.because()));
    }

    private static Scored score(FollowUp f, int packIndex, List<Gap> gaps) {
        List<Gap> probed = gaps.stream().filter(g -> f.probes().contains(g.id())).toList();
        return new Scored(f, packIndex, probed, probed.isEmpty() ? Integer.MAX_VALUE : gaps.indexOf(probed.get(0)));
    }
}
