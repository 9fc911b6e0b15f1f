package app.debrief.loop;

import java.util.Arrays;
import java.util.Optional;

/** The hiring committee's four-point scale, lowest first. */
public enum Lean {
    STRONG_NO_HIRE("strong-no-hire", "Strong no hire"),
    NO_HIRE("no-hire", "No hire"),
    HIRE("hire", "Hire"),
    STRONG_HIRE("strong-hire", "Strong hire");

    private final String id;
    private final String label;

    Lean(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id in rubric.json and in exports: "strong-no-hire". */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** 1 (Strong no hire) to 4 (Strong hire), as a chart plots it. */
    public int points() {
        return ordinal() + 1;
    }

    public static Optional<Lean> of(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    public Lean min(Lean other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
