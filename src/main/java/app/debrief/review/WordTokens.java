package app.debrief.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into the units a word diff compares: words, with the punctuation at their edges cut
 * off as tokens of their own ("(latency," is "(", "latency", ","), each carrying the whitespace
 * that follows it. Joined back, the tokens give the text exactly.
 *
 * <p>Cuts fall only between code points, and never before a combining mark, a joiner or a
 * variation selector, so an emoji sequence (👩‍💻, 👍🏽, #️⃣) or a letter with its marks is never
 * split. Right-to-left text needs nothing special: it is compared in the order it is stored.
 */
record WordTokens(String leading, List<Token> tokens) {

    /** One unit: the compared text and the whitespace after it (not compared). */
    record Token(String word, String space) {
    }

    static WordTokens of(String text) {
        // No whitespace lies outside the BMP and a surrogate is never whitespace, so spaces can be
        // found a char at a time without cutting a pair.
        int i = 0;
        int n = text.length();
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        String leading = text.substring(0, i);
        List<Token> tokens = new ArrayList<>();
        while (i < n) {
            int wordEnd = i;
            while (wordEnd < n && !isSpace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            int spaceEnd = wordEnd;
            while (spaceEnd < n && isSpace(text.charAt(spaceEnd))) {
                spaceEnd++;
            }
            addRun(text, i, wordEnd, text.substring(wordEnd, spaceEnd), tokens);
            i = spaceEnd;
        }
        return new WordTokens(leading, tokens);
    }

    /** A run of non-space text: leading punctuation one by one, the word, trailing punctuation one by one. */
    private static void addRun(String text, int start, int end, String space, List<Token> tokens) {
        int from = start;
        while (from < end && isPunctuation(text.codePointAt(from))) {
            int next = from + Character.charCount(text.codePointAt(from));
            if (next < end && extendsPrevious(text.codePointAt(next))) {
                break;
            }
            tokens.add(new Token(text.substring(from, next), ""));
            from = next;
        }
        int to = end;
        while (to > from && isPunctuation(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        if (to > from) {
            tokens.add(new Token(text.substring(from, to), ""));
        }
        for (int p = to; p < end; p += Character.charCount(text.codePointAt(p))) {
            tokens.add(new Token(text.substring(p, p + Character.charCount(text.codePointAt(p))), ""));
        }
        Token last = tokens.get(tokens.size() - 1);
        tokens.set(tokens.size() - 1, new Token(last.word(), space));
    }

    // ASCII answers from tables: the same answers as the Character methods, without their cost
    // on every character of a long answer.
    private static final boolean[] ASCII_SPACE = new boolean[128];
    private static final boolean[] ASCII_PUNCTUATION = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACE[c] = isSpaceSlow(c);
            ASCII_PUNCTUATION[c] = isPunctuationSlow(c);
        }
    }

    static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : isSpaceSlow(c);
    }

    private static boolean isSpaceSlow(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isPunctuation(int cp) {
        return cp < 128 ? ASCII_PUNCTUATION[cp] : isPunctuationSlow(cp);
    }

    private static boolean isPunctuationSlow(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Marks, joiners, variation selectors and skin tones belong to the code point before them. */
    private static boolean extendsPrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
