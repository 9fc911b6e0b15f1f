package app.debrief.ui.followup;

import app.debrief.practice.ChosenFollowUp;
import app.debrief.practice.Interviewer;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.util.Optional;

/**
 * In practice, the follow-up the debrief offers after a hand-in: taken, it is asked (its answer
 * starts, timed by its own budget); skipped, the offer goes.
 */
public final class FollowUpOffer {

    private final UiServices services;
    private final Navigator navigator;
    private final long mainId;
    private final ReadOnlyObjectWrapper<Optional<ChosenFollowUp>> offer;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private boolean taking;

    public FollowUpOffer(UiServices services, Navigator navigator, long mainId, Optional<ChosenFollowUp> offer) {
        this.services = services;
        this.navigator = navigator;
        this.mainId = mainId;
        this.offer = new ReadOnlyObjectWrapper<>(offer);
    }

    public ReadOnlyObjectProperty<Optional<ChosenFollowUp>> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    public BooleanBinding offered() {
        return Bindings.createBooleanBinding(() -> offer.get().isPresent(), offer);
    }

    public String question() {
        return offer.get().map(c -> c.followUp().question()).orElse("");
    }

    public String reason() {
        return offer.get().map(ChosenFollowUp::reason).orElse("");
    }

    /** "Answer it (3 min)". */
    public String takeText() {
        return offer.get().map(c -> "Answer it (" + c.followUp().minutes() + " min)").orElse("");
    }

    /** Asks the follow-up and opens its answer. */
    public void take() {
        Optional<ChosenFollowUp> chosen = offer.get();
        if (chosen.isEmpty() || taking) {
            return;
        }
        taking = true;
        Instant now = Instant.now(services.clock());
        services.executor().run(() -> new Interviewer(services.store()).ask(mainId, chosen.get(), now),
                ask -> navigator.answer(ask.attempt()), e -> {
                    taking = false;
                    error.set("The follow-up could not be started: " + e.getMessage());
                });
    }

    public void skip() {
        offer.set(Optional.empty());
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
