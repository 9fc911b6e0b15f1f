package app.debrief.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The prompt packs and rubric shipped inside the app. They are found by listing the bundled
 * {@code prompts/} folder (in the jar or, in development, in target/classes), so adding a pack
 * needs no list kept by hand.
 */
public final class BundledContent {

    public static final String FOLDER = "prompts";
    public static final String RUBRIC = "rubric.json";

    private BundledContent() {
    }

    public static ContentFile rubric() {
        String resource = FOLDER + "/" + RUBRIC;
        try (InputStream in = BundledContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled rubric " + resource + " is missing from the build");
            }
            return new ContentFile(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bundled pack (all {@code .json} files but the rubric), sorted by name. */
    public static List<ContentFile> packs() {
        URL anchor = BundledContent.class.getClassLoader().getResource(FOLDER + "/" + RUBRIC);
        if (anchor == null) {
            throw new IllegalStateException("the bundled folder " + FOLDER + "/ is missing from the build");
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return list(jar.getPath("/" + FOLDER));
                }
            }
            return list(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Another part of the process has the jar open; read it through a private one instead.
            String jarPath = uri.getSchemeSpecificPart();
            jarPath = jarPath.substring(0, jarPath.indexOf("!/"));
            return FileSystems.newFileSystem(Path.of(URI.create(jarPath)), (ClassLoader) null);
        }
    }

    private static List<ContentFile> list(Path folder) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") && !name.equals(RUBRIC)) {
                    files.add(new ContentFile(FOLDER + "/" + name, Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }
}
