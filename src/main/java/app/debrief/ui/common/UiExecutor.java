package app.debrief.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may block (database, checker, files) away from the FX thread and hands the
 * result back on it. Tests use {@link #direct()}, which does everything on the calling thread.
 */
public interface UiExecutor {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs on the FX thread (from the background thread's point of view, "later"). */
    void onUi(Runnable action);

    static UiExecutor direct() {
        return new UiExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }
        };
    }
}
