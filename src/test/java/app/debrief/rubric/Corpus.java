package app.debrief.rubric;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.bank.Track;
import app.debrief.rubric.points.Level;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hand-labelled answers under src/test/resources/corpus (format in its README), in parts:
 * the tuning part (what the checker was tuned on) and each frozen set, written and hashed before
 * the checker's rules changed and never tuned on.
 */
record Corpus(List<Entry> entries) {

    /** The folder of a frozen set under corpus/, e.g. "frozen/real". */
    static final String FROZEN = "frozen";

    record Entry(String file, Track track, String kind, Optional<String> prompt, Set<String> flag, Set<String> clear,
                 Optional<Set<String>> only, Map<String, Level> points, Set<String> classes, String why, String answer,
                 Optional<Prompt> resolved) {

        boolean labelled(String mistake) {
            return flag.contains(mistake) || clear.contains(mistake);
        }

        /** "tuning", or the frozen set the file belongs to ("frozen/real"). */
        String part() {
            String[] path = file.split("/");
            return path[0].equals(FROZEN) && path.length > 2 ? FROZEN + "/" + path[1] : "tuning";
        }

        CheckContext context() {
            return resolved.map(CheckContext::of).orElseGet(() -> CheckContext.of(track, kind));
        }
    }

    static Corpus load() {
        PromptBank bank = BundledBank.load();
        try {
            Path root = root();
            List<Entry> entries = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md")).sorted().toList()) {
                    Entry e = parse(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
                    entries.add(withPrompt(e, bank));
                }
            }
            return new Corpus(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        try {
            return Path.of(Corpus.class.getResource("/corpus/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Entry> part(String part) {
        return entries.stream().filter(e -> e.part().equals(part)).toList();
    }

    List<String> parts() {
        return entries.stream().map(Entry::part).distinct().sorted().toList();
    }

    static Entry withPrompt(Entry e, PromptBank bank) {
        if (e.prompt().isEmpty()) {
            return e;
        }
        Prompt p = bank.byId(e.prompt().get()).orElseThrow(() -> new IllegalArgumentException(e.file() + ": no prompt " + e.prompt().get()));
        for (String point : e.points().keySet()) {
            if (p.talkingPoint(point).isEmpty()) {
                throw new IllegalArgumentException(e.file() + ": prompt " + p.id() + " has no talking point " + point);
            }
        }
        return new Entry(e.file(), e.track(), e.kind(), e.prompt(), e.flag(), e.clear(), e.only(), e.points(), e.classes(), e.why(),
                e.answer(), Optional.of(p));
    }

    static Entry parse(String name, String content) {
        content = content.replace("\r\n", "\n");
        int split = content.indexOf("\n---\n");
        if (split < 0) {
            throw new IllegalArgumentException(name + ": no '---' line between header and answer");
        }
        Track track = null;
        String kind = null;
        String why = "";
        Optional<String> prompt = Optional.empty();
        Optional<Set<String>> only = Optional.empty();
        Set<String> flag = new LinkedHashSet<>();
        Set<String> clear = new LinkedHashSet<>();
        Set<String> classes = new LinkedHashSet<>();
        Map<String, Level> points = new LinkedHashMap<>();
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
                case "prompt" -> prompt = Optional.of(value);
                case "flag" -> flag.addAll(list(value));
                case "clear" -> clear.addAll(list(value));
                case "only" -> only = Optional.of(new LinkedHashSet<>(list(value)));
                case "class" -> classes.addAll(list(value));
                case "points" -> {
                    for (String pair : list(value)) {
                        String[] kv = pair.split("=");
                        if (kv.length != 2) {
                            throw new IllegalArgumentException(name + ": a point is id=level, found " + pair);
                        }
                        points.put(kv[0].trim(), Level.of(kv[1].trim()));
                    }
                }
                case "why", "source" -> why = key.equals("why") ? value : why;
                default -> throw new IllegalArgumentException(name + ": unknown header " + key);
            }
        }
        if (track == null || kind == null) {
            throw new IllegalArgumentException(name + ": track and kind are required");
        }
        return new Entry(name, track, kind, prompt, flag, clear, only, points, classes, why, content.substring(split + 5), Optional.empty());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
