package app.debrief.rubric;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A developer's lens on the checker: prints each sentence of a corpus answer with the lexicon
 * hits in it (! = negated, ~ = about a competitor). Run it from the test class path:
 * {@code java -cp target/test-classes:target/classes:... app.debrief.rubric.ExplainHits FILE LEXICON...}
 */
public final class ExplainHits {
    public static void main(String[] args) throws Exception {
        Rubric rubric = RubricReader.bundled();
        RubricChecker checker = new RubricChecker(rubric);
        Path file = Path.of(args[0]);
        Corpus.Entry e = Corpus.parse(file.getFileName().toString(), Files.readString(file));
        AnalysedAnswer a = new AnalysedAnswer(e.answer(), new AnalysedAnswer.Signals(rubric));
        List<String> lexicons = List.of(args).subList(1, args.length);
        System.out.println(e.file() + "  flag=" + e.flag() + " clear=" + e.clear());
        for (int s = 0; s < a.text.sentences; s++) {
            StringBuilder line = new StringBuilder();
            for (String lex : lexicons) {
                for (Hit h : a.hits(lex)) {
                    if (h.sentence() == s) {
                        line.append(" [").append(lex).append(':').append(h.term()).append(h.negated() ? "!" : "").append(h.exempt() ? "~" : "").append(']');
                    }
                }
            }
            int first = -1, last = -1;
            for (int t = 0; t < a.text.count; t++) {
                if (a.text.sentence[t] == s) {
                    if (first < 0) first = t;
                    last = t;
                }
            }
            String sentence = e.answer().substring(a.text.start[first], a.text.end[last]);
            System.out.println("S" + s + ": " + (sentence.length() > 140 ? sentence.substring(0, 140) + "…" : sentence));
            if (line.length() > 0) System.out.println("    " + line);
        }
        checker.check(e.answer(), CheckContext.of(e.track(), e.kind())).mistakes().stream().filter(MistakeFinding::applies)
                .forEach(m -> System.out.println((m.flagged() ? "FLAG " : "ok   ") + m.id() + ": " + m.why()));
    }
}
