package app.debrief.ui.loop;

import app.debrief.store.LoopStage;
import app.debrief.ui.common.UiServices;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The clock of a sitting's current stage (a break or a round) as the loop keeps it: it runs from
 * the time already spent once the screen is up, and is saved every second, so a crash, a kill or
 * a closed window resumes within a second of where it stopped. A round's clock times one answer
 * (the round's own, then its follow-up's) and is saved only while the round is on that answer.
 */
final class StageClock {

    private final UiServices services;
    private final long sittingId;
    private final LoopStage stage;
    private final int round;
    private final Optional<Long> answer;
    private final long before;
    private long shownAt = -1;
    private long lastBeat;

    /** The clock of a break. */
    StageClock(UiServices services, long sittingId, int round, long before) {
        this(services, sittingId, LoopStage.BREAK, round, Optional.empty(), before);
    }

    /** The clock of the round's answer {@code attemptId}. */
    StageClock(UiServices services, long sittingId, int round, long attemptId, long before) {
        this(services, sittingId, LoopStage.ROUND, round, Optional.of(attemptId), before);
    }

    private StageClock(UiServices services, long sittingId, LoopStage stage, int round, Optional<Long> answer, long before) {
        this.services = services;
        this.sittingId = sittingId;
        this.stage = stage;
        this.round = round;
        this.answer = answer;
        this.before = before;
    }

    private void save(long elapsed, Instant at) {
        if (answer.isPresent()) {
            services.store().loops().heartbeat(sittingId, round, answer.get(), elapsed, at);
        } else {
            services.store().loops().heartbeat(sittingId, stage, round, elapsed, at);
        }
    }

    /** The screen is up: the clock runs. */
    void start() {
        if (shownAt < 0) {
            shownAt = services.clock().millis();
            lastBeat = shownAt;
        }
    }

    boolean running() {
        return shownAt >= 0;
    }

    long elapsedMillis() {
        return before + (shownAt < 0 ? 0 : services.clock().millis() - shownAt);
    }

    /** Called a few times a second: saves the clock (off the FX thread) once a second has passed. */
    void tick(Consumer<String> failed) {
        long now = services.clock().millis();
        if (shownAt < 0 || now - lastBeat < 1_000) {
            return;
        }
        lastBeat = now;
        long elapsed = elapsedMillis();
        services.executor().run(() -> {
            save(elapsed, Instant.ofEpochMilli(now));
            return elapsed;
        }, x -> { }, e -> failed.accept("The loop's clock could not be saved: " + e.getMessage()));
    }

    /** The window is closing: saves the clock now, on this thread, briefly, and stops it. */
    void stop() {
        if (shownAt >= 0) {
            save(elapsedMillis(), Instant.now(services.clock()));
        }
        shownAt = -1;
    }

    /** The screen is left: saves the clock where it is (off the FX thread) and stops it. */
    void leave(Consumer<String> failed) {
        if (shownAt < 0) {
            return;
        }
        long elapsed = elapsedMillis();
        Instant at = Instant.now(services.clock());
        shownAt = -1;
        services.executor().run(() -> {
            save(elapsed, at);
            return elapsed;
        }, x -> { }, e -> failed.accept("The loop's clock could not be saved: " + e.getMessage()));
    }

    /** The stage is over (its round handed in): nothing more to save. */
    void halt() {
        shownAt = -1;
    }
}
