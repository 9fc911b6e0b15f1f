package app.debrief.review;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static app.debrief.review.RenderedMarkdown.children;
import static app.debrief.review.RenderedMarkdown.descendants;
import static app.debrief.review.RenderedMarkdown.parse;
import static app.debrief.review.RenderedMarkdown.text;
import static org.assertj.core.api.Assertions.assertThat;

/** User text in the Markdown report shows as typed, whatever Markdown it looks like ("\n" in a case is a line break). */
class MarkdownTextTest {

    static final Set<Class<? extends Node>> PLAIN = Set.of(Paragraph.class, Text.class, HardLineBreak.class);

    @ParameterizedTest
    @ValueSource(strings = {
            "# not a heading", "- not a list", "* not a list either", "+ nor this", "1. not numbered", "2026) a year",
            "line one\\n---\\nline three", "Title\\n===", "```\\nfenced code\\n```", "~~~\\nfence\\n~~~", "~~struck~~ or ~not~",
            "<div>an HTML block</div>", "<!-- a comment that would hide the rest", "a <b>bold</b> tag and <https://example.com>",
            "[a link](https://example.com) and ![an image](x.png)", "[ref]: https://example.com", "*emphasis*, **strong**, _under_, __double__",
            "snake_case_words and _lead and trail_", "| a | b |\\n|---|---|\\n| c | d |", "> quoted again", "back\\\\slash and \\\\*escaped\\\\*",
            "AT&T &amp; &#169; &copy; & more", "`inline code` and ``more``", "trailing hashes ##", "emoji 👩‍💻, עברית and العربية",
            "costs $5/$10 per 1M tokens", "first\\n\\nsecond paragraph\\nwith a second line"})
    void userTextShowsAsTypedInAQuoteAHeadingAndATableCell(String escapedCase) {
        String text = escapedCase.replace("\\n", "\n");

        Node quote = single(parse(String.join("\n", MarkdownText.quote(text))));
        assertThat(quote).isInstanceOf(BlockQuote.class);
        assertThat(descendants(quote)).allSatisfy(n -> assertThat(PLAIN).as("%s in the quote", n).contains(n.getClass()));
        assertThat(text(quote)).isEqualTo(text);

        String flat = text.replaceAll("\\s*\\R\\s*", " ");
        Node heading = single(parse("## " + MarkdownText.heading(text)));
        assertThat(heading).isInstanceOfSatisfying(Heading.class, h -> assertThat(h.getLevel()).isEqualTo(2));
        assertThat(descendants(heading)).allSatisfy(n -> assertThat(n).isInstanceOf(Text.class));
        assertThat(text(heading)).isEqualTo(flat);

        Node table = single(parse("| Item | Note |\n|---|---|\n| x | " + MarkdownText.inline(text) + " |"));
        assertThat(table).isInstanceOf(TableBlock.class);
        List<Node> cells = descendants(table).stream().filter(n -> n instanceof TableCell).toList();
        assertThat(cells).hasSize(4);
        assertThat(text(cells.get(3))).isEqualTo(flat);
        assertThat(descendants(cells.get(3))).allSatisfy(n -> assertThat(n).isInstanceOf(Text.class));
    }

    @Test
    void indentationIsKeptWithoutStartingACodeBlock() {
        Node quote = single(parse(String.join("\n", MarkdownText.quote("Plan:\n    step one\n\tstep two"))));
        assertThat(descendants(quote)).allSatisfy(n -> assertThat(PLAIN).contains(n.getClass()));
        assertThat(text(quote)).isEqualTo("Plan:\n" + "\u00A0".repeat(4) + "step one\n" + "\u00A0".repeat(4) + "step two");
    }

    @Test
    void plainProseIsNotEscaped() {
        String prose = "Stream tokens over SSE; p95 under 300 ms (first token), cost per 1M tokens: 0.40 USD. Don't over-build it!";
        assertThat(MarkdownText.inline(prose)).isEqualTo(prose);
        assertThat(MarkdownText.quote(prose)).containsExactly("> " + prose);
        assertThat(MarkdownText.inline("snake_case")).isEqualTo("snake_case");
    }

    @Test
    void dollarSignsAreEscapedSoGitHubDoesNotReadPricesAsMaths() {
        assertThat(MarkdownText.inline("$5/$10")).isEqualTo("\\$5/\\$10");
    }

    @Test
    void codeSpansGrowPastBackticksInside() {
        assertThat(MarkdownText.code("pm-sd-1")).isEqualTo("`pm-sd-1`");
        String odd = MarkdownText.code("a`b");
        assertThat(text(parse(odd))).isEmpty();
        assertThat(((org.commonmark.node.Code) parse(odd).getFirstChild().getFirstChild()).getLiteral()).isEqualTo("a`b");
    }

    private static Node single(Node document) {
        assertThat(document).isInstanceOf(Document.class);
        List<Node> blocks = children(document);
        assertThat(blocks).as("one block").hasSize(1);
        return blocks.get(0);
    }
}
