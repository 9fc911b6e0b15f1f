package app.debrief.rubric.analysis;

import java.util.Set;

/**
 * Lead-ins that govern what follows them: "Parked for now: SSO, audit logs, a DPA", "Out of scope"
 * over a bulleted list on the next lines, "What I wouldn't do:", "OpenAI:", or a short heading line
 * ("What I'd leave out of v1") over the paragraph below it. A lead-in is the opening of a sentence
 * up to a colon, a few words long, or a heading, whose own words defer, negate, criticise or name
 * a competitor, or restate the question ("Prompt: …", "The ask: …": asked, not answered). It
 * governs the rest of its sentence (up to a contrast word), or, when it ends its
 * line, the bulleted lines below it (else the sentence or paragraph below it). A sentence that
 * continues it governs on: "Same for SSO", "Nor residency", "Also audit logs". A sentence with a
 * deferral in it is continued the same way ("SOC 2 can wait. … Same for SSO."). A hand-off ("is
 * legal's problem", "aren't mine to prioritise") pushes off its whole sentence, and, when the
 * sentence opens by pointing back ("These are postponed until…", "That's their job"), the sentence
 * or bulleted list before it; so does a sentence that points back and defers ("None of that before
 * GA", "We'll get to them later"). A short verdict after a colon pushes off the list before it ("SSO,
 * SCIM: later").
 */
final class LeadIns {

    /** A lead-in is at most this many tokens before its colon, or in its heading line. */
    private static final int MAX_LEAD_IN = 8;
    /** A lead-in that ends its sentence (its list follows on the lines below) may be this long. */
    private static final int LONG_LEAD_IN = 16;
    /** Continuations that point back across the sentences between ("Same for SSO"); the others continue the sentence just before. */
    private static final Set<String> STRONG = Set.of("same", "likewise", "ditto", "nor", "similarly");
    private static final Set<String> THIRD_PARTY = Set.of("they", "they'd", "they'll", "they're", "they've", "them", "their", "theirs", "he", "she", "it", "you", "you'd", "you'll", "your");
    /** Criticism cues that name someone's worry, which the list after the lead-in answers, rather than fault that list. */
    private static final Set<String> WORRIES = Set.of("worried", "worry", "worries", "worrying", "concern", "concerns", "concerned", "afraid");
    /** A negating lead-in opens with its negation or a question word ("Not in v1:", "What I wouldn't do:"); a full clause before a colon is a statement. */
    private static final Set<String> NEGATING_OPENINGS = Set.of("what", "things", "where", "not", "no", "never", "non", "won't", "don't", "nothing");
    /** A verdict after a colon that closes a list is at most this many tokens ("not for this card"). */
    private static final int MAX_VERDICT = 5;
    /** A verdict that opens by pointing back may run to this many tokens ("this part I would not put on the card"). */
    private static final int LONG_VERDICT = 10;
    /**
     * A verdict of ours that puts off what it points back to may run to this many tokens ("let's leave those for next year once …"),
     * saying more after the clause that puts it off ("let's not get into that with the press, we'll deal with it offline after launch").
     */
    private static final int OUR_VERDICT = 32;
    /** At most this many tokens, any lead-in with a negation governs ("We won't build:"). */
    private static final int SHORT_LEAD_IN = 4;
    /** The buyer who takes the alternative, in a lead-in that says what they lose. */
    private static final Set<String> BUYERS = Set.of("they", "they'd", "they'll", "you", "you'd", "you'll", "customers", "buyers", "teams");
    /** Words by which a lead-in about the alternative says what it costs the buyer ("What they lose by going DIY:"). */
    private static final Set<String> LOSSES = Set.of("lose", "loses", "losing", "lost", "forgo", "forgoes", "sacrifice", "sacrifices");

    private final AnswerText text;
    private final int[] deferBefore;
    private final int[] deferAfter;
    private final int[] negBefore;
    private final int[] criticBefore;
    private final boolean[] aboutOthers;
    private final int[] continuation;
    private final int[] leadInWords;
    private final int[] handoffs;
    private final int[] restatements;
    private final boolean[] pointsBack;
    private final boolean[] self;
    private final PointingBack pointingBack;
    /** Whether a sentence opening at a token rejects the sentence before it ("I'd reject that: …"). */
    private final java.util.function.IntPredicate rejectsBack;

    LeadIns(AnswerText text, Vocabulary vocabulary, int[] deferBefore, int[] deferAfter, int[] negBefore, int[] criticBefore,
            boolean[] aboutOthers, java.util.function.IntPredicate rejectsBack) {
        this.text = text;
        this.rejectsBack = rejectsBack;
        this.deferBefore = deferBefore;
        this.deferAfter = deferAfter;
        this.negBefore = negBefore;
        this.criticBefore = criticBefore;
        this.aboutOthers = aboutOthers;
        this.continuation = vocabulary.continuations().mark(text);
        this.leadInWords = vocabulary.leadIns().mark(text);
        this.handoffs = vocabulary.handoffs().mark(text);
        this.restatements = vocabulary.restatements().mark(text);
        this.pointsBack = vocabulary.anaphora().starts(text);
        this.self = vocabulary.self().covered(text);
        this.pointingBack = new PointingBack(text, pointsBack, negBefore, criticBefore, deferBefore, deferAfter);
    }

    /** For each token, the stance a lead-in or a continued deferral gives it, or null. */
    Stance[] governed() {
        Stance[] governed = new Stance[text.count()];
        // the stance each sentence hands on to a sentence that continues it
        Stance[] handsOn = new Stance[text.sentences()];
        for (int s = 0; s < text.sentences(); s++) {
            int first = text.firstTokenOfSentence(s);
            int end = sentenceEnd(first);
            if (continuation[first] > 0 && governed[first] == null) {
                Stance carried = continued(s, first, handsOn);
                if (carried != null) {
                    int stop = mentionsSelf(first, end) ? firstSegmentEnd(first, end) : end;
                    fill(governed, carried, first, stop);
                    handsOn[s] = carried;
                }
            }
            int colon = -1;
            for (int j = first; j < end && j - first < LONG_LEAD_IN; j++) {
                // a longer lead-in stands on a line of its own over the list it governs ("Held back until the mode has proven itself:")
                if (text.colonAfter(j) && (j - first < MAX_LEAD_IN || j + 1 == end)) {
                    colon = j;
                    break;
                }
            }
            // "I'd reject that: the licence caps our price" refuses what came before, not what follows
            Stance lead = colon < 0 || rejectsBack.test(first) ? null : stanceOf(first, colon + 1);
            if (lead != null) {
                int last = govern(governed, lead, colon + 1, end, s);
                for (int t = s; t <= last; t++) {
                    handsOn[t] = lead;
                }
            } else if (text.isHeading(s) && (lead = headingStance(first, end)) != null) {
                int last = governParagraphBelow(governed, lead, s);
                for (int t = s; t <= last; t++) {
                    handsOn[t] = lead;
                }
            } else if (handsOn[s] == null && hasDeferral(first, end)) {
                handsOn[s] = Stance.DEFERRED;
            }
            int verdict = trailingVerdict(first, end);
            if (verdict >= 0) {
                fill(governed, Stance.DEFERRED, first, verdict);
                handsOn[s] = Stance.DEFERRED;
            }
            boolean back = pointingBack.pushesOff(first, end);
            if (CueList.anyStartsIn(handoffs, first, end) || back) {
                handOff(governed, s, first, end, back || pointingBack.opensPointingBack(first, end) || handsOffPointedBack(first, end));
                handsOn[s] = Stance.DEFERRED;
            }
        }
        return governed;
    }

    /**
     * A list closed by a short verdict after a colon ("SOC 2, DPA, VPC: not for this card", "SSO,
     * SCIM: later") is pushed off by it, as a lead-in would push off what follows. Returns the
     * colon's token (the end of what the verdict governs), or -1.
     */
    private int trailingVerdict(int first, int end) {
        for (int j = end - 2; j > first && end - 1 - j <= OUR_VERDICT; j--) {
            if (text.colonAfter(j)) {
                int length = end - 1 - j;
                boolean shortOne = length <= MAX_VERDICT && hasDeferral(j + 1, end);
                // a longer verdict points back at the list ("this is not for the battle card"), not at the customer ("they can self-host later");
                // one of ours may run longer ("let's leave those for next year once we see what licensees ask for"), and say more after
                // its first clause ("let's not get into that with the press, we'll deal with enterprise questions offline after launch")
                boolean pointing = length <= LONG_VERDICT && PointingBack.OPENERS.contains(text.norm(j + 1)) && hasDeferral(j + 1, end)
                        || pointingBack.pushesOff(j + 1, end);
                return shortOne || pointing ? j + 1 : -1;
            }
        }
        return -1;
    }

    /** A heading that gives its own time window ("weeks 3-8", "month 2"). */
    private boolean scheduled(int from, int to) {
        return names(from, to, WINDOWS);
    }

    private boolean names(int from, int to, Set<String> words) {
        for (int j = from; j < to; j++) {
            if (words.contains(text.norm(j))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OUR_CARD = Set.of("battlecard", "battlecards", "battle", "card", "vs", "versus", "against", "compared");

    private static final Set<String> WINDOWS = Set.of("week", "weeks", "month", "months", "day", "days", "wk", "wks");

    /** Words inside a hand-off that stand for what came before ("I'd route it to legal", "pick them up after signing"). */
    private static final Set<String> POINTERS = Set.of("it", "that", "this", "them", "those", "these");
    /** How far into its sentence a hand-off's pointer still points at the sentence before. */
    private static final int POINTER_REACH = 8;

    /**
     * True when a hand-off cue near the start of [first, end) carries its own pointer back ("Good
     * question, and I'd route it to legal", "I'd pick those up later"). Further in, the pointer
     * stands for the list the sentence has just given ("As for residency, retention and SSO,
     * that's for their IT team").
     */
    private boolean handsOffPointedBack(int first, int end) {
        for (int k = first; k < end && k - first <= POINTER_REACH; k++) {
            if (k > first && handoffs[k] > 0 && startsWithPointer(k)) {
                continue; // "As for residency, that's for their IT team": the subject "that" is the list just before it
            }
            for (int j = k; j < k + handoffs[k] && j < end; j++) {
                if (POINTERS.contains(text.norm(j)) && !text.text().startsWith("IT", text.start(j))) { // "their IT team" is no pointer
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsWithPointer(int k) {
        String word = text.norm(k);
        return POINTERS.contains(word) || word.endsWith("'s") && POINTERS.contains(word.substring(0, word.length() - 2));
    }

    /** A hand-off pushes off its sentence (up to a contrast), and what it points back to. */
    private void handOff(Stance[] governed, int s, int first, int end, boolean back) {
        for (int j = first; j < end && !(j > first && text.segment(j) != text.segment(j - 1) && contrast(j)); j++) {
            governed[j] = Stance.DEFERRED;
        }
        if (!back || s == 0) {
            return;
        }
        int previous = s - 1;
        boolean list = text.bulletLine(text.line(text.firstTokenOfSentence(previous)));
        for (int t = previous; t >= 0; t--) {
            int start = text.firstTokenOfSentence(t);
            if (t < previous && (!list || !text.bulletLine(text.line(start)) || text.paragraphOfSentence(t) != text.paragraphOfSentence(t + 1))) {
                break;
            }
            fill(governed, Stance.DEFERRED, start, sentenceEnd(start));
        }
    }

    /** The stance a continuing sentence takes: from the sentence before, or, for "Same for …", from the last one in its paragraph that had one. */
    private Stance continued(int s, int first, Stance[] handsOn) {
        boolean strong = STRONG.contains(text.norm(first));
        for (int t = s - 1; t >= 0 && text.paragraphOfSentence(t) == text.paragraphOfSentence(s); t--) {
            if (handsOn[t] != null) {
                return handsOn[t];
            }
            if (!strong) {
                return null;
            }
        }
        return null;
    }

    /** Governs the rest of the sentence, or the lines below; returns the last sentence governed. */
    private int govern(Stance[] governed, Stance lead, int from, int sentenceEnd, int sentence) {
        if (from < sentenceEnd) {
            for (int j = from; j < sentenceEnd && !(j > from && text.segment(j) != text.segment(j - 1) && contrast(j)); j++) {
                governed[j] = lead;
            }
            return sentence;
        }
        int next = sentence + 1;
        if (next >= text.sentences()) {
            return sentence;
        }
        boolean list = text.bulletLine(text.line(text.firstTokenOfSentence(next)));
        int last = sentence;
        for (int s = next; s < text.sentences(); s++) {
            int start = text.firstTokenOfSentence(s);
            if (lead == Stance.ATTRIBUTED && mentionsSelf(start, sentenceEnd(start))) {
                break;
            }
            boolean belongs = s == next
                    || list && text.paragraphOfSentence(s) == text.paragraphOfSentence(s - 1)
                    && (!text.sentenceStartsLine(s) || text.bulletLine(text.line(start)));
            if (!belongs) {
                break;
            }
            fill(governed, lead, start, sentenceEnd(start));
            last = s;
        }
        return last;
    }

    /** A heading governs the paragraph below it (or its bulleted list); returns the last sentence governed. */
    private int governParagraphBelow(Stance[] governed, Stance lead, int heading) {
        int next = heading + 1;
        if (next >= text.sentences()) {
            return heading;
        }
        int paragraph = text.paragraphOfSentence(next);
        int last = heading;
        for (int s = next; s < text.sentences() && text.paragraphOfSentence(s) == paragraph; s++) {
            int start = text.firstTokenOfSentence(s);
            if (s > next && text.isHeading(s) || lead == Stance.ATTRIBUTED && mentionsSelf(start, sentenceEnd(start))) {
                // a competitor's section ends where the answer comes back to us ("we", "our")
                break;
            }
            fill(governed, lead, start, sentenceEnd(start));
            last = s;
        }
        return last;
    }

    /** A heading defers ("Out of scope") or names a competitor ("AWS Bedrock"); a short claim such as "No permission needed" is not a lead-in. */
    private Stance headingStance(int from, int to) {
        if (scheduled(from, to)) {
            return null; // "Phase 2 — Activation (weeks 3-8)" is a step of the plan, not something put off
        }
        Stance stance = stanceOf(from, to);
        if (stance == Stance.ATTRIBUTED && names(from, to, OUR_CARD)) {
            return null; // "Azure AI battlecard: key messages" heads our card against them, not a section about them
        }
        // a heading that says what the alternative loses ("What they lose by going DIY") criticises it in the list below
        boolean losses = stance == Stance.REJECTED && names(from, to, LOSSES);
        return stance == Stance.DEFERRED || stance == Stance.ATTRIBUTED || losses ? stance : null;
    }

    /**
     * What a lead-in's own words do. A negation counts only with words after it to govern ("What I
     * wouldn't do:", not "I'd refuse:", which answers what came before), and one that speaks of a
     * third party ("What they don't get by self-hosting:") describes the alternative, not our plan.
     */
    private Stance stanceOf(int from, int to) {
        if (hasDeferral(from, to) || leadInWordIn(from, to)) {
            return Stance.DEFERRED;
        }
        int negations = 0;
        boolean thirdParty = false;
        for (int j = from; j < to; j++) {
            if (negBefore[j] > 0 && j + negBefore[j] < to) {
                negations++;
            }
            // "What's wrong with closed models:" criticises the list it leads into; "Security teams worried about code leaving the
            // network:" names a worry that the list after it answers
            if (criticBefore[j] > 0 && !WORRIES.contains(text.norm(j))) {
                return Stance.REJECTED;
            }
            thirdParty |= THIRD_PARTY.contains(text.norm(j));
        }
        if (negations % 2 == 1 && claimsAbsence(from, to)) {
            return null; // "No ongoing costs: free to use once downloaded" says what is absent, then why; it negates nothing after it
        }
        if (negations % 2 == 1 && (to - from <= SHORT_LEAD_IN || NEGATING_OPENINGS.contains(text.norm(from)))) {
            // what the alternative lacks ("What they don't get by self-hosting:") is a criticism of it
            return thirdParty ? Stance.REJECTED : Stance.NEGATED;
        }
        if (names(from, to, BUYERS) && names(from, to, LOSSES)) {
            return Stance.REJECTED; // "What they lose by going DIY": what the alternative lacks, a criticism of it
        }
        if (CueList.anyStartsIn(restatements, from, to)) {
            return Stance.QUESTIONED;
        }
        return aboutOthers[from] && aboutOthers[to - 1] ? Stance.ATTRIBUTED : null;
    }

    /**
     * A lead-in word ("Cut:", "What I'd drop:") in [from, to), unless it is a noun in a phrase of its own
     * ("because a 50% cost cut is a story:", "the price drop:"): after an article, a number or a word it
     * measures, it names a change, not what is left out.
     */
    private boolean leadInWordIn(int from, int to) {
        for (int k = from; k < to; k++) {
            boolean noun = k > from && CHANGE_WORDS.contains(text.norm(k))
                    && (NOUN_BEFORE_CUE.contains(text.norm(k - 1)) || Character.isDigit(text.norm(k - 1).charAt(0)));
            if (leadInWords[k] > 0 && !noun) {
                return true;
            }
        }
        return false;
    }

    /** Lead-in words that are also nouns of a change ("a price cut"); "The backlog:" still leaves things out. */
    private static final Set<String> CHANGE_WORDS = Set.of("cut", "cuts", "drop", "drops");
    private static final Set<String> NOUN_BEFORE_CUE = Set.of("a", "an", "the", "our", "their", "its", "this", "that", "cost", "price",
            "rate", "budget", "tax", "%", "percent", "latency", "headcount", "big", "deep", "sharp", "small");

    /** A lead-in that opens with "no" before a noun ("No ongoing costs:", "No vendor lock-in:"), not before a scope ("No to SSO:", "No for v1:"). */
    private boolean claimsAbsence(int from, int to) {
        return text.norm(from).equals("no") && from + 1 < to && !SCOPE_AFTER_NO.contains(text.norm(from + 1));
    }

    private static final Set<String> SCOPE_AFTER_NO = Set.of("to", "for", "in", "at", "before", "until", "v", "mvp", "launch", "way");

    private boolean hasDeferral(int from, int to) {
        return CueList.anyStartsIn(deferBefore, from, to) || CueList.anyStartsIn(deferAfter, from, to);
    }

    private boolean mentionsSelf(int from, int to) {
        for (int j = from; j < to; j++) {
            if (self[j]) {
                return true;
            }
        }
        return false;
    }

    private int sentenceEnd(int first) {
        return text.firstTokenOfSentence(text.sentence(first) + 1);
    }

    private int firstSegmentEnd(int first, int end) {
        int j = first;
        while (j < end && text.segment(j) == text.segment(first)) {
            j++;
        }
        return j;
    }

    private static void fill(Stance[] governed, Stance stance, int from, int to) {
        for (int j = from; j < to; j++) {
            if (governed[j] == null) {
                governed[j] = stance;
            }
        }
    }

    private boolean contrast(int token) {
        String w = text.norm(token);
        return w.equals("but") || w.equals("however") || w.equals("although") || w.equals("whereas") || w.equals("except");
    }
}
