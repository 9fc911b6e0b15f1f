package app.debrief.rubric;

import java.util.Arrays;
import java.util.Set;

/**
 * An answer cut into word tokens, each with its place in the text, its stem, its sentence and
 * its clause. Sentences end at . ! ? and at line breaks (bullets are sentences); clauses also
 * end at commas, semicolons, colons, brackets, dashes and words such as "but" or "whereas",
 * which is where a negation's reach stops.
 */
final class AnswerText {

    private static final Set<String> CONNECTIVES = Set.of(
            "but", "however", "whereas", "while", "yet", "although", "though", "because", "so", "instead", "meanwhile");
    private static final Set<String> ABBREVIATIONS = Set.of("e", "g", "i", "vs", "etc", "approx", "incl", "eg", "ie", "cf", "mr", "ms", "dr");

    final String text;
    final int count;
    final int[] start;
    final int[] end;
    final String[] norm;
    final String[] stem;
    final int[] sentence;
    final int[] clause;
    final int sentences;
    private final int[] sentenceParagraph;
    private final java.util.BitSet questions;

    private AnswerText(String text, Builder b) {
        this.text = text;
        this.count = b.count;
        this.start = Arrays.copyOf(b.start, b.count);
        this.end = Arrays.copyOf(b.end, b.count);
        this.norm = Arrays.copyOf(b.norm, b.count);
        this.stem = Arrays.copyOf(b.stem, b.count);
        this.sentence = Arrays.copyOf(b.sentence, b.count);
        this.clause = Arrays.copyOf(b.clause, b.count);
        this.sentences = b.count == 0 ? 0 : b.sentenceNo + 1;
        this.questions = b.questions;
        this.sentenceParagraph = new int[sentences];
        for (int k = 0; k < count; k++) {
            sentenceParagraph[sentence[k]] = b.paragraph[k];
        }
    }

    /** Paragraphs are separated by a blank line. */
    int paragraphOfSentence(int s) {
        return sentenceParagraph[s];
    }

    /** True when sentence {@code s} ends with a question mark: it raises a point rather than makes it. */
    boolean isQuestion(int s) {
        return questions.get(s);
    }

    static AnswerText of(String text, Stems stems) {
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
                if (b.lastWasNewline(text, i)) {
                    b.endParagraph();
                }
            }
            case '\r', '!', '\u2026' -> b.endSentence();
            case '.' -> {
                boolean atEnd = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                        || "\"')]\u201d\u2019".indexOf(text.charAt(i + 1)) >= 0;
                boolean abbreviation = b.count > 0 && b.end[b.count - 1] == i && ABBREVIATIONS.contains(b.norm[b.count - 1]);
                if (atEnd && !abbreviation) {
                    b.endSentence();
                }
            }
            case ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '\u201c', '\u201d', '\u00ab', '\u00bb',
                    '\u2014', '\u2013', '\u2022', '|' -> b.endClause();
            case '-' -> {
                boolean spaced = i > 0 && Character.isWhitespace(text.charAt(i - 1))
                        && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
                if (spaced) {
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

    /** The index of the first token ending after {@code charOffset}, or {@code count}. */
    int tokenAtOrAfter(int charOffset) {
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

    private static final class Builder {
        private final Stems stems;
        int count;
        int[] start;
        int[] end;
        String[] norm;
        String[] stem;
        int[] sentence;
        int[] clause;
        int[] paragraph;
        int sentenceNo;
        int paragraphNo;
        boolean paragraphPending;
        int clauseNo;
        boolean sentencePending;
        boolean clausePending;
        final java.util.BitSet questions = new java.util.BitSet();

        Builder(Stems stems, int capacity) {
            this.stems = stems;
            start = new int[capacity];
            end = new int[capacity];
            norm = new String[capacity];
            stem = new String[capacity];
            sentence = new int[capacity];
            clause = new int[capacity];
            paragraph = new int[capacity];
        }

        /** True when only white space stands between this line break and the previous one. */
        boolean lastWasNewline(String text, int i) {
            for (int k = i - 1; k >= 0; k--) {
                char c = text.charAt(k);
                if (c == '\n') {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return false;
        }

        void endParagraph() {
            paragraphPending = true;
        }

        void endSentence() {
            sentencePending = true;
            clausePending = true;
        }

        void markQuestion() {
            if (count > 0 && !sentencePending) {
                questions.set(sentenceNo);
            }
        }

        void endClause() {
            clausePending = true;
        }

        void add(String text, int from, int to) {
            String n = Stems.normalize(text.substring(from, to));
            if (CONNECTIVES.contains(n)) {
                clausePending = true;
            }
            if (count > 0) {
                if (sentencePending) {
                    sentenceNo++;
                }
                if (clausePending) {
                    clauseNo++;
                }
                if (paragraphPending) {
                    paragraphNo++;
                }
            }
            sentencePending = false;
            clausePending = false;
            paragraphPending = false;
            if (count == start.length) {
                int size = count * 2;
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
                norm = Arrays.copyOf(norm, size);
                stem = Arrays.copyOf(stem, size);
                sentence = Arrays.copyOf(sentence, size);
                clause = Arrays.copyOf(clause, size);
                paragraph = Arrays.copyOf(paragraph, size);
            }
            start[count] = from;
            end[count] = to;
            norm[count] = n;
            stem[count] = Character.isDigit(n.charAt(0)) ? n.replace(",", "") : stems.stem(n);
            sentence[count] = sentenceNo;
            clause[count] = clauseNo;
            paragraph[count] = paragraphNo;
            count++;
        }
    }
}
