package app.debrief.ui.loop;

import app.debrief.loop.DebriefPacket;
import app.debrief.loop.PacketExport;
import app.debrief.review.Suggestion;
import app.debrief.store.LoopStatus;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;

/** The debrief packet of a sitting, read-only: the committee's view, each round's findings, and exports. */
public final class PacketViewModel {

    private final UiServices services;
    private final Navigator navigator;
    private final DebriefPacket packet;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PacketViewModel(UiServices services, Navigator navigator, DebriefPacket packet) {
        this.services = services;
        this.navigator = navigator;
        this.packet = packet;
        if (packet.sitting().status() == LoopStatus.ABANDONED) {
            status.set("This loop was abandoned after " + packet.rounds().size() + " of " + packet.sitting().rounds().size()
                    + " rounds; the committee read the rounds handed in.");
        }
    }

    public DebriefPacket packet() {
        return packet;
    }

    /** Opens the prompt that trains a thing to fix in the picker, to answer it in practice or as a mock. */
    public void practise(Suggestion suggestion) {
        navigator.practise(suggestion.prompt());
    }

    public void history() {
        navigator.history();
    }

    /** A file name to offer: "debrief-pmm-onsite-2026-11-29.pdf". */
    public String suggestedName(PacketExport.Format format) {
        return "debrief-" + packet.sitting().loopId() + "-" + packet.sitting().startedAt().atZone(services.zone()).toLocalDate()
                + "." + format.extension();
    }

    public void export(PacketExport.Format format, Path target) {
        services.executor().run(() -> {
            PacketExport.writeFile(packet, format, target);
            return target;
        }, written -> status.set("The packet is in " + written + "."), e -> status.set("Could not write " + target + ": " + e.getMessage()));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
