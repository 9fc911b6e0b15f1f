package app.debrief.rubric.analysis;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * The first pass: an answer cut into word tokens, each with its place in the text, its stem, and
 * the units the later passes reason in.
 * <ul>
 * <li>A <b>sentence</b> ends at . ! ? and at a line break (a bullet is a sentence).</li>
 * <li>A <b>segment</b> is a part of a sentence between strong breaks: ; : and contrast words
 * ("but", "whereas", "however"); brackets and dashes set off a clause within their segment
 * ("privacy material (DPAs, SOC 2 reports) I'd leave off", "Enterprise stuff — SOC 2, SLAs — is
 * premature"). A deferral or a criticism reaches across its segment, so it governs a comma list
 * ("SSO, audit logs and a DPA can wait").</li>
 * <li>A <b>clause</b> also ends at commas, brackets, dashes and words such as "because" or "so": the
 * reach of a negation.</li>
 * </ul>
 * Lines and paragraphs (blank lines) are kept too, for lead-ins that govern the list below them.
 */
public final class AnswerText {

    private static final Set<String> CONTRASTS = Set.of(
            "but", "however", "whereas", "while", "yet", "although", "though", "instead", "meanwhile", "except", "unlike", "vs", "versus");
    private static final Set<String> CLAUSE_WORDS = Set.of("because", "so", "since", "which", "if", "unless");
    private static final Set<String> ABBREVIATIONS = Set.of("e", "g", "i", "vs", "etc", "approx", "incl", "eg", "ie", "cf", "mr", "ms", "dr");

    private final String text;
    private final int count;
    private final int[] start;
    private final int[] end;
    private final String[] norm;
    private final String[] stem;
    private final int[] stemId;
    private final int[] normId;
    private final BitSet skippable = new BitSet();
    private final int[] sentence;
    private final int[] segment;
    private final int[] clause;
    private final int[] line;
    private final int sentences;
    private final int[] sentenceParagraph;
    private final BitSet questions;
    private final BitSet colonAfter;
    private final BitSet bulletLines;
    /** Lines that open with an item number ("5. parked for v2"). */
    private final BitSet numberedLines;
    private final BitSet sentenceStartsLine;
    /** Per sentence, computed on first use: 0 not yet known, 1 yes, 2 no. Answers are read by one thread. */
    private byte[] heading;
    private byte[] prose;

    private AnswerText(String text, Builder b) {
        this.text = text;
        this.count = b.count;
        this.start = Arrays.copyOf(b.start, b.count);
        this.end = Arrays.copyOf(b.end, b.count);
        this.norm = Arrays.copyOf(b.norm, b.count);
        this.stem = Arrays.copyOf(b.stem, b.count);
        this.stemId = new int[b.count];
        this.normId = new int[b.count];
        for (int k = 0; k < b.count; k++) {
            stemId[k] = WordIds.of(stem[k]);
            normId[k] = WordIds.of(norm[k]);
            if (TermSet.SKIPPABLE.contains(norm[k]) || possessive(norm[k])) {
                skippable.set(k);
            }
        }
        this.sentence = Arrays.copyOf(b.sentence, b.count);
        this.segment = Arrays.copyOf(b.segment, b.count);
        this.clause = Arrays.copyOf(b.clause, b.count);
        this.line = Arrays.copyOf(b.line, b.count);
        this.sentences = b.count == 0 ? 0 : b.sentenceNo + 1;
        this.questions = b.questions;
        this.colonAfter = b.colonAfter;
        this.bulletLines = b.bulletLines;
        this.numberedLines = b.numberedLines;
        this.sentenceParagraph = new int[sentences];
        this.sentenceStartsLine = new BitSet();
        for (int k = 0; k < count; k++) {
            sentenceParagraph[sentence[k]] = b.paragraph[k];
            if (k == 0 || sentence[k] != sentence[k - 1]) {
                sentenceStartsLine.set(sentence[k], k == 0 || line[k] != line[k - 1]);
            }
        }
    }

    public static AnswerText of(String text, Stems stems) {
        Builder b = new Builder(stems, Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                int j = i + Character.charCount(cp);
                while (j < n) {
                    int c = text.codePointAt(j);
                    if (isWordChar(c)) {
                        j += Character.charCount(c);
                    } else if ((c == '\'' || c == '\u2019') && j + 1 < n && Character.isLetter(text.codePointAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                b.add(text, i, j);
                i = j;
            } else if (Character.isDigit(cp)) {
                int j = i + 1;
                while (j < n) {
                    char c = text.charAt(j);
                    if (Character.isDigit(c)) {
                        j++;
                    } else if ((c == '.' || c == ',') && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                b.add(text, i, j);
                i = j;
            } else {
                separator(text, i, cp, b);
                i += Character.charCount(cp);
            }
        }
        return new AnswerText(text, b);
    }

    private static void separator(String text, int i, int cp, Builder b) {
        switch (cp) {
            case '?' -> {
                b.markQuestion();
                b.endSentence();
            }
            case '\n' -> {
                b.endSentence();
                b.newLine(text, i);
            }
            case '\r', '!', '\u2026' -> b.endSentence();
            case '.' -> {
                boolean atEnd = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                        || "\"')]\u201d\u2019*_`".indexOf(text.charAt(i + 1)) >= 0; // "it.** Weights": Markdown emphasis closes after the stop
                // "180 ms. Replicas…": after a number, "ms" is a unit that ends the sentence, not "Ms."
                boolean abbreviation = b.count > 0 && b.end[b.count - 1] == i && ABBREVIATIONS.contains(b.norm[b.count - 1])
                        && !(b.count > 1 && "ms".equals(b.norm[b.count - 1]) && Character.isDigit(b.norm[b.count - 2].charAt(0)));
                boolean itemNumber = b.lastWasItemNumber && b.end[b.count - 1] == i;
                if (atEnd && !abbreviation && !itemNumber) {
                    b.endSentence();
                }
            }
            case ':' -> {
                b.markColon();
                b.endSegment();
            }
            case ',', '"', '\u201c', '\u201d', '\u00ab', '\u00bb', '(', ')', '[', ']', '{', '}', '\u2014', '\u2013' -> b.endClause();
            case ';', '|' -> b.endSegment();
            // bullets as people type or paste them: •, ▪, ◦, ‣, ★, ☆, ✓, ✔, ✗, ✘, ▶, ►
            case '\u2022', '\u25aa', '\u25e6', '\u2023', '\u2605', '\u2606', '\u2713', '\u2714', '\u2717', '\u2718', '\u25b6', '\u25ba' -> b.bullet();
            case '\u2192' -> {
                if (b.atLineStart(text, i)) {
                    b.bullet(); // "→ next step" opens an item; "A → B" mid-line is an arrow
                }
            }
            case '-', '*' -> {
                if (b.atLineStart(text, i)) {
                    b.bullet();
                } else if (i > 0 && Character.isWhitespace(text.charAt(i - 1))
                        && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                    b.endClause();
                }
            }
            default -> {
                // other symbols ($, %, /, emoji…) separate words and nothing more
            }
        }
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    public String text() {
        return text;
    }

    public int count() {
        return count;
    }

    public int start(int token) {
        return start[token];
    }

    public int end(int token) {
        return end[token];
    }

    /** The token in lower case, as written otherwise. */
    public String norm(int token) {
        return norm[token];
    }

    public String stem(int token) {
        return stem[token];
    }

    /** True when token {@code k} is an article or possessive a term may skip ("gate our weights"). */
    /** "the flagship's weights": a possessive stands where an article would ("publish the weights"); "it's" and "let's" are no possessives. */
    private static boolean possessive(String word) {
        return word.length() > 3 && word.endsWith("'s") && !CONTRACTED.contains(word);
    }

    private static final java.util.Set<String> CONTRACTED = java.util.Set.of("it's", "that's", "let's", "what's", "there's", "here's",
            "he's", "she's", "who's", "where's", "how's", "when's", "why's", "one's", "this's");

    boolean skippable(int k) {
        return skippable.get(k);
    }

    /** The stem's number in {@link WordIds}, or -1. */
    int stemId(int token) {
        return stemId[token];
    }

    /** The lower-case word's number in {@link WordIds}, or -1. */
    int normId(int token) {
        return normId[token];
    }

    public int sentence(int token) {
        return sentence[token];
    }

    public int segment(int token) {
        return segment[token];
    }

    public int clause(int token) {
        return clause[token];
    }

    public int line(int token) {
        return line[token];
    }

    public int sentences() {
        return sentences;
    }

    /** Paragraphs are separated by a blank line. */
    public int paragraphOfSentence(int s) {
        return sentenceParagraph[s];
    }

    /** True when sentence {@code s} ends with a question mark: it raises a point rather than makes it. */
    public boolean isQuestion(int s) {
        return questions.get(s);
    }

    /** True when a colon directly follows token {@code k} ("Parked for now: …"). */
    public boolean colonAfter(int k) {
        return colonAfter.get(k);
    }

    /** True when line {@code l} starts with a bullet (-, *, •) or a number and a dot or bracket. */
    public boolean bulletLine(int l) {
        return bulletLines.get(l);
    }

    /** True when sentence {@code s} is the first on its line. */
    public boolean sentenceStartsLine(int s) {
        return sentenceStartsLine.get(s);
    }

    /**
     * Words that make a line a sentence rather than a fragment of a list: verbs that glue a clause
     * together, pronouns, and connectives. "24 hour completion = enterprise SLA" has none of them.
     */
    private static final Set<String> CLAUSE_GLUE = Set.of("is", "are", "was", "were", "be", "been", "being", "will", "would", "can",
            "could", "should", "must", "may", "might", "has", "have", "had", "do", "does", "did", "we", "i", "you", "it", "they",
            "he", "she", "this", "that", "which", "who", "because", "so", "if", "when", "then", "to", "gets", "get", "means", "lets",
            "makes", "takes", "needs", "keeps", "goes", "comes", "pays", "costs", "runs", "gives", "it's", "that's", "we'll", "we'd",
            "i'd", "they're", "you're", "we're", "isn't", "aren't", "don't", "doesn't", "won't", "can't");
    /** A sentence is prose at this many tokens or more, with a glue word. */
    private static final int MIN_PROSE = 6;

    /** True when sentence {@code s} reads as a sentence, not a fragment of a list ("async, job based, JSONL-ish"). */
    public boolean isProse(int s) {
        if (prose == null) {
            prose = new byte[sentences];
        }
        if (prose[s] == 0) {
            prose[s] = (byte) (computeProse(s) ? 1 : 2);
        }
        return prose[s] == 1;
    }

    private boolean computeProse(int s) {
        int first = firstTokenOfSentence(s);
        int end = first;
        boolean glued = false;
        while (end < count && sentence[end] == s) {
            glued |= CLAUSE_GLUE.contains(norm[end]);
            end++;
        }
        return glued && end - first >= MIN_PROSE;
    }

    /** A heading is at most this many tokens. */
    private static final int MAX_HEADING = 8;

    /**
     * True when sentence {@code s} is a short line of its own that ends without a full stop or
     * question mark: "Out of scope", "## What I'd leave out of v1", "Quantify, honestly".
     */
    public boolean isHeading(int s) {
        if (heading == null) {
            heading = new byte[sentences];
        }
        if (heading[s] == 0) {
            heading[s] = (byte) (computeHeading(s) ? 1 : 2);
        }
        return heading[s] == 1;
    }

    private boolean computeHeading(int s) {
        int first = firstTokenOfSentence(s);
        int end = endOfSentence(s);
        if (end - first > MAX_HEADING || !sentenceStartsLine(s) || isQuestion(s)) {
            return false;
        }
        if (runInBold(first, end)) {
            return true;
        }
        if (bulletLine(line[first]) && !headsDashedList(line[first])) {
            return false; // a bullet is an item of the list under a heading, not a heading of its own
        }
        if (lineRunsOn(end)) {
            return false;
        }
        String rest = text.substring(this.end[end - 1], end < count ? start[end] : text.length());
        int newline = rest.indexOf('\n');
        String tail = (newline < 0 ? rest : rest.substring(0, newline)).strip();
        return !tail.startsWith(".") && !tail.startsWith("!");
    }

    /** A numbered line with a dashed list right under it ("5. parked for v2" over "- EU residency") heads that list. */
    private boolean headsDashedList(int l) {
        return numberedLines.get(l) && bulletLines.get(l + 1) && !numberedLines.get(l + 1);
    }

    /**
     * True when sentence {@code s} is a heading with nothing under it: the answer ends after it, or
     * the next sentence is a heading of the same rank or higher ("## Enterprise" then "## Questions
     * for you"). What such a heading names is announced, not said. The first line of a longer
     * answer is its title, never empty.
     */
    public boolean isEmptyHeading(int s) {
        if (s == 0 && sentences > 1 || !isHeading(s)) {
            return false;
        }
        if (s + 1 == sentences) {
            return true;
        }
        // "**Open weights:**" on its own line, then "**Next steps:** align…": a label with nothing after
        // its colon, and the next line opens with a label of its own, so nothing stands under it
        if (isHeading(s + 1) && headingRank(s + 1) <= headingRank(s) && !runsIn(s + 1)) {
            return true;
        }
        if (!labelOnly(lineOf(s))) {
            return false;
        }
        String next = lineOf(s + 1);
        return next.startsWith("**") && next.contains(":**");
    }

    /** The line the sentence {@code s} starts on, stripped. */
    private String lineOf(int s) {
        int first = firstTokenOfSentence(s);
        return text.substring(lineStartOf(first), lineEndOf(first)).strip();
    }

    /** Where the line of token {@code token} starts in the text. */
    int lineStartOf(int token) {
        return text.lastIndexOf('\n', start[token]) + 1;
    }

    /** Where the line of token {@code token} ends in the text (its line break, or the end of the text). */
    int lineEndOf(int token) {
        int end = text.indexOf('\n', start[token]);
        return end < 0 ? text.length() : end;
    }

    /** A bold label ending in a colon with nothing after it ("**Open weights / self-serve:**"). */
    private static boolean labelOnly(String line) {
        return line.startsWith("**") && (line.endsWith(":**") || line.endsWith("**:"));
    }

    /** A heading's rank: its number of '#' in Markdown, lower for plain or bold lines. */
    private int headingRank(int s) {
        int first = firstTokenOfSentence(s);
        String before = text.substring(lineStartOf(first), start[first]).strip();
        int hashes = 0;
        while (hashes < before.length() && before.charAt(hashes) == '#') {
            hashes++;
        }
        return hashes > 0 ? hashes : before.startsWith("**") || before.startsWith("__") ? 7 : 8;
    }

    /** A bold run-in heading opens its own paragraph ("**Scheduling.** Batch lines…"): what follows it is body. */
    private boolean runsIn(int s) {
        return lineRunsOn(endOfSentence(s));
    }

    /** The token after sentence {@code s} (or {@code count}): sentence numbers only grow along the text. */
    private int endOfSentence(int s) {
        return firstTokenOfSentence(s + 1);
    }

    /** True when the token at {@code end} goes on the line of the token before it: the sentence ending there does not end its line. */
    private boolean lineRunsOn(int end) {
        return end < count && line[end] == line[end - 1];
    }

    /** A run-in heading in bold at the start of its line: "**Scheduling.** Batch lines go into…". */
    private boolean runInBold(int first, int end) {
        String before = text.substring(lineStartOf(first), start[first]).strip();
        String after = text.substring(this.end[end - 1], Math.min(text.length(), this.end[end - 1] + 5));
        after = after.replaceFirst("^\\)+", "");
        return (before.endsWith("**") || before.endsWith("__")) && (after.startsWith("**") || after.startsWith(".**") || after.startsWith(":**")
                || after.startsWith("__") || after.startsWith(".__"));
    }

    /** The first token of the sentence holding token {@code k}. */
    public int sentenceStart(int k) {
        int s = sentence[k];
        while (k > 0 && sentence[k - 1] == s) {
            k--;
        }
        return k;
    }

    /** The index of the first token ending after {@code charOffset}, or {@code count}. */
    public int tokenAtOrAfter(int charOffset) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= charOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first token of sentence {@code s}, found by search. */
    public int firstTokenOfSentence(int s) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentence[mid] < s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static final class Builder {
        private final Stems stems;
        int count;
        int[] start;
        int[] end;
        String[] norm;
        String[] stem;
        int[] sentence;
        int[] segment;
        int[] clause;
        int[] line;
        int[] paragraph;
        int sentenceNo;
        int segmentNo;
        int clauseNo;
        int lineNo;
        int paragraphNo;
        boolean sentencePending;
        boolean segmentPending;
        boolean clausePending;
        boolean linePending;
        boolean paragraphPending;
        boolean bulletPending;
        boolean lastWasItemNumber;
        final BitSet questions = new BitSet();
        final BitSet colonAfter = new BitSet();
        final BitSet bulletLines = new BitSet();
        final BitSet numberedLines = new BitSet();

        Builder(Stems stems, int capacity) {
            this.stems = stems;
            start = new int[capacity];
            end = new int[capacity];
            norm = new String[capacity];
            stem = new String[capacity];
            sentence = new int[capacity];
            segment = new int[capacity];
            clause = new int[capacity];
            line = new int[capacity];
            paragraph = new int[capacity];
        }

        /** True when only white space stands between {@code i} and the start of its line. */
        boolean atLineStart(String text, int i) {
            for (int k = i - 1; k >= 0; k--) {
                char c = text.charAt(k);
                if (c == '\n') {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        }

        void newLine(String text, int i) {
            linePending = true;
            for (int k = i - 1; k >= 0; k--) {
                char c = text.charAt(k);
                if (c == '\n') {
                    paragraphPending = true;
                    return;
                }
                if (!Character.isWhitespace(c)) {
                    return;
                }
            }
        }

        void bullet() {
            if (count == 0 || linePending) {
                bulletPending = true;
            }
        }

        void endSentence() {
            sentencePending = true;
            segmentPending = true;
            clausePending = true;
        }

        void endSegment() {
            segmentPending = true;
            clausePending = true;
        }

        void endClause() {
            clausePending = true;
        }

        void markQuestion() {
            if (count > 0 && !sentencePending) {
                questions.set(sentenceNo);
            }
        }

        void markColon() {
            if (count > 0) {
                colonAfter.set(count - 1);
            }
        }

        void add(String text, int from, int to) {
            String n = Stems.normalize(text.substring(from, to));
            if (CONTRASTS.contains(n)) {
                segmentPending = true;
                clausePending = true;
            } else if (CLAUSE_WORDS.contains(n)) {
                clausePending = true;
            }
            boolean numberedItem = Character.isDigit(n.charAt(0)) && (count == 0 || linePending)
                    && to < text.length() && (text.charAt(to) == '.' || text.charAt(to) == ')')
                    && to + 1 < text.length() && text.charAt(to + 1) == ' ' && to - from <= 2;
            if (count > 0) {
                if (sentencePending) {
                    sentenceNo++;
                }
                if (segmentPending) {
                    segmentNo++;
                }
                if (clausePending) {
                    clauseNo++;
                }
                if (linePending) {
                    lineNo++;
                }
                if (paragraphPending) {
                    paragraphNo++;
                }
            }
            if (bulletPending || numberedItem) {
                bulletLines.set(lineNo);
            }
            if (numberedItem) {
                numberedLines.set(lineNo);
            }
            sentencePending = false;
            segmentPending = false;
            clausePending = false;
            linePending = false;
            paragraphPending = false;
            bulletPending = false;
            if (count == start.length) {
                int size = count * 2;
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
                norm = Arrays.copyOf(norm, size);
                stem = Arrays.copyOf(stem, size);
                sentence = Arrays.copyOf(sentence, size);
                segment = Arrays.copyOf(segment, size);
                clause = Arrays.copyOf(clause, size);
                line = Arrays.copyOf(line, size);
                paragraph = Arrays.copyOf(paragraph, size);
            }
            start[count] = from;
            end[count] = to;
            norm[count] = n;
            stem[count] = Character.isDigit(n.charAt(0)) ? n.replace(",", "") : stems.stem(n);
            sentence[count] = sentenceNo;
            segment[count] = segmentNo;
            clause[count] = clauseNo;
            line[count] = lineNo;
            paragraph[count] = paragraphNo;
            count++;
            // the "1." of a numbered item ends no sentence
            lastWasItemNumber = numberedItem;
        }
    }
}
