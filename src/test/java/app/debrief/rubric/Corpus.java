package app.debrief.rubric;

import app.debrief.bank.Track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The hand-labelled answers under src/test/resources/corpus (format in its README). */
record Corpus(List<Entry> entries) {

    record Entry(String file, Track track, String kind, Set<String> flag, Set<String> clear, String why, String answer) {
        boolean labelled(String mistake) {
            return flag.contains(mistake) || clear.contains(mistake);
        }
    }

    static Corpus load() {
        try {
            Path root = Path.of(Corpus.class.getResource("/corpus/README.md").toURI()).getParent();
            List<Entry> entries = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).sorted().toList()) {
                    entries.add(parse(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            return new Corpus(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Entry parse(String name, String content) {
        int split = content.indexOf("\n---\n");
        if (split < 0) {
            throw new IllegalArgumentException(name + ": no '---' line between header and answer");
        }
        Track track = null;
        String kind = null;
        String why = "";
        Set<String> flag = new LinkedHashSet<>();
        Set<String> clear = new LinkedHashSet<>();
        for (String line : content.substring(0, split).split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "track" -> track = Track.parse(value).orElseThrow(() -> new IllegalArgumentException(name + ": bad track " + value));
                case "kind" -> kind = value;
                case "flag" -> flag.addAll(list(value));
                case "clear" -> clear.addAll(list(value));
                case "why" -> why = value;
                default -> throw new IllegalArgumentException(name + ": unknown header " + key);
            }
        }
        if (track == null || kind == null) {
            throw new IllegalArgumentException(name + ": track and kind are required");
        }
        return new Entry(name, track, kind, flag, clear, why, content.substring(split + 5));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
