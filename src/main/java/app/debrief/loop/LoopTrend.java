package app.debrief.loop;

import app.debrief.bank.PromptBank;
import app.debrief.bank.Track;
import app.debrief.rubric.Mistake;
import app.debrief.rubric.Rubric;
import app.debrief.store.AttemptStore;
import app.debrief.store.LoopSitting;
import app.debrief.store.LoopStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The finished loops, oldest first, as the progress screen charts them: each loop's lean and how often each mistake was flagged. */
public final class LoopTrend {

    /**
     * One finished sitting: its lean, and per mistake (in rubric order, those that applied to a round)
     * the share of its rounds where the mistake applied that flagged it.
     */
    public record Point(long sittingId, String title, Track track, Instant startedAt, Lean lean, Map<String, Double> flaggedShare) {
        public Point {
            flaggedShare = Collections.unmodifiableMap(new LinkedHashMap<>(flaggedShare));
        }
    }

    private LoopTrend() {
    }

    /** The latest {@code limit} ended sittings' finished ones (of one track, if given), oldest first. Blocks on the store. */
    public static List<Point> of(AttemptStore store, PromptBank bank, Rubric rubric, Committee committee, Optional<Track> track, int limit) {
        return over(store.loops().ended(Optional.empty(), limit), s -> PacketBuilder.rounds(store, bank, s), rubric, committee, track);
    }

    /**
     * The trend over {@code ended} sittings, newest first as the store lists them: the finished ones
     * of {@code track} (abandoned loops are no committee's verdict), oldest first, each judged on its
     * rounds handed in; a sitting without one is left out.
     */
    static List<Point> over(List<LoopSitting> ended, Function<LoopSitting, List<RoundResult>> roundsOf, Rubric rubric, Committee committee,
                            Optional<Track> track) {
        List<Point> points = new ArrayList<>();
        for (LoopSitting s : ended) {
            if (s.status() != LoopStatus.FINISHED || track.map(t -> t != s.track()).orElse(false)) {
                continue;
            }
            List<RoundResult> rounds = roundsOf.apply(s);
            if (!rounds.isEmpty()) {
                points.add(point(s, rounds, rubric, committee));
            }
        }
        Collections.reverse(points);
        return points;
    }

    static Point point(LoopSitting s, List<RoundResult> rounds, Rubric rubric, Committee committee) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Mistake m : rubric.mistakes()) {
            long applied = rounds.stream().filter(r -> r.feedback().mistake(m.id()).filter(f -> f.applies()).isPresent()).count();
            if (applied > 0) {
                shares.put(m.id(), (double) rounds.stream().filter(r -> r.flagged(m.id())).count() / applied);
            }
        }
        return new Point(s.id(), s.title(), s.track(), s.startedAt(), committee.judge(rounds).lean(), shares);
    }
}
