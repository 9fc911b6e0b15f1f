package app.debrief.rubric;

/** Word counting shared by the checker, the editor's live count and the store. */
public final class Words {

    private Words() {
    }

    /** Runs of non-space characters holding at least one letter or digit ("p95", "open-weights", "€0.20"). */
    public static int count(CharSequence text) {
        int words = 0;
        boolean inRun = false;
        boolean runCounts = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inRun && runCounts) {
                    words++;
                }
                inRun = false;
                runCounts = false;
            } else {
                inRun = true;
                runCounts |= Character.isLetterOrDigit(c) || Character.isSurrogate(c) && Character.isLetter(Character.codePointAt(text, i));
            }
        }
        return inRun && runCounts ? words + 1 : words;
    }
}
