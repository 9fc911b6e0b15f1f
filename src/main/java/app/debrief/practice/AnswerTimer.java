package app.debrief.practice;

import app.debrief.bank.Phase;
import app.debrief.store.PhaseTime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clock of one answer: time used against the prompt's budget, and the phase the candidate is
 * in with the time spent in each. It reads a {@link Clock}, so tests drive time. Phases advance
 * when the candidate moves on, as in a real interview; the timer only says when a phase has run
 * over its share.
 */
public final class AnswerTimer {

    private final Clock clock;
    private final long budgetMillis;
    private final List<Phase> phases;
    private final long[] phaseMillis;
    private int phase;
    private long elapsedBefore;
    private long runningSince = -1;

    /** A timer that resumes after {@code spent} (empty for a fresh answer). */
    public AnswerTimer(Clock clock, int budgetSeconds, List<Phase> phases, long elapsedMillis, List<PhaseTime> spent) {
        this.clock = clock;
        this.budgetMillis = budgetSeconds * 1000L;
        this.phases = List.copyOf(phases);
        this.phaseMillis = new long[Math.max(1, phases.size())];
        for (int i = 0; i < spent.size() && i < phaseMillis.length; i++) {
            phaseMillis[i] = spent.get(i).millis();
        }
        this.phase = Math.max(0, Math.min(spent.size() - 1, phaseMillis.length - 1));
        this.elapsedBefore = elapsedMillis;
    }

    public void start() {
        if (runningSince < 0) {
            runningSince = clock.millis();
        }
    }

    public void stop() {
        if (runningSince >= 0) {
            long now = clock.millis();
            elapsedBefore += now - runningSince;
            phaseMillis[phase] += now - runningSince;
            runningSince = -1;
        }
    }

    public boolean running() {
        return runningSince >= 0;
    }

    public long elapsedMillis() {
        return elapsedBefore + runningFor();
    }

    /** Negative once the budget is spent. */
    public long remainingMillis() {
        return budgetMillis - elapsedMillis();
    }

    public long budgetMillis() {
        return budgetMillis;
    }

    public boolean overBudget() {
        return remainingMillis() <= 0;
    }

    /** Share of the budget still left, from 1 down to 0 (never below). */
    public double remainingShare() {
        return budgetMillis == 0 ? 0 : Math.max(0, (double) remainingMillis() / budgetMillis);
    }

    public Optional<Phase> currentPhase() {
        return phases.isEmpty() ? Optional.empty() : Optional.of(phases.get(phase));
    }

    public int phaseIndex() {
        return phase;
    }

    public int phaseCount() {
        return phases.size();
    }

    /** Time left in the current phase's share; negative when the phase has run over. */
    public long phaseRemainingMillis() {
        return currentPhase().map(p -> p.minutes() * 60_000L - (phaseMillis[phase] + runningFor())).orElse(0L);
    }

    /**
     * How far the whole answer is ahead of its plan: the phases' shares up to the end of the current
     * one, less the time used. Negative when the answer is behind, whichever phase took the time.
     */
    public long aheadOfPlanMillis() {
        long plan = 0;
        for (int i = 0; i <= phase && i < phases.size(); i++) {
            plan += phases.get(i).minutes() * 60_000L;
        }
        return plan - elapsedMillis();
    }

    public boolean hasNextPhase() {
        return phase + 1 < phases.size();
    }

    /** Moves on to the next phase; the time so far stays with the phase just left. */
    public void nextPhase() {
        if (!hasNextPhase()) {
            return;
        }
        boolean wasRunning = running();
        stop();
        phase++;
        if (wasRunning) {
            start();
        }
    }

    /** Time spent in each phase visited so far (one entry, "Answer", when the prompt has no phases). */
    public List<PhaseTime> phaseTimes() {
        List<PhaseTime> times = new ArrayList<>();
        for (int i = 0; i <= phase; i++) {
            long millis = phaseMillis[i] + (i == phase ? runningFor() : 0);
            times.add(new PhaseTime(phases.isEmpty() ? "Answer" : phases.get(i).name(), millis));
        }
        return times;
    }

    private long runningFor() {
        return runningSince < 0 ? 0 : clock.millis() - runningSince;
    }
}
