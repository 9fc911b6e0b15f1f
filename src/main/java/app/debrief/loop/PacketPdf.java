package app.debrief.loop;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A packet as a PDF of A4 pages, laid out with Apache PDFBox: the same blocks as the Markdown, with
 * wrapped lines and page numbers. Text is set in DejaVu Sans (or Arial) when the system has it, so
 * any script an answer was written in shows; otherwise in Helvetica, with characters it lacks
 * shown as '?'.
 */
public final class PacketPdf {

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.35f;
    private static final List<Path> REGULAR = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("C:\\Windows\\Fonts\\arial.ttf"), Path.of("/System/Library/Fonts/Supplemental/Arial.ttf"));
    private static final List<Path> BOLD = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            Path.of("C:\\Windows\\Fonts\\arialbd.ttf"), Path.of("/System/Library/Fonts/Supplemental/Arial Bold.ttf"));

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream page;
    private float y;
    private int pages;

    private PacketPdf(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = font(doc, REGULAR).orElse(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        this.bold = font(doc, BOLD).orElse(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    private static Optional<PDFont> font(PDDocument doc, List<Path> candidates) throws IOException {
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return Optional.of(PDType0Font.load(doc, p.toFile()));
            }
        }
        return Optional.empty();
    }

    /** Writes the packet to {@code out} as one PDF document. */
    public static void write(DebriefPacket packet, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Debrief packet: " + packet.sitting().title());
            info.setCreator("Debrief");
            PacketPdf pdf = new PacketPdf(doc);
            pdf.newPage();
            for (PacketDocument.Block b : PacketDocument.of(packet)) {
                pdf.block(b);
            }
            pdf.page.close();
            doc.save(out);
        }
    }

    private void block(PacketDocument.Block b) throws IOException {
        if (b instanceof PacketDocument.Heading h) {
            float fontSize = h.level() == 1 ? 17 : h.level() == 2 ? 14 : 11.5f;
            space(h.level() == 1 ? 0 : fontSize * 0.9f);
            text(h.text(), bold, fontSize, 0, fontSize * 3);
            space(fontSize * 0.3f);
        } else if (b instanceof PacketDocument.Para p) {
            text(p.text(), p.strong() ? bold : regular, p.strong() ? BODY + 1.5f : BODY, 0, 0);
            space(BODY * 0.6f);
        } else if (b instanceof PacketDocument.Item i) {
            float indent = 16;
            ensure(BODY * LEADING);
            write(i.number() > 0 ? i.number() + "." : "\u2022", regular, BODY, MARGIN + 2, y - BODY);
            text(i.text(), regular, BODY, indent, 0);
            space(BODY * 0.35f);
        }
    }

    /** Wrapped text; {@code keepWith} asks for that much room below the first line, so a heading is never last on a page. */
    private void text(String text, PDFont font, float fontSize, float indent, float keepWith) throws IOException {
        float width = size.getWidth() - 2 * MARGIN - indent;
        List<String> lines = wrap(printable(text, font), font, fontSize, width);
        float line = fontSize * LEADING;
        ensure(line + keepWith);
        for (String l : lines) {
            ensure(line);
            write(l, font, fontSize, MARGIN + indent, y - fontSize);
            y -= line;
        }
    }

    private void write(String text, PDFont font, float fontSize, float x, float baseline) throws IOException {
        page.beginText();
        page.setFont(font, fontSize);
        page.newLineAtOffset(x, baseline);
        page.showText(printable(text, font));
        page.endText();
    }

    private void space(float points) {
        y -= points;
    }

    private void ensure(float needed) throws IOException {
        if (y - needed < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage p = new PDPage(size);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        pages++;
        y = size.getHeight() - MARGIN;
        String number = "Debrief \u00b7 page " + pages;
        write(number, regular, 8, size.getWidth() - MARGIN - regular.getStringWidth(printable(number, regular)) / 1000 * 8, MARGIN / 2);
    }

    static List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * fontSize > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
            while (font.getStringWidth(line.toString()) / 1000 * fontSize > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && font.getStringWidth(line.substring(0, cut)) / 1000 * fontSize > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line = new StringBuilder(line.substring(cut));
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with what the font cannot show replaced by '?', and line breaks and tabs as spaces. */
    static String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.replaceAll("\\s", " ").codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
