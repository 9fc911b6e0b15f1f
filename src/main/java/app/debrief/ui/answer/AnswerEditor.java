package app.debrief.ui.answer;

import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.function.Consumer;

/**
 * The answer editor. A RichTextFX area rather than a TextArea because it lays out only the
 * paragraphs on screen: a 1 MB paste of ordinary paragraphs appears in well under a second,
 * where a TextArea took seconds (and minutes with emoji and right-to-left text). One paragraph
 * of hundreds of thousands of characters is slow in any JavaFX text node, so a paste holding
 * one is refused with a message, and nothing is lost: the draft and the clipboard are unchanged.
 */
final class AnswerEditor extends StyleClassedTextArea {

    /** Longer than any paragraph a person writes (about 3,000 words), far below what freezes the layout. */
    static final int MAX_PARAGRAPH = 20_000;

    private final Consumer<String> refused;

    AnswerEditor(Consumer<String> refused) {
        this.refused = refused;
        setWrapText(true);
    }

    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString()) {
            int longest = longestParagraph(clipboard.getString());
            if (longest > MAX_PARAGRAPH) {
                refused.accept(String.format("Not pasted: the text holds a paragraph of %,d characters, and the editor takes "
                        + "paragraphs of up to %,d. Add line breaks to it and paste again; your answer is unchanged.", longest, MAX_PARAGRAPH));
                return;
            }
        }
        super.paste();
    }

    static int longestParagraph(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }
}
