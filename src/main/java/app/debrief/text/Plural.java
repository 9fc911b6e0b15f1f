package app.debrief.text;

/** How counts read: "1 word", "2 words", the same on screen, in a report and on the command line. */
public final class Plural {

    private Plural() {
    }

    /** The count and the noun agreeing with it; the plural adds an s ("word", "words"). */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    public static String of(long count, String singular, String plural) {
        return count + " " + noun(count, singular, plural);
    }

    /** Only the noun, for a count written elsewhere ("2 answers match"). */
    public static String noun(long count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }
}
