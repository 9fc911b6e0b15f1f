package app.debrief.rubric;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A frozen set is honest only while nobody edits it: every file of a set under corpus/frozen/ is
 * listed in its SHA256SUMS with the hash it had when it was frozen, and no file is added unlisted.
 */
class FrozenCorpusTest {

    @Test
    void everyFrozenFileIsExactlyAsItWasFrozen() throws IOException, NoSuchAlgorithmException {
        Path frozen = Corpus.root().resolve(Corpus.FROZEN);
        List<Path> sets;
        try (Stream<Path> dirs = Files.list(frozen)) {
            sets = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(sets).as("frozen sets").isNotEmpty();
        for (Path set : sets) {
            Map<String, String> listed = new HashMap<>();
            for (String line : Files.readAllLines(set.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String[] parts = line.trim().split("\\s+", 2);
                    listed.put(parts[1].replaceFirst("^\\*", "").replaceFirst("^\\./", ""), parts[0]);
                }
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(set)) {
                files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            }
            assertThat(files).as(set + ": files").hasSameSizeAs(listed.keySet());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                String name = set.relativize(f).toString().replace('\\', '/');
                assertThat(listed).as(set + ": " + name + " is listed").containsKey(name);
                String hash = HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f)));
                assertThat(hash).as(set + ": " + name + " unchanged since it was frozen").isEqualTo(listed.get(name));
            }
        }
    }
}
