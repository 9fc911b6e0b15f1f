package app.debrief.ui.common;

import app.debrief.bank.Track;
import javafx.scene.control.Label;

/** The small coloured PM or PMM label that tells the two tracks apart wherever a prompt or an attempt is listed. */
public final class TrackTag {

    private TrackTag() {
    }

    public static Label of(Track track) {
        Label tag = new Label(track.name());
        tag.getStyleClass().addAll("tag", track == Track.PM ? "tag-pm" : "tag-pmm");
        return tag;
    }
}
