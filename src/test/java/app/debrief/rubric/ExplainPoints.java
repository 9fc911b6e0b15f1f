package app.debrief.rubric;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A developer's lens on the talking-point pass: for every corpus answer under the folders given,
 * each point where the checker's level differs from the expert's, with the words that named it and
 * the substance it was credited with. {@code java -cp … app.debrief.rubric.ExplainPoints DIR...}
 */
public final class ExplainPoints {
    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 90), Math.min(text.length(), end + 60)).replace('\n', ' ');
    }

    public static void main(String[] args) throws Exception {
        RubricChecker checker = new RubricChecker(RubricReader.bundled());
        var bank = BundledBank.load();
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                files = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("INDEX.md")).sorted().toList();
            }
            for (Path file : files) {
                Corpus.Entry e = Corpus.withPrompt(Corpus.parse(file.getFileName().toString(), Files.readString(file)), bank);
                if (e.points().isEmpty()) {
                    continue;
                }
                Feedback f = checker.check(e.answer(), e.context());
                for (TalkingPointFinding t : f.talkingPoints()) {
                    var expert = e.points().get(t.id());
                    if (expert == null || expert.id().equals(t.level().id()) && System.getenv("ALL") == null) {
                        continue;
                    }
                    System.out.println(file + " " + t.id() + " expert=" + expert.id() + " checker=" + t.level().id()
                            + "\n    named " + t.evidence().stream().map(x -> x.text() + x.stance().map(st -> "/" + st).orElse("")).toList()
                            + "\n    substance " + t.substance().stream().map(Evidence::text).toList());
                    if (System.getenv("CONTEXT") != null) {
                        // the words around each piece of substance, to see what it argues
                        t.substance().forEach(x -> System.out.println("      \u2026" + around(e.answer(), x.start(), x.end()) + "\u2026"));
                    }
                }
            }
        }
    }
}
