package app.debrief.loop;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.bank.PromptKind;
import app.debrief.review.PractiseQueue;
import app.debrief.review.Suggestion;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.Rubric;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStatus;
import app.debrief.store.AttemptStore;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.HistoryQuery;
import app.debrief.store.LoopSitting;
import app.debrief.store.ProgressPoint;
import app.debrief.store.SittingRound;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Builds a sitting's debrief packet from the store: the rounds handed in (with the feedback kept
 * for them, rechecked like any answer's), the committee's view, and a practise-next item for each
 * thing to fix, chosen from the candidate's own queue for the loop's track. Blocks on the store.
 */
public final class PacketBuilder {

    /** The most recent answers the practise-next queue reads, as on the progress screen. */
    static final int HISTORY = 1_000;

    private final AttemptStore store;
    private final PromptBank bank;
    private final Rubric rubric;
    private final Committee committee;
    private final Clock clock;
    private final ZoneId zone;

    public PacketBuilder(AttemptStore store, PromptBank bank, Rubric rubric, Committee committee, Clock clock, ZoneId zone) {
        this.store = store;
        this.bank = bank;
        this.rubric = rubric;
        this.committee = committee;
        this.clock = clock;
        this.zone = zone;
    }

    public Optional<DebriefPacket> build(long sittingId) {
        return store.loops().sitting(sittingId).map(this::build);
    }

    public DebriefPacket build(LoopSitting sitting) {
        List<RoundResult> rounds = rounds(store, bank, sitting);
        CommitteeView view = committee.judge(rounds);
        List<Suggestion> queue = queue(sitting);
        Set<String> sat = rounds.stream().map(r -> r.prompt().id()).collect(Collectors.toSet());
        List<DebriefPacket.LinkedFix> fixes = new ArrayList<>();
        Set<String> linked = new java.util.HashSet<>();
        for (CommitteeView.Fix f : view.fixes()) {
            Optional<Suggestion> practise = practise(f, queue, sat, linked);
            practise.ifPresent(s -> linked.add(s.prompt().id()));
            fixes.add(new DebriefPacket.LinkedFix(f, practise));
        }
        return new DebriefPacket(sitting, rounds, view, fixes, Instant.now(clock));
    }

    /** The rounds of {@code sitting} that were handed in, with their feedback, their follow-ups and the candidate's own lean. */
    public static List<RoundResult> rounds(AttemptStore store, PromptBank bank, LoopSitting sitting) {
        Map<Long, List<FollowUpAnswer>> followUps = store.followUps().of(sitting.rounds().stream()
                .flatMap(r -> r.attemptId().stream()).toList());
        List<RoundResult> rounds = new ArrayList<>();
        for (SittingRound r : sitting.rounds()) {
            Optional<Attempt> attempt = r.attemptId().flatMap(store::attempt).filter(a -> a.status() == AttemptStatus.SUBMITTED);
            Optional<Feedback> feedback = attempt.flatMap(a -> store.feedback(a.id()));
            if (attempt.isEmpty() || feedback.isEmpty()) {
                continue;
            }
            Attempt a = attempt.get();
            Prompt p = a.prompt();
            rounds.add(new RoundResult(r.number(), a.id(), p, bank.kind(p.kind()).map(PromptKind::label).orElse(p.kind()),
                    feedback.get(), a.elapsedMillis(), a.words(), r.selfGrade().flatMap(Lean::of), followUps.getOrDefault(a.id(), List.of())));
        }
        return rounds;
    }

    private List<Suggestion> queue(LoopSitting sitting) {
        HistoryQuery filter = HistoryQuery.newest(1).withStatuses(AttemptStatus.SUBMITTED).withTrack(sitting.track());
        int total = store.history(filter).total();
        List<ProgressPoint> points = store.progress(filter.page(Math.max(0, total - HISTORY), HISTORY));
        return PractiseQueue.build(bank, points, rubric, clock, zone, Optional.of(sitting.track()), bank.forTrack(sitting.track()).size());
    }

    /**
     * For a mistake, the first item of the queue whose prompt the mistake is checked in; for a
     * talking point, the first of the round's kind. Prompts of this sitting, and those already
     * linked to another fix, come last.
     */
    private Optional<Suggestion> practise(CommitteeView.Fix fix, List<Suggestion> queue, Set<String> sat, Set<String> linked) {
        Predicate<Prompt> trains = fix.mistakeId().isPresent()
                ? p -> rubric.mistake(fix.mistakeId().get()).flatMap(m -> m.checkFor(p.track(), Optional.of(p.kind()))).isPresent()
                : p -> fix.kind().map(k -> k.equals(p.kind())).orElse(false);
        return queue.stream().filter(s -> trains.test(s.prompt()))
                .min(Comparator.comparing((Suggestion s) -> linked.contains(s.prompt().id()))
                        .thenComparing(s -> sat.contains(s.prompt().id())).thenComparingInt(queue::indexOf));
    }
}
