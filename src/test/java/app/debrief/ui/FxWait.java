package app.debrief.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Waits for what a user would wait for: background work done and the FX thread caught up. */
final class FxWait {

    private FxWait() {
    }

    /** Lets animations (the theme's transitions) run out and the last layout pass happen. */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Up to 20 s; on time-out the failure names what was awaited and what the screen showed. */
    static void until(String what, Supplier<Boolean> condition, Supplier<String> screen) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what + screen.get(), e);
        }
    }
}
