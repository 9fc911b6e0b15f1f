import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws Debrief's icon (a speech bubble holding a check mark, on an indigo tile) from shapes, at
 * every size each system asks for, and writes the files the installers take:
 * debrief.png (Linux), debrief.ico (Windows) and debrief.icns (macOS). Both containers hold PNG
 * images, which Windows Vista and later and macOS 10.7 and later read.
 * Run from the repository root: {@code java -Djava.awt.headless=true installer/icon/DrawIcon.java}
 */
public final class DrawIcon {

    private static final Path DIR = Path.of("installer", "icon");

    public static void main(String[] args) throws IOException {
        Files.write(DIR.resolve("debrief.png"), png(draw(512)));
        Files.write(DIR.resolve("debrief.ico"), ico(List.of(16, 24, 32, 48, 64, 128, 256)));
        // Each icns type code stands for one pixel size (the @2x types repeat a size on purpose).
        Map<String, Integer> icns = new LinkedHashMap<>();
        icns.put("icp4", 16);
        icns.put("icp5", 32);
        icns.put("ic11", 32);
        icns.put("icp6", 64);
        icns.put("ic12", 64);
        icns.put("ic07", 128);
        icns.put("ic08", 256);
        icns.put("ic13", 256);
        icns.put("ic09", 512);
        icns.put("ic14", 512);
        icns.put("ic10", 1024);
        Files.write(DIR.resolve("debrief.icns"), icns(icns));
        System.out.println("wrote debrief.png, debrief.ico and debrief.icns in " + DIR);
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);

        // The tile: a rounded square with a little margin, as desktop icons have.
        g.setPaint(new GradientPaint(0, 4, new Color(0x5B63E6), 0, 96, new Color(0x2F3391)));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 24, 24));

        // The speech bubble: a rounded body and a tail at the lower left.
        Area bubble = new Area(new RoundRectangle2D.Double(17, 20, 66, 50, 18, 18));
        Path2D tail = new Path2D.Double();
        tail.moveTo(28, 62);
        tail.lineTo(24, 82);
        tail.lineTo(44, 66);
        tail.closePath();
        bubble.add(new Area(tail));
        g.setPaint(new Color(0, 0, 0, 60));
        g.translate(0, 1.5);
        g.fill(bubble);
        g.translate(0, -1.5);
        g.setPaint(Color.WHITE);
        g.fill(bubble);

        // The check mark: the answer was reviewed.
        Path2D check = new Path2D.Double();
        check.moveTo(35, 45);
        check.lineTo(45, 55);
        check.lineTo(65, 34);
        g.setPaint(new Color(0x1FA971));
        g.setStroke(new BasicStroke(8.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per size, then the PNG images (little-endian). */
    static byte[] ico(List<Integer> sizes) {
        List<byte[]> images = sizes.stream().map(s -> png(draw(s))).toList();
        int header = 6 + 16 * sizes.size();
        int total = header + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = header;
        for (int i = 0; i < sizes.size(); i++) {
            int s = sizes.get(i);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)); // 0 means 256
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(b::put);
        return b.array();
    }

    /** 'icns', the file length, then per image its type code, its length with the 8-byte header, and the PNG (big-endian). */
    static byte[] icns(Map<String, Integer> types) {
        Map<String, byte[]> images = new LinkedHashMap<>();
        types.forEach((type, size) -> images.put(type, png(draw(size))));
        int total = 8 + images.values().stream().mapToInt(p -> 8 + p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        images.forEach((type, p) -> b.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + p.length).put(p));
        return b.array();
    }
}
