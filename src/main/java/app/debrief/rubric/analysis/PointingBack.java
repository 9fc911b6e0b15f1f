package app.debrief.rubric.analysis;

import java.util.Set;

/**
 * Sentences that push off what came before them by pointing back at it, as a hand-off does: "None
 * of that before GA", "All of this can wait", "We won't get to any of that in v1", "I'd hold those
 * for a second phase". Read from the cue marks the stance pass already made.
 */
final class PointingBack {

    /** Words that open a sentence or a verdict by pointing back at a list ("they" is left out: it is the customer as often). */
    static final Set<String> OPENERS = Set.of("this", "that", "that's", "these", "those", "none", "all", "both", "neither", "it", "it's");
    /** A pointing-back opening reaches a cue within this many tokens. */
    private static final int REACH = 8;

    private final AnswerText text;
    private final boolean[] pointsBack;
    private final int[] negBefore;
    private final int[] criticBefore;
    private final int[] deferBefore;
    private final int[] deferAfter;

    PointingBack(AnswerText text, boolean[] pointsBack, int[] negBefore, int[] criticBefore, int[] deferBefore, int[] deferAfter) {
        this.text = text;
        this.pointsBack = pointsBack;
        this.negBefore = negBefore;
        this.criticBefore = criticBefore;
        this.deferBefore = deferBefore;
        this.deferAfter = deferAfter;
    }

    /**
     * Whether the words from {@code first} push off what came before them, as a hand-off does:
     * they open by pointing back and defer in their first clause ("None of that before GA", "All of
     * this can wait until the audit"), or we or I refuse or defer something pointed back to ("We
     * won't get to any of that in v1", "We'll get to them later"). A negation or a contrast before
     * the cue keeps what came before ("These can't wait", "That is why we do it now rather than
     * later").
     */
    boolean pushesOff(int first, int end) {
        first = afterFiller(first, end);
        if (ellipticalVerdict(first, end)) {
            return true;
        }
        // "they" points back at customers as often as at a list ("they can self-host later")
        if (pointsBack[first] && OPENERS.contains(text.norm(first))) {
            // "None of that for launch": the negation is the anaphor's own, and a time or scope after it defers
            boolean none = text.norm(first).equals("none");
            for (int j = none ? first + 1 : first; inFirstClause(first, j, end); j++) {
                if (none && (SCOPES.contains(text.norm(j)) || MILESTONES.contains(text.norm(j)) || versionAt(j))) {
                    return true; // "None of that for launch week", "None of that is v1"
                }
                if (negBefore[j] > 0 || criticBefore[j] > 0 || CONTRASTS.contains(text.norm(j))) {
                    return false;
                }
                if (deferBefore[j] > 0 || deferAfter[j] > 0) {
                    return true;
                }
            }
            return false;
        }
        if (!WE.contains(text.norm(first))) {
            return false;
        }
        boolean refusing = false;
        boolean object = false;
        // "I'd keep the ICP to SaaS and come back to those asks next quarter": the clause runs on over "and"
        for (int j = first + 1; j < end && j - first <= LONG_CLAUSE && text.segment(j) == text.segment(first); j++) {
            String word = text.norm(j);
            if (word.equals("and")) {
                if (object || refusing) {
                    // "we ship them in week 2 and the console later": the later thing is another one; and a
                    // refusal's object is in its own clause ("we never get to use it as leverage, and that is why …")
                    return false;
                }
                continue;
            }
            if (!object && negBefore[j] > 0 && doingAfter(j + 1, end)) {
                refusing = true;
            } else if (!object && OBJECTS.contains(word) && !relativeThat(j)) {
                if (refusing) {
                    return true;
                }
                object = true;
            } else if (object && (deferBefore[j] > 0 || deferAfter[j] > 0)) {
                return true;
            } else if (CONTRASTS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A verdict with no subject of its own is about what came before it: "Not for now; account
     * managers can handle them", "Not yet.", "Not in v1." It opens with "not" and a deferral or a
     * milestone right after it, and is not a heading or a lead-in ("Not in v1:") over what follows.
     */
    private boolean ellipticalVerdict(int first, int end) {
        for (int j = first; j < end && j - first <= 3; j++) {
            if (text.colonAfter(j)) {
                return false; // "Not in v1:" leads into a list below
            }
        }
        if (!text.norm(first).equals("not") || text.isHeading(text.sentence(first))) {
            return false;
        }
        for (int j = first + 1; j < end && j - first <= 2 && text.segment(j) == text.segment(first); j++) {
            if (deferBefore[j] > 0 || deferAfter[j] > 0 || MILESTONES.contains(text.norm(j)) || versionAt(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "We never ship under a licence that restricts resale": a "that" after a noun opens a relative clause, it does not
     * point back; after a verb or a preposition ("we won't do that", "any of that") it does.
     */
    private boolean relativeThat(int j) {
        return text.norm(j).equals("that") && j > 0 && !DOING.contains(text.norm(j - 1))
                && !BEFORE_POINTER.contains(text.norm(j - 1));
    }

    private static final Set<String> BEFORE_POINTER = Set.of("of", "to", "on", "with", "about", "for", "into", "at", "in", "all", "like",
            "beyond", "past", "after", "before", "until");

    /** Whether a verb of doing stands at {@code k}, perhaps after "try to" ("we shouldn't try to answer all of that at launch"). */
    private boolean doingAfter(int k, int end) {
        if (k + 2 < end && ATTEMPTS.contains(text.norm(k)) && text.norm(k + 1).equals("to")) {
            k += 2;
        }
        return k < end && DOING.contains(text.norm(k));
    }

    private static final Set<String> ATTEMPTS = Set.of("try", "attempt", "bother", "want", "need", "have", "plan", "aim");

    /** Whether the sentence from {@code first} opens by pointing back, perhaps after a filler ("Honestly, that's a v2 list"). */
    boolean opensPointingBack(int first, int end) {
        return pointsBack[afterFiller(first, end)];
    }

    /** The first token after a leading filler word ("Honestly", "Frankly", "Realistically"), or {@code first}. */
    private int afterFiller(int first, int end) {
        return first + 1 < end && FILLERS.contains(text.norm(first)) ? first + 1 : first;
    }

    /** Words a verdict may open with before what it says ("Honestly, that's a v2 list", "Frankly, that would be a mistake"). */
    static final Set<String> FILLERS = Set.of("honestly", "frankly", "realistically", "candidly", "truthfully", "look", "well", "so",
            "ok", "okay", "basically", "really", "but", "and", "again", "personally", "still");

    /** "v1", "v2": a version, as the text cuts it ("v", "1"). */
    private boolean versionAt(int j) {
        return text.norm(j).equals("v") && j + 1 < text.count() && Character.isDigit(text.norm(j + 1).charAt(0));
    }

    private static final Set<String> MILESTONES = Set.of("mvp", "launch", "ga", "now", "yet", "today");
    /** How far a clause of ours may run before the word that points back ("I'd keep … and come back to those"). */
    private static final int LONG_CLAUSE = 16;

    private boolean inFirstClause(int first, int j, int end) {
        return j < end && j - first <= REACH && text.segment(j) == text.segment(first);
    }

    /** We or I as the subject of a sentence ("We'll get to them later"); the stance pass reads it too. */
    static final Set<String> WE = Set.of("we", "we'll", "we'd", "i", "i'll", "i'd", "let's");
    private static final Set<String> OBJECTS = Set.of("them", "those", "these", "that", "this", "all");
    /** Verbs of doing that a refusal ("we won't get to any of that") puts off. */
    private static final Set<String> DOING = Set.of("get", "do", "build", "put", "touch", "cover", "include", "ship", "add", "support",
            "offer", "handle", "tackle", "address", "bother", "promise", "spend", "go", "discuss", "mention", "doing", "building",
            "shipping", "putting", "covering", "adding", "prioritise", "prioritize", "resolve", "solve", "answer", "fix", "produce", "sink",
            "invest", "deliver", "resolving", "solving", "answering", "producing", "delivering");
    private static final Set<String> SCOPES = Set.of("before", "until", "till", "pre", "for", "in", "at", "during");
    private static final Set<String> CONTRASTS = Set.of("rather", "instead", "than", "why", "because", "not", "no", "never", "and", "but",
            "while", "whereas");
}
