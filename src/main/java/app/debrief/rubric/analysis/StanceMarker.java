package app.debrief.rubric.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stance pass: for a term hit, what the answer does with it (see {@link Stance}). It reads
 * cues around the hit within the units the cue reaches (clause, segment), the lead-ins that govern
 * lists ({@link LeadIns}), and whether the hit is about a competitor ({@link Attribution}).
 * Cue marks are computed once per answer, on the first question.
 */
final class StanceMarker {

    /** Openings that make their whole sentence hypothetical ("If we were acquired, they could stop releasing …"). */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "suppose", "supposing", "imagine", "were", "should", "had");
    /** Words that do not keep a cue from its term ("and", "the", "our"). */
    private static final Set<String> LITTLE = Set.of("and", "or", "plus", "a", "an", "the", "our", "their", "your", "its", "any", "all",
            "also", "even", "just", "too", "of", "for");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "our", "their", "its", "your", "them", "it", "this", "that", "these", "those", "any", "all");
    /** How far back a comma list may run from its head ("no SSO, audit logs or SCIM"). */
    private static final int LIST_REACH = 6;
    /** A clause of at most this many tokens can be an item of a comma list. */
    private static final int LIST_ITEM = 4;

    private final AnswerText text;
    private final Vocabulary vocabulary;
    private final StanceWords words;
    private int[] negBefore;
    private boolean[] negAfter;
    private boolean[] terminator;
    private int[] deferBefore;
    private int[] deferAfter;
    private int[] deemphBefore;
    private int[] deemphAfter;
    private int[] displacing;
    private int[] criticBefore;
    private int[] criticAfter;
    private int[] removeBefore;
    private int[] removeAfter;
    private boolean[] absorber;
    private int[] disparageBefore;
    private int[] disparageAfter;
    private int[] hypothetical;
    private int[] endorsement;
    private int[] clauseStart;
    private Stance[] governed;
    private boolean[] aboutOthers;
    private boolean[] self;
    /** Per sentence, whether the next one opens by rejecting it ("I'd reject that", "That would be a mistake"). */
    private boolean[] rejectedByNext;
    private int[] rejections;
    /** Whether the text says "we", "our" or "I" anywhere: an answer speaks for us, a news item does not. */
    private boolean speaksForUs;
    private int[] depth;
    private int[] quoteOpens;
    /** Per sentence, where each buyer's ask in it ends, and whether the rest of the sentence answers it (computed once a sentence). */
    private int[][] askEnds;
    private boolean[][] answered;

    StanceMarker(AnswerText text, Vocabulary vocabulary) {
        this.text = text;
        this.vocabulary = vocabulary;
        this.words = vocabulary.words();
    }

    /**
     * The stance of the hit on tokens [from, to) of {@code lexicon}; {@code own} marks the tokens of
     * all its hits, so the items of a list of them read as one.
     */
    Stance stance(int from, int to, LexiconSpec lexicon, boolean[] own) {
        if (negBefore == null) {
            mark();
        }
        if (text.isEmptyHeading(text.sentence(from))) {
            return Stance.HEADED;
        }
        Stance below = text.isHeading(text.sentence(from)) ? stanceBelow(text.sentence(from), lexicon, own) : null;
        if (below != null) {
            // "## Governance" over "Residency, keys and audit logs are reasonable asks, but they're premature for v1.", "Adapter
            // download" over "Some people will ask to download their adapter": the heading names what its first line does with it
            return below;
        }
        if (lexicon.attributable() && aboutOthers[from] && !(lexicon.ownInReports() && !speaksForUs)) {
            return Stance.ATTRIBUTED;
        }
        if (governed[from] != null && !(governed[from] == Stance.ATTRIBUTED && !lexicon.attributable() && underTitle(from))) {
            return governed[from];
        }
        boolean refusedNext = rejectedByNext[text.sentence(from)];
        if (lexicon.removable() && (refusedNext || refusedAfterColon(from)) || refusedNext && negated(from, to, own, 0)) {
            // "We could keep the weights to ourselves. I'd reject that: …", "Flagship API-only: safe, but it abandons …": an option
            // raised to be refused; and what the refused option negates is refused with it ("… stop publishing the weights so
            // that nobody compares our API against self-hosting. I'd push back hard.")
            return Stance.REJECTED;
        }
        if (text.isQuestion(text.sentence(from)) || !lexicon.removable() && (inBuyersWords(from) || askedByBuyer(from))) {
            // 'The bank will say: "we need it in the contract"', "buyers will ask about SOC 2": the buyer's ask, not our answer to it
            return Stance.QUESTIONED;
        }
        if (deemphasised(from, to)) {
            return Stance.DEEMPHASISED;
        }
        if (displaced(from)) {
            // "rather than stars" puts a thing in its place; "rather than publishing the weights" refuses an act
            return verbal(from, to) ? Stance.NEGATED : Stance.DEEMPHASISED;
        }
        if (near(deferBefore, from, to, own, words.deferral()) && !anOptionOfOthers(from)) {
            return Stance.DEFERRED;
        }
        if (before(criticBefore, from, words.criticism().reachBefore()) || after(criticAfter, from, to, words.criticism().reachAfter())
                || lexicon.removable() && (before(removeBefore, from, words.removal().reachBefore())
                || after(removeAfter, from, to, words.removal().reachAfter()))) {
            return Stance.REJECTED;
        }
        if (before(disparageBefore, from, words.disparagement().reachBefore())
                || after(disparageAfter, from, to, words.disparagement().reachAfter())) {
            return Stance.DISPARAGED;
        }
        if (conditional(from)) {
            return Stance.HYPOTHETICAL;
        }
        if (negated(from, to, own, 0)) {
            return Stance.NEGATED;
        }
        if (lexicon.attributable() && lexicon.removable() && quoted(from)) {
            // 'we don't say "AgentCore locks you in"': a closed move in quotation marks is someone's words, not our plan
            return Stance.ATTRIBUTED;
        }
        if (lexicon.endorsedOnly() && !(endorsed(from, to) && selfInSegment(from))) {
            // a state is our proposal only where we endorse it ("our moat is lock-in"); a page that says
            // "closed-source vendors keep control" describes them
            return Stance.DESCRIBED;
        }
        return Stance.ASSERTED;
    }

    /**
     * True when token {@code k} stands in the paragraph under the answer's title. A title about a rival
     * ("Microsoft unveils its newest models") names the page's subject; the hype and the words of the
     * page below it are still the writer's own, where a section heading about a rival marks a section
     * about them.
     */
    private boolean underTitle(int k) {
        int s = text.sentence(k);
        return s > 0 && text.isHeading(0) && text.sentences() > 1 && text.paragraphOfSentence(s) == text.paragraphOfSentence(1);
    }

    /** True when a cue of {@code cues} ends before token {@code from}, within {@code reach} tokens of its segment (0: all of it). */
    private boolean before(int[] cues, int from, int reach) {
        int segment = text.segment(from);
        for (int k = from - 1; k >= 0 && text.segment(k) == segment && (reach == 0 || from - k <= reach); k--) {
            if (cues[k] > 0 && k + cues[k] <= from) {
                return true;
            }
        }
        return false;
    }

    /** True when a cue of {@code cues} starts at or after token {@code to}, within {@code reach} tokens of the segment. */
    private boolean after(int[] cues, int from, int to, int reach) {
        int segment = text.segment(from);
        for (int k = to; k < text.count() && text.segment(k) == segment && (reach == 0 || k - to < reach); k++) {
            if (cues[k] > 0) {
                return true;
            }
        }
        return false;
    }

    private static final int ENDORSE_REACH = 8;

    /** An endorsement near the state word ("our moat is lock-in"); a "keep" further off endorses something else. */
    private boolean endorsed(int from, int to) {
        return before(endorsement, from, ENDORSE_REACH) || after(endorsement, from, to, ENDORSE_REACH) || CueList.anyStartsIn(endorsement, from, to);
    }

    private boolean inSegment(int[] cues, int from, int to) {
        return before(cues, from, 0) || after(cues, from, to, 0) || CueList.anyStartsIn(cues, from, to);
    }

    /** "not downloads alone", "beyond stars": put in its place, within the clause. */
    private boolean deemphasised(int from, int to) {
        int clause = text.clause(from);
        StanceWords.Cues cues = words.deemphasis();
        for (int k = from - 1; k >= 0 && text.clause(k) == clause && from - k <= cues.reachBefore(); k--) {
            if (deemphBefore[k] > 0 && k + deemphBefore[k] <= from) {
                return true;
            }
        }
        for (int k = to; k < text.count() && text.clause(k) == clause && k - to < cues.reachAfter(); k++) {
            if (deemphAfter[k] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "rather than stars", "instead of downloads", and a clause that opens with "not" ("pipeline, not
     * downloads"): the hit is what something else is preferred to. Articles may stand between.
     */
    private boolean displaced(int from) {
        int k = from - 1;
        while (k >= 0 && DETERMINERS.contains(text.norm(k)) && from - k <= 2) {
            k--;
        }
        // "not strict open source": a clause-opening "not" may have one word before the thing it puts in its place
        if (k > 0 && text.clause(k - 1) == text.clause(from) && "not".equals(text.stem(k - 1)) && displacing[k] == 0
                && (k - 1 == 0 || text.clause(k - 2) != text.clause(k - 1))) {
            k--;
        }
        for (int j = k; j >= 0 && j >= k - 2; j--) {
            if (displacing[j] > 0 && j + displacing[j] == k + 1 && text.clause(j) == text.clause(from)) {
                boolean opensClause = j == 0 || text.clause(j - 1) != text.clause(j);
                return displacing[j] > 1 || !"not".equals(text.stem(j)) || opensClause;
            }
        }
        return false;
    }

    /** A hit that is an act ("publish the weights", "open-sourcing it") rather than a thing ("downloads"). */
    private boolean verbal(int from, int to) {
        if (text.norm(from).endsWith("ing")) {
            return true;
        }
        return from + 1 < text.count() && from + 1 <= to && DETERMINERS.contains(text.norm(from + 1));
    }

    /**
     * The stance a heading takes from the first sentence under it, when every hit of the lexicon there has one stance that is
     * not the answer's own claim: pushed off, a competitor's, disparaged, or asked by others and left unanswered; otherwise none.
     */
    private Stance stanceBelow(int s, LexiconSpec lexicon, boolean[] own) {
        if (s + 1 >= text.sentences() || text.isHeading(s + 1)) {
            return null;
        }
        int first = text.firstTokenOfSentence(s + 1);
        Stance shared = null;
        for (int k = first; k < text.count() && text.sentence(k) == s + 1; k++) {
            if (!own[k] || k > first && own[k - 1]) {
                continue;
            }
            int end = k;
            while (end < text.count() && own[end] && text.sentence(end) == s + 1) {
                end++;
            }
            Stance st = stance(k, end, lexicon, own);
            if (!CARRIED_UP.contains(st) || shared != null && st != shared) {
                return null;
            }
            shared = st;
        }
        return shared;
    }

    private static final Set<Stance> CARRIED_UP = java.util.EnumSet.of(Stance.DEFERRED, Stance.ATTRIBUTED, Stance.DISPARAGED, Stance.QUESTIONED);

    /**
     * "If we stopped publishing weights, …", "Without an SLA, …": the hit stands in a condition, a
     * clause that opens with a hypothetical cue.
     */
    private boolean conditional(int from) {
        if (hypothetical[clauseStart[from]] > 0) {
            return true;
        }
        // a sentence that opens with "If …" is hypothetical throughout ("If we were acquired, they could
        // stop releasing …"), unless the consequence is our own plan ("…, we send an error event"); a
        // semicolon ends the condition's reach ("If the model fails, we send an error event; a client
        // disconnect frees the KV cache")
        int first = text.sentenceStart(from);
        return hypothetical[first] > 0 && CONDITIONS.contains(text.norm(first)) && !selfInClause(from) && !afterSemicolon(first, from);
    }

    /** Whether a semicolon stands between tokens {@code first} and {@code k} of one sentence. */
    private boolean afterSemicolon(int first, int k) {
        // only the characters between the two tokens: an indexOf from the sentence would run on to the answer's end
        String t = text.text();
        for (int i = text.start(first), end = text.start(k); i < end; i++) {
            if (t.charAt(i) == ';') {
                return true;
            }
        }
        return false;
    }

    private boolean selfInSegment(int k) {
        int segment = text.segment(k);
        int j = k;
        while (j > 0 && text.segment(j - 1) == segment) {
            j--;
        }
        for (; j < text.count() && text.segment(j) == segment; j++) {
            if (self[j]) {
                return true;
            }
        }
        return false;
    }

    private boolean selfInClause(int k) {
        int clause = text.clause(k);
        for (int j = clauseStart[k]; j < text.count() && text.clause(j) == clause; j++) {
            if (self[j]) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an odd number of negation cues stand before tokens [from, to) within their clause
     * and window, or follow them ("can wait"): two cues cancel ("not hold back"). An item of a
     * comma list takes the negation of the list's head ("no SSO, audit logs or SCIM").
     */
    private boolean negated(int from, int to, boolean[] own, int depth) {
        int clause = text.clause(from);
        int cues = 0;
        StanceWords.Negation n = words.negation();
        int k = from - 1;
        for (; k >= 0 && k >= from - n.window() && text.clause(k) == clause && !terminator[k] && !absorber[k]; k--) {
            if (negBefore[k] > 0 && k + negBefore[k] <= from && !agentFollows(k + negBefore[k], from) && !insideBrackets(k, from)
                    && !othersChoose(k)) {
                cues++;
            }
        }
        if (k >= 0 && terminator[k] && MODAL_VERBS.contains(text.norm(k)) && noOneBefore(k, clause)) {
            cues++; // "Nobody at a telecom should be running a model they downloaded": the subject's negation spans its modal
        }
        for (int j = to; j < text.count() && j < to + n.afterWindow() && text.clause(j) == clause; j++) {
            if (negAfter[j]) {
                cues++;
            }
        }
        if (cues > 0 || depth >= LIST_REACH) {
            return cues % 2 == 1;
        }
        int start = clauseStart[from];
        boolean listItem = start > 0 && own[start - 1] && text.segment(start - 1) == text.segment(from) && clauseLength(start) <= LIST_ITEM;
        return listItem && negated(start - 1, start, own, depth + 1);
    }

    /** How far into the verdict after an option's colon its criticism may start ("safe, but it abandons"). */
    private static final int VERDICT_REACH = 6;

    /**
     * An option weighed in a list, "label: verdict", whose verdict criticises it ("Smaller model open,
     * flagship API-only: safe, but it abandons the people who build on us"). True when the hit's
     * segment ends in a colon and a criticism starts early in what follows, in the same sentence.
     */
    private boolean refusedAfterColon(int from) {
        int last = from;
        while (last + 1 < text.count() && text.segment(last + 1) == text.segment(from)) {
            last++;
        }
        if (!text.colonAfter(last)) {
            return false;
        }
        for (int j = last + 1; j < text.count() && j - last <= VERDICT_REACH && text.sentence(j) == text.sentence(from); j++) {
            if (criticAfter[j] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject before a modal is nobody ("Nobody at a serious operator should", "No CFO can",
     * "None of them will"): the negative word opens the clause and no other subject stands between
     * ("There is no doubt we can self-host" and "With no contract they can" negate nothing).
     */
    private boolean noOneBefore(int modal, int clause) {
        for (int j = modal - 1; j >= 0 && modal - j <= NO_ONE_REACH && text.clause(j) == clause; j--) {
            String word = text.norm(j);
            if (SUBJECTS.contains(word)) {
                return false;
            }
            if (NO_ONE.contains(word) || word.equals("no") && j + 1 < modal) {
                return j == 0 || text.clause(j - 1) != clause || CLAUSE_OPENERS.contains(text.norm(j - 1));
            }
        }
        return false;
    }

    private static final Set<String> SUBJECTS = Set.of("we", "i", "you", "they", "he", "she", "it", "there");
    /** Words after which a subject opens a clause of its own ("it means no CFO can", "so that nobody will"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "so", "that", "because", "means", "meaning", "ensures", "guarantees",
            "while", "where");

    private static final Set<String> MODAL_VERBS = Set.of("can", "could", "will", "would", "should", "may", "might", "must");
    private static final Set<String> NO_ONE = Set.of("nobody", "none", "nothing", "noone", "neither");
    private static final int NO_ONE_REACH = 6;

    /** Whether the sentence opening at token {@code first} opens with a rejection, perhaps after a filler. */
    private boolean rejects(int first) {
        int opening = first + 1 < text.count() && PointingBack.FILLERS.contains(text.norm(first)) ? first + 1 : first;
        return opening < text.count() && rejections[opening] > 0;
    }

    /**
     * "People will stop downloading our models", "developers would abandon us": a choice others make,
     * forecast, not one we make. True when the cue at {@code k} is a verb of choosing to stop and a
     * person other than us is its subject, perhaps with a modal between.
     */
    private boolean othersChoose(int k) {
        if (!CHOOSING.contains(text.norm(k))) {
            return false;
        }
        int j = k - 1;
        if (j >= 0 && text.clause(j) == text.clause(k) && MODALS.contains(text.norm(j))) {
            j--;
        }
        return j >= 0 && text.clause(j) == text.clause(k) && PEOPLE.contains(text.norm(j));
    }

    private static final Set<String> IDIOMS_AFTER_IF = Set.of("anything");
    private static final Set<String> CHOOSING = Set.of("stop", "stops", "stopping", "abandon", "abandons", "refuse", "refuses", "reject", "rejects");
    private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "could", "'ll", "soon", "just", "quickly");
    private static final Set<String> PEOPLE = Set.of("people", "developers", "devs", "users", "customers", "buyers", "teams", "community",
            "builders", "folks", "they", "they'll", "they'd", "companies", "enterprises", "researchers");

    /**
     * "They can self-host the same model later": what a customer may do later is an option they
     * keep, not something we put off. True when a modal of possibility stands shortly before the
     * hit in its segment with someone other than us before it.
     */
    private boolean anOptionOfOthers(int from) {
        int segment = text.segment(from);
        for (int k = from - 1; k >= 0 && from - k <= OPTION_REACH && text.segment(k) == segment; k--) {
            if (POSSIBILITY.contains(text.norm(k))) {
                return k > 0 && text.segment(k - 1) == segment && !PointingBack.WE.contains(text.norm(k - 1));
            }
        }
        return false;
    }

    private static final Set<String> POSSIBILITY = Set.of("can", "could", "may", "might");
    /** How far before the hit the modal of an option may stand ("can call our API today, move to another host or their own servers later"). */
    private static final int OPTION_REACH = 12;

    /**
     * "Rejected by the open-source definition", "the price can't be undercut by self-hosting": what
     * follows "by" after a negation is who acts, not what is negated.
     */
    private boolean agentFollows(int afterCue, int from) {
        for (int k = afterCue; k < from; k++) {
            // "can't be undercut by self-hosting": the negation is of the verb, not of its agent; but "we can't win
            // them by making it hard to leave" refuses the means
            if (text.norm(k).equals("by") && passiveBefore(afterCue, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a passive stands just before token {@code by}, after the cue ("can't be undercut by", "a clause rejected by"):
     * then its agent follows; after an active verb ("we can't win them by making …") a means does.
     */
    private boolean passiveBefore(int afterCue, int by) {
        String before = by > 0 ? text.norm(by - 1) : "";
        if (before.endsWith("ed") || PARTICIPLES.contains(before)) {
            return true;
        }
        for (int j = by - 1; j >= afterCue && j >= by - 3; j--) {
            if (BE.contains(text.norm(j))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "get", "gets", "got");
    /** Past participles that do not end in "ed" ("undercut by", "driven by"). */
    private static final Set<String> PARTICIPLES = Set.of("undercut", "beaten", "driven", "taken", "written", "given", "known", "shown",
            "held", "built", "bought", "caught", "hurt", "made", "done", "seen", "run", "eaten", "overtaken", "outrun");

    /** The hit stands in brackets opened after the cue ("no MAU threshold (the trigger in open-weights licences)"): a definition, not negated. */
    private boolean insideBrackets(int cue, int from) {
        return bracketDepth()[from] > bracketDepth()[cue];
    }

    /** True when token {@code k} stands inside double quotation marks opened on its line. */
    private boolean quoted(int k) {
        return quoteOpens()[k] >= 0;
    }

    /**
     * Per token, where the quotation it stands in opens, or -1 (computed once per answer): curly marks
     * open and close, a straight one toggles, a line break ends it.
     */
    private int[] quoteOpens() {
        if (quoteOpens == null) {
            quoteOpens = carried(-1, (open, c, at) -> c == '\n' ? -1 : c == '\u201c' || c == '"' && open < 0 ? at
                    : c == '\u201d' || c == '"' ? -1 : open);
        }
        return quoteOpens;
    }

    /** A buyer, a customer or their team speaking, just before a quotation opens ("The bank will say:", "their CISO asks"). */
    private static final Pattern BUYER_SPEAKS = Pattern.compile(
            "(?i)\\b(bank|banks|buyer|buyers|customer|customers|client|clients|prospect|prospects|they|cio|ciso|cfo|cto|dpo|regulator|insurer"
            + "|lawyers|legal|procurement|security team|legal team|team|people|someone|somebody|critics|sceptics|skeptics)"
            + "(['\u2019]ll| will| would| might| may| often| usually| always| sometimes)?"
            + " (say|says|said|ask|asks|asked|tell us|write|writes|push back|object|objects)( something like)?[:,]?\\s*$");

    /** Whether token {@code k} stands in a quotation that a buyer speaks ("our security team will say:" is our own line). */
    private boolean inBuyersWords(int k) {
        int open = quoteOpens()[k];
        if (open <= 0) {
            return false;
        }
        String before = text.text().substring(Math.max(0, open - 60), open);
        Matcher speaker = BUYER_SPEAKS.matcher(before);
        // "our security team will say:" is our own line
        return speaker.find() && !OURS_BEFORE.matcher(before.substring(0, speaker.start())).find();
    }

    /** A buyer asking, in our words ("Enterprise buyers are going to ask about SOC 2", "their CISO will ask whether …"). */
    private static final Pattern BUYER_ASKS = Pattern.compile(
            "(?i)\\b(bank|banks|buyer|buyers|customer|customers|client|clients|prospect|prospects|account|accounts|they|cio|ciso|cfo|cto|dpo"
            + "|regulator|regulators|insurer|lawyers|legal|procurement|team|teams|people|someone|somebody|everyone|everybody|developers|users)(['\u2019]ll| will| would| might| may| often| usually| always"
            + "| typically| are going to| is going to)? (ask|asks|asked|ask us|want to know|wants to know) (about|for|whether|if|how|what|to)\\b");
    /** An answer in the ask's own sentence: our word, or a consequence ("…, so this must be ready before the pilot"). */
    private static final Pattern ANSWERED = Pattern.compile(
            "(?i)\\b(we|we['\u2019](ll|d|re)|our|i|i['\u2019](ll|d))\\b|;|,\\s*(so|which)\\b|\\b(so|then) (this|that|these|those|it|they) (must|will|should|needs?|has|have|is|are)\\b");

    /** Whether token {@code k} follows a buyer's ask in its sentence that the sentence does not answer ("…, and we hand over our report"). */
    private boolean askedByBuyer(int k) {
        int s = text.sentence(k);
        int[] ends = buyerAsks(s);
        int at = text.start(k);
        for (int m = ends.length - 1; m >= 0; m--) {
            if (ends[m] <= at) {
                // taken up in the next sentence, it is answered there, unless that sentence turns it down ("I wouldn't bother")
                return !answered[s][m] && (!answeredNext(s) || rejectedByNext[s]);
            }
        }
        return false;
    }

    private int[] buyerAsks(int s) {
        if (askEnds == null) {
            askEnds = new int[text.sentences()][];
            answered = new boolean[text.sentences()][];
        }
        if (askEnds[s] == null) {
            int from = text.start(text.firstTokenOfSentence(s));
            int to = text.end(text.firstTokenOfSentence(s + 1) - 1);
            Matcher ask = BUYER_ASKS.matcher(text.text()).region(from, to);
            List<Integer> ends = new ArrayList<>();
            List<Boolean> answers = new ArrayList<>();
            while (ask.find()) {
                ends.add(ask.end());
                boolean opensClause = ASKS_A_CLAUSE.contains(ask.group(4).toLowerCase(java.util.Locale.ROOT));
                answers.add(ANSWERED.matcher(text.text()).region(opensClause ? afterAskedClause(ask.end(), to) : ask.end(), to).find());
            }
            askEnds[s] = ends.stream().mapToInt(Integer::intValue).toArray();
            answered[s] = new boolean[ends.size()];
            for (int m = 0; m < ends.size(); m++) {
                answered[s][m] = answers.get(m);
            }
        }
        return askEnds[s];
    }

    /** Words by which the next sentence takes up an ask ("These can't wait, so they ship at launch", "We ship them in week 2"). */
    private static final Set<String> TAKING_UP = Set.of("these", "those", "them", "that", "this", "it", "they", "all", "both", "each", "none");
    private static final int TAKE_UP_REACH = 8;

    /**
     * Where an answer to an ask that opens a clause ("ask whether we could …") may start: after that clause, whose "we" is part
     * of the question; "ask about SOC 2" can be answered right after it.
     */
    private int afterAskedClause(int askEnd, int to) {
        String t = text.text();
        for (int c = askEnd; c < to; c++) {
            char ch = t.charAt(c);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '\u2014' || ch == '\u2013') {
                return c;
            }
        }
        return to;
    }

    /** The words after an ask's verb that open the asked clause (BUYER_ASKS's fourth group). */
    private static final Set<String> ASKS_A_CLAUSE = Set.of("whether", "if", "how", "what", "to");

    /** Whether the sentence after {@code s} takes up what it asked, to answer it or to push it off (which its own pass reads). */
    private boolean answeredNext(int s) {
        if (s + 1 >= text.sentences()) {
            return false;
        }
        int first = text.firstTokenOfSentence(s + 1);
        for (int j = first; j < text.count() && text.sentence(j) == s + 1 && j - first < TAKE_UP_REACH; j++) {
            if (TAKING_UP.contains(text.norm(j))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern OURS_BEFORE = Pattern.compile("(?i)\\b(our|my)\\s+([\\p{L}-]+\\s+)?$");

    /** Per token, how many brackets are open before it (computed once per answer). */
    private int[] bracketDepth() {
        if (depth == null) {
            depth = carried(0, (open, c, at) -> c == '(' ? open + 1 : c == ')' ? Math.max(0, open - 1) : open);
        }
        return depth;
    }

    /** One step of a state carried over the characters: the state after character {@code c} at position {@code at}. */
    private interface CharStep {
        int next(int state, char c, int at);
    }

    /** A state carried over the characters of the answer, as it stands at each token, from {@code initial}. */
    private int[] carried(int initial, CharStep step) {
        int[] state = new int[text.count()];
        String t = text.text();
        int value = initial;
        int at = 0;
        for (int k = 0; k < text.count(); k++) {
            for (; at < text.start(k); at++) {
                value = step.next(value, t.charAt(at), at);
            }
            state[k] = value;
        }
        return state;
    }

    /**
     * A deferral cue close before or after the hit in its segment: at most {@code reach} other
     * words between them, not counting the lexicon's own words and little words ("SSO, audit logs
     * and a DPA can wait"), and no modal or relative word ("self-host them and will ask next
     * quarter" does not defer self-hosting).
     */
    private boolean near(int[] cuesBefore, int from, int to, boolean[] own, StanceWords.Cues cues) {
        int segment = text.segment(from);
        int others = 0;
        for (int k = from - 1; k >= 0 && text.segment(k) == segment && !terminator[k]; k--) {
            if (cuesBefore[k] > 0 && k + cuesBefore[k] <= from) {
                return true;
            }
            if (!own[k] && !LITTLE.contains(text.norm(k)) && ++others > cues.reachBefore()) {
                break;
            }
        }
        others = 0;
        for (int k = to; k < text.count() && text.segment(k) == segment; k++) {
            if (deferAfter[k] > 0) {
                return true;
            }
            if (terminator[k] || !own[k] && !LITTLE.contains(text.norm(k)) && ++others > cues.reachAfter()) {
                break;
            }
        }
        return false;
    }

    private int clauseLength(int start) {
        int k = start;
        while (k < text.count() && text.clause(k) == text.clause(start)) {
            k++;
        }
        return k - start;
    }

    private void mark() {
        int count = text.count();
        boolean[] cancelled = vocabulary.notNegation().covered(text);
        int[] before = vocabulary.negationBefore().mark(text);
        int[] afterCues = vocabulary.negationAfter().mark(text);
        negBefore = new int[count];
        negAfter = new boolean[count];
        for (int k = 0; k < count; k++) {
            if (!cancelled[k]) {
                negBefore[k] = before[k];
                negAfter[k] = afterCues[k] > 0;
            }
        }
        terminator = vocabulary.terminators().starts(text);
        deferBefore = vocabulary.deferralBefore().mark(text);
        deferAfter = vocabulary.deferralAfter().mark(text);
        deemphBefore = vocabulary.deemphasisBefore().mark(text);
        deemphAfter = vocabulary.deemphasisAfter().mark(text);
        displacing = vocabulary.displacing().mark(text);
        criticBefore = vocabulary.criticismBefore().mark(text);
        criticAfter = vocabulary.criticismAfter().mark(text);
        removeBefore = vocabulary.removalBefore().mark(text);
        removeAfter = vocabulary.removalAfter().mark(text);
        absorber = vocabulary.absorbers().starts(text);
        disparageBefore = vocabulary.disparagementBefore().mark(text);
        disparageAfter = vocabulary.disparagementAfter().mark(text);
        hypothetical = vocabulary.hypothetical().mark(text);
        for (int k = 0; k + 1 < count; k++) {
            // "If anything, …" sets no condition
            if (hypothetical[k] > 0 && "if".equals(text.norm(k)) && IDIOMS_AFTER_IF.contains(text.norm(k + 1))) {
                hypothetical[k] = 0;
            }
        }
        endorsement = vocabulary.endorsement().mark(text);
        clauseStart = new int[count];
        for (int k = 0; k < count; k++) {
            clauseStart[k] = k > 0 && text.clause(k) == text.clause(k - 1) ? clauseStart[k - 1] : k;
        }
        aboutOthers = new Attribution(text, vocabulary).aboutOthers();
        self = vocabulary.self().covered(text);
        for (boolean ours : self) {
            speaksForUs |= ours;
        }
        rejectedByNext = new boolean[text.sentences()];
        rejections = vocabulary.rejections().mark(text);
        for (int sentence = 1; sentence < text.sentences(); sentence++) {
            rejectedByNext[sentence - 1] = rejects(text.firstTokenOfSentence(sentence));
        }
        governed = new LeadIns(text, vocabulary, deferBefore, deferAfter, negBefore, criticBefore, aboutOthers, this::rejects).governed();
    }
}
