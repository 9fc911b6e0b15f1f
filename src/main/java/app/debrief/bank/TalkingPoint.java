package app.debrief.bank;

import java.util.List;

/** Something a strong answer to a prompt covers, with the phrases that show it is covered. */
public record TalkingPoint(String id, String label, List<String> cues) {
    public TalkingPoint {
        cues = List.copyOf(cues);
    }
}
