package app.debrief.ui.common;

import app.debrief.review.FeedbackRecheck;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Checking past answers again after the checker changed, in the background, with its progress
 * for the screens to show. Each batch is its own task on the work thread, so whatever the user
 * asks for meanwhile waits for one batch at most.
 */
public final class RecheckStatus {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper completed = new ReadOnlyIntegerWrapper(0);
    private int total;
    private int done;

    /** Starts unless all stored feedback is already the current checker's. */
    public void start(UiServices services, FeedbackRecheck recheck) {
        services.executor().run(() -> recheck.remaining(services.store()), remaining -> {
            if (remaining == 0) {
                return;
            }
            total = remaining;
            done = 0;
            running.set(true);
            show();
            next(services, recheck);
        }, error -> message.set("Your past answers could not be checked again: " + error.getMessage()));
    }

    private void next(UiServices services, FeedbackRecheck recheck) {
        services.executor().run(() -> recheck.step(services.store()), checked -> {
            done += checked;
            if (checked == 0 || done >= total) {
                running.set(false);
                message.set(Format.count(done, "past answer", "past answers") + " checked again with the new checker ("
                        + recheck.checkerVersion() + "), so progress and practise next compare like with like.");
                completed.set(completed.get() + 1);
            } else {
                show();
                next(services, recheck);
            }
        }, error -> {
            running.set(false);
            message.set("Checking past answers again stopped after " + done + " of " + total + ": " + error.getMessage());
        });
    }

    private void show() {
        message.set("Checking your " + Format.count(total, "past answer", "past answers") + " again with the new checker: "
                + done + " of " + total + " done. Progress shows old and new verdicts mixed until it finishes.");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Goes up by one each time a recheck finishes: screens that show verdicts reload then. */
    public ReadOnlyIntegerProperty completedProperty() {
        return completed.getReadOnlyProperty();
    }
}
