package app.debrief.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The prompt packs and rubric shipped inside the app. They are found by listing the bundled
 * {@code prompts/} folder (in the jar or, in development, in target/classes), so adding a pack
 * needs no list kept by hand.
 */
public final class BundledContent {

    public static final String FOLDER = "prompts";
    public static final String RUBRIC = "rubric.json";
    public static final String LOOPS = "loops.json";

    private BundledContent() {
    }

    public static ContentFile rubric() {
        return resource(FOLDER + "/" + RUBRIC, "the bundled rubric");
    }

    /**
     * The bundled rubric, parsed once for every reader of its sections (the checker's and the
     * committee's). It is valid JSON or the build is broken, so this throws.
     */
    public static LocatedJson rubricJson() {
        ContentFile file = rubric();
        LocatedJson.Result parsed = LocatedJson.parse(file.name(), file.text());
        return parsed.json().orElseThrow(() -> new IllegalStateException("the bundled rubric is invalid:\n" + parsed.problem().orElseThrow()));
    }

    private static ContentFile resource(String resource, String what) {
        try (InputStream in = BundledContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the build");
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
            if ("jar".equals(anchor.getProtocol())) {
                // The jar's own index, not the zip file system: that one costs a tenth of a second
                // at start-up, and a module of the runtime.
                URL jarFile = ((JarURLConnection) anchor.openConnection()).getJarFileURL();
                try (JarFile jar = new JarFile(Path.of(jarFile.toURI()).toFile())) {
                    return list(jar);
                }
            }
            return list(Path.of(anchor.toURI()).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPack(String name) {
        return name.endsWith(".json") && !name.equals(RUBRIC) && !isLoops(name);
    }

    /** A loops file, not a pack: {@code loops.json}, or any name ending in {@code .loops.json}. */
    public static boolean isLoops(String fileName) {
        return fileName.equals(LOOPS) || fileName.endsWith("." + LOOPS);
    }

    /** The loops shipped with the app. */
    public static ContentFile loops() {
        return resource(FOLDER + "/" + LOOPS, "the bundled loops");
    }

    private static List<ContentFile> list(JarFile jar) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        String prefix = FOLDER + "/";
        List<JarEntry> entries = jar.stream()
                .filter(e -> e.getName().startsWith(prefix) && e.getName().indexOf('/', prefix.length()) < 0)
                .filter(e -> isPack(e.getName().substring(prefix.length())))
                .sorted(Comparator.comparing(JarEntry::getName))
                .toList();
        for (JarEntry entry : entries) {
            try (InputStream in = jar.getInputStream(entry)) {
                files.add(new ContentFile(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    private static List<ContentFile> list(Path folder) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (isPack(name)) {
                    files.add(new ContentFile(FOLDER + "/" + name, Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }
}
