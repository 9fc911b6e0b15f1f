package app.debrief.review;

import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/** Markdown parsed as a CommonMark viewer with GitHub's tables and strikethrough reads it. */
final class RenderedMarkdown {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .build();

    private RenderedMarkdown() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            children.add(c);
        }
        return children;
    }

    /** Every node below {@code node}, depth first. */
    static List<Node> descendants(Node node) {
        List<Node> all = new ArrayList<>();
        for (Node c : children(node)) {
            all.add(c);
            all.addAll(descendants(c));
        }
        return all;
    }

    /** The text a reader sees: line breaks as "\n", paragraphs apart by a blank line. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                visitChildren(paragraph);
            }
        });
        return out.toString();
    }
}
