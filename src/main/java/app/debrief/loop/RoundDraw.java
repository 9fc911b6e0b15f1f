package app.debrief.loop;

import app.debrief.bank.Phase;
import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.store.PromptStats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The prompts of a loop's rounds, drawn when the loop starts: for a round of a kind, one at random
 * among that kind's prompts the candidate has answered least (never one already in this loop, while
 * the kind has others); a fixed round takes its prompt. Each prompt carries the round's budget.
 */
public final class RoundDraw {

    private RoundDraw() {
    }

    /** {@code seen}: how often each prompt id was answered (a prompt missing from it never was). */
    public static List<Prompt> draw(Loop loop, PromptBank bank, Map<String, Integer> seen, Random random) {
        List<Prompt> drawn = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (LoopRound round : loop.rounds()) {
            Prompt prompt;
            if (round instanceof LoopRound.Fixed fixed) {
                prompt = bank.byId(fixed.promptId()).orElseThrow(() -> new IllegalArgumentException(
                        "loop " + loop.id() + " names prompt " + fixed.promptId() + ", which is not in the bank"));
            } else {
                String kind = ((LoopRound.OfKind) round).kind();
                List<Prompt> ofKind = bank.forTrack(loop.track()).stream().filter(p -> p.kind().equals(kind)).toList();
                List<Prompt> fresh = ofKind.stream().filter(p -> !used.contains(p.id())).toList();
                List<Prompt> pool = fresh.isEmpty() ? ofKind : fresh;
                if (pool.isEmpty()) {
                    throw new IllegalArgumentException("loop " + loop.id() + " draws a " + kind + " prompt, and there is none");
                }
                int least = pool.stream().mapToInt(p -> seen.getOrDefault(p.id(), 0)).min().orElseThrow();
                List<Prompt> leastSeen = pool.stream().filter(p -> seen.getOrDefault(p.id(), 0) == least)
                        .sorted(Comparator.comparing(Prompt::id)).toList();
                prompt = leastSeen.get(random.nextInt(leastSeen.size()));
            }
            used.add(prompt.id());
            drawn.add(budgeted(prompt, round.minutes()));
        }
        return drawn;
    }

    /** How often each prompt was answered, from the store's statistics. */
    public static Map<String, Integer> seen(Map<String, PromptStats> stats) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        stats.forEach((id, s) -> seen.put(id, s.attempts()));
        return seen;
    }

    /**
     * The prompt with the round's budget; its phases, if any, keep their shares of it (each at
     * least a minute, the last taking what is left), or are dropped when the budget is too short.
     */
    static Prompt budgeted(Prompt p, int minutes) {
        if (p.minutes() == minutes) {
            return p;
        }
        List<Phase> phases = new ArrayList<>();
        if (!p.phases().isEmpty() && minutes >= p.phases().size()) {
            int left = minutes;
            for (int i = 0; i < p.phases().size(); i++) {
                Phase phase = p.phases().get(i);
                int rest = p.phases().size() - i - 1;
                int share = i == p.phases().size() - 1 ? left
                        : Math.max(1, Math.min(left - rest, Math.round((float) phase.minutes() * minutes / p.minutes())));
                phases.add(new Phase(phase.name(), share));
                left -= share;
            }
        }
        return new Prompt(p.id(), p.track(), p.kind(), p.title(), p.question(), minutes, phases, p.talkingPoints(), p.followUps(),
                p.reference(), p.warnedTerms(), p.source());
    }
}
