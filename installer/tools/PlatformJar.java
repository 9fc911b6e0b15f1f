import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Keeps an installer free of other platforms' native code (run as a single-file program, so it
 * works the same on Linux, Windows and macOS with only a JDK):
 * <pre>
 * java PlatformJar.java keep JAR OUT NATIVE_ROOT KEEP   copies JAR to OUT without the entries under
 *                                                   NATIVE_ROOT (e.g. org/sqlite/native/) other than
 *                                                   those under NATIVE_ROOT + KEEP (e.g. Linux/x86_64/)
 * java PlatformJar.java natives JAR DIR               copies the native libraries at the top of JAR
 *                                                   (JavaFX's .so, .dll, .dylib) into DIR
 * </pre>
 */
public final class PlatformJar {

    public static void main(String[] args) throws IOException {
        if (args.length == 5 && args[0].equals("keep")) {
            keep(Path.of(args[1]), Path.of(args[2]), args[3], args[3] + args[4]);
        } else if (args.length == 3 && args[0].equals("natives")) {
            natives(Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: PlatformJar keep JAR OUT NATIVE_ROOT KEEP | natives JAR DIR");
            System.exit(2);
        }
    }

    private static void keep(Path jar, Path out, String nativeRoot, String kept) throws IOException {
        int dropped = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : in.stream().toList()) {
                String name = e.getName();
                if (name.startsWith(nativeRoot) && !name.startsWith(kept) && !kept.startsWith(name)) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        if (dropped == 0) {
            throw new IllegalStateException(jar + " has no entries under " + nativeRoot + " to drop: has its layout changed?");
        }
        System.out.printf("%s: kept %s, dropped %d entries of other platforms%n", out.getFileName(), kept, dropped);
    }

    private static void natives(Path jar, Path dir) throws IOException {
        Files.createDirectories(dir);
        int copied = 0;
        try (ZipFile in = new ZipFile(jar.toFile())) {
            for (ZipEntry e : in.stream().toList()) {
                String name = e.getName();
                if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                    try (InputStream data = in.getInputStream(e)) {
                        Files.copy(data, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                    copied++;
                }
            }
        }
        if (copied == 0) {
            throw new IllegalStateException(jar + " holds no native libraries: is it the platform jar (with a classifier)?");
        }
        System.out.printf("%s: %d native libraries into %s%n", jar.getFileName(), copied, dir);
    }
}
