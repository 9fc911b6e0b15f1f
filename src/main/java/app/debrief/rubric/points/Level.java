package app.debrief.rubric.points;

import java.util.Locale;

/** How far an answer takes a talking point. */
public enum Level {
    /** Not in the answer. */
    MISSING,
    /** Named, not argued. */
    TOUCHED,
    /** Argued with substance: a figure of its own, a mechanism or a reason. */
    DEVELOPED;

    /** The name in the JSON contract and the feedback: "missing", "touched", "developed". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name at the head of a line: "Missing", "Touched", "Developed". */
    public String title() {
        String id = id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    public static Level of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
