package app.debrief.loop;

import app.debrief.review.MarkdownText;

import java.io.PrintWriter;

/** A packet as Markdown to read; every text is escaped, so a prompt or an answer cannot break the layout. */
public final class PacketMarkdown {

    private PacketMarkdown() {
    }

    public static void write(DebriefPacket packet, PrintWriter out) {
        boolean inList = false;
        for (PacketDocument.Block b : PacketDocument.of(packet)) {
            if (inList && !(b instanceof PacketDocument.Item)) {
                out.println(); // a list ends with a blank line, or the next paragraph would join its last item
            }
            inList = b instanceof PacketDocument.Item;
            if (b instanceof PacketDocument.Heading h) {
                out.println("#".repeat(h.level()) + " " + MarkdownText.heading(h.text()));
                out.println();
            } else if (b instanceof PacketDocument.Para p) {
                out.println(p.strong() ? "**" + MarkdownText.inline(p.text()) + "**" : MarkdownText.inline(p.text()));
                out.println();
            } else if (b instanceof PacketDocument.Item i) {
                out.println((i.number() > 0 ? i.number() + ". " : "- ") + MarkdownText.inline(i.text()));
            }
        }
        out.flush();
    }
}
