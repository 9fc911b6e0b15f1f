package app.debrief.loop;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A packet written out as Markdown, JSON or PDF; a file is written whole or not at all. */
public final class PacketExport {

    public enum Format {
        MARKDOWN("md"), JSON("json"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private PacketExport() {
    }

    /** Writes to {@code out}, which stays open. */
    public static void write(DebriefPacket packet, Format format, OutputStream out) throws IOException {
        if (format == Format.PDF) {
            PacketPdf.write(packet, out);
            return;
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (format == Format.JSON) {
            PacketJson.write(packet, new java.io.FilterWriter(w) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            w.write(System.lineSeparator());
        } else {
            PacketMarkdown.write(packet, new PrintWriter(w));
        }
        w.flush();
    }

    /** Writes to a temporary file beside {@code target}, then moves it into place. */
    public static void writeFile(DebriefPacket packet, Format format, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(packet, format, out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
