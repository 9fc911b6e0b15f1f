package app.debrief.rubric.analysis;

/**
 * Marks the tokens that are about a competitor rather than about our own plan: a clause that
 * names a competitor before them and does not name us, a sentence that opens with one and does not name us, the
 * sentences after it in its paragraph until we come back ("OpenAI: the fine-tune lives on their
 * platform. You can't download it."), and a word right beside a competitor's name ("OpenAI's
 * closed API").
 */
final class Attribution {

    /** A sentence is about a competitor when one is named within its first tokens ("OpenAI: …"). */
    private static final int OPENING = 3;
    private static final int BESIDE = 2;
    /** Words for the buyer the answer speaks to: a sentence about them is no longer about the competitor. */
    private static final java.util.Set<String> BUYER = java.util.Set.of("your", "yours", "you're", "you'll");

    /** Words after which a competitor is a term of comparison or a case imagined, not the subject. */
    private static final java.util.Set<String> NOT_SUBJECT = java.util.Set.of("than", "vs", "versus", "if", "unless");

    private final AnswerText text;
    private final Vocabulary vocabulary;

    Attribution(AnswerText text, Vocabulary vocabulary) {
        this.text = text;
        this.vocabulary = vocabulary;
    }

    boolean[] aboutOthers() {
        int count = text.count();
        boolean[] othersAt = vocabulary.others().starts(text);
        boolean[] selfAt = vocabulary.self().starts(text);
        int clauses = count == 0 ? 0 : text.clause(count - 1) + 1;
        int[] clauseOthersFrom = new int[clauses];
        java.util.Arrays.fill(clauseOthersFrom, Integer.MAX_VALUE);
        boolean[] clauseSelf = new boolean[clauses];
        boolean[] sentenceOthers = new boolean[text.sentences()];
        boolean[] sentenceSelf = new boolean[text.sentences()];
        boolean[] sentenceBuyer = new boolean[text.sentences()];
        int sentenceStart = 0;
        for (int k = 0; k < count; k++) {
            if (k > 0 && text.sentence(k) != text.sentence(k - 1)) {
                sentenceStart = k;
            }
            if (othersAt[k]) {
                clauseOthersFrom[text.clause(k)] = Math.min(clauseOthersFrom[text.clause(k)], k);
            }
            clauseSelf[text.clause(k)] |= selfAt[k];
            // "Cheaper than closed APIs, and…", "If someone needs an old version…": the one compared with, or a
            // case imagined, does not make the sentence theirs
            sentenceOthers[text.sentence(k)] |= othersAt[k] && k - sentenceStart < OPENING && !(k > 0 && NOT_SUBJECT.contains(text.norm(k - 1)));
            sentenceSelf[text.sentence(k)] |= selfAt[k];
            sentenceBuyer[text.sentence(k)] |= BUYER.contains(text.norm(k));
        }
        boolean[] sentenceAbout = new boolean[text.sentences()];
        for (int s = 0; s < text.sentences(); s++) {
            // a competitor's paragraph runs on until we come back, or the buyer does ("your data can
            // stay in your own data centre"), or a new bullet starts a new item
            int first = text.firstTokenOfSentence(s);
            boolean newItem = text.sentenceStartsLine(s) && text.bulletLine(text.line(first));
            boolean carried = s > 0 && sentenceAbout[s - 1] && !newItem && !sentenceBuyer[s]
                    && text.paragraphOfSentence(s) == text.paragraphOfSentence(s - 1);
            sentenceAbout[s] = !sentenceSelf[s] && (sentenceOthers[s] || carried);
        }
        boolean[] about = new boolean[count];
        for (int k = 0; k < count; k++) {
            int c = text.clause(k);
            // a competitor named before the word in its clause is its subject ("Bedrock locks you in");
            // one named after it is an object ("make switching to a competitor expensive")
            about[k] = sentenceAbout[text.sentence(k)] || (clauseOthersFrom[c] <= k && !clauseSelf[c]) || besideOthers(k, othersAt);
        }
        examplesOfOthers(about, othersAt);
        othersColumns(about, othersAt, selfAt);
        return about;
    }

    /**
     * "closed, API-only models such as GPT-4o": the kind of thing a competitor is given as an example
     * of is theirs, for the few words before "such as" in its clause.
     */
    private void examplesOfOthers(boolean[] about, boolean[] othersAt) {
        for (int k = 2; k < text.count(); k++) {
            boolean example = othersAt[k] && ("such".equals(text.norm(k - 2)) && "as".equals(text.norm(k - 1))
                    || "like".equals(text.norm(k - 1)) || "including".equals(text.norm(k - 1)));
            if (!example) {
                continue;
            }
            int cue = "like".equals(text.norm(k - 1)) || "including".equals(text.norm(k - 1)) ? k - 1 : k - 2;
            for (int j = cue - 1; j >= 0 && j >= cue - EXAMPLE_REACH && text.clause(j) == text.clause(cue); j--) {
                about[j] = true;
            }
        }
    }

    /** How many words before "such as" the kind of thing exemplified may stand ("closed, API-only models such as"). */
    private static final int EXAMPLE_REACH = 4;

    /**
     * A table whose header names competitors ("| Question | Us | OpenAI | Anthropic |", then "|---|"):
     * the cells under a competitor's column describe them ("callable, not downloadable"), the cells
     * under ours, or under no one's, do not.
     */
    private void othersColumns(boolean[] about, boolean[] othersAt, boolean[] selfAt) {
        String t = text.text();
        if (t.indexOf('|') < 0) {
            return;
        }
        java.util.Map<Integer, Boolean> theirs = null; // per column of the table being read: whether it is a competitor's
        int line = -1;
        int lineStart = 0;
        int lineEnd = 0;
        boolean row = false;
        boolean headerRow = false;
        int at = 0;
        int column = 0;
        for (int k = 0; k < text.count(); k++) {
            if (text.line(k) != line) {
                // each line is looked at once: is it a table row, and is it a header (a separator row follows)?
                line = text.line(k);
                lineStart = text.lineStartOf(k);
                lineEnd = text.lineEndOf(k);
                row = firstNonBlank(t, lineStart, lineEnd) == '|';
                headerRow = row && separatorFollows(t, lineEnd);
                if (headerRow) {
                    theirs = new java.util.HashMap<>();
                } else if (!row) {
                    theirs = null;
                }
                at = lineStart;
                column = 0;
            }
            for (; at < text.start(k); at++) {
                column += t.charAt(at) == '|' ? 1 : 0;
            }
            if (headerRow) {
                // a header cell is a competitor's while it names one and not us
                if (selfAt[k]) {
                    theirs.put(column, false);
                } else if (othersAt[k]) {
                    theirs.putIfAbsent(column, true);
                }
            } else if (theirs != null) {
                about[k] |= theirs.getOrDefault(column, false);
            }
        }
    }

    private static char firstNonBlank(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return ' ';
    }

    /** Whether the line after {@code lineEnd} is a Markdown table's separator row ("|---|:--|"). */
    private static boolean separatorFollows(String t, int lineEnd) {
        if (lineEnd >= t.length()) {
            return false;
        }
        int end = t.indexOf('\n', lineEnd + 1);
        String next = t.substring(lineEnd + 1, end < 0 ? t.length() : end).trim();
        return next.startsWith("|") && next.contains("--") && next.chars().allMatch(c -> c == '|' || c == ':' || c == '-' || c == ' ' || c == '\t');
    }

    private boolean besideOthers(int k, boolean[] othersAt) {
        for (int j = Math.max(0, k - BESIDE); j <= Math.min(text.count() - 1, k + BESIDE); j++) {
            if (othersAt[j] && text.clause(j) == text.clause(k)) {
                return true;
            }
        }
        return false;
    }
}
