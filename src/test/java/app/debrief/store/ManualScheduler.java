package app.debrief.store;

import app.debrief.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose time moves only when a test says so: tasks run on the test's thread, in
 * order, when {@link #advance} reaches them. Its {@link #clock()} shows the same time, so code
 * that schedules by one and stamps by the other agrees. Also used by the autosave benchmark to
 * run the autosaver's write path on the measuring thread.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final MutableClock clock;
    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private long now;
    private long sequence;
    private boolean shutdown;

    public ManualScheduler(Instant start) {
        this.clock = new MutableClock(start);
    }

    public Clock clock() {
        return clock;
    }

    /** Moves time forward, running every task that falls due on the way, each at its own time. */
    public void advance(Duration by) {
        long target = now + by.toMillis();
        while (!queue.isEmpty() && queue.peek().due <= target) {
            Task<?> task = queue.poll();
            moveTo(Math.max(now, task.due));
            task.run();
        }
        moveTo(target);
    }

    private void moveTo(long millis) {
        clock.advance(Duration.ofMillis(millis - now));
        now = millis;
    }

    /** Runs what is due now (tasks handed to {@code execute}), without moving time. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Tasks waiting and not cancelled. */
    public int waiting() {
        return (int) queue.stream().filter(t -> !t.isCancelled()).count();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return schedule(Executors.callable(command), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Task<V> task = new Task<>(callable, now + unit.toMillis(delay), sequence++);
        queue.add(task);
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("not needed by the code under test");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not needed by the code under test");
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        final long due;
        final long order;

        Task(Callable<V> callable, long due, long order) {
            super(callable);
            this.due = due;
            this.order = order;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - now, TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> o = (Task<?>) other;
            return due != o.due ? Long.compare(due, o.due) : Long.compare(order, o.order);
        }

        @Override
        public boolean cancel(boolean mayInterrupt) {
            queue.remove(this);
            return super.cancel(mayInterrupt);
        }
    }
}
