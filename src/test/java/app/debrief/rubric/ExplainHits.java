package app.debrief.rubric;

import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.AnswerText;
import app.debrief.rubric.analysis.TermHit;
import app.debrief.rubric.analysis.Vocabulary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A developer's lens on the checker: prints each sentence of a corpus answer with the lexicon
 * hits in it and their stance, then the verdicts. Run it from the test class path:
 * {@code java -cp target/test-classes:target/classes:... app.debrief.rubric.ExplainHits FILE LEXICON...}
 */
public final class ExplainHits {
    public static void main(String[] args) throws Exception {
        Rubric rubric = RubricReader.bundled();
        RubricChecker checker = new RubricChecker(rubric);
        Path file = Path.of(args[0]);
        Corpus.Entry e = Corpus.withPrompt(Corpus.parse(file.getFileName().toString(), Files.readString(file)), BundledBank.load());
        AnalysedAnswer a = new Vocabulary(rubric.stance(), rubric.lexicons()).analyse(e.answer(), Words.count(e.answer()));
        List<String> lexicons = List.of(args).subList(1, args.length);
        System.out.println(e.file() + "  flag=" + e.flag() + " clear=" + e.clear());
        AnswerText text = a.text();
        for (int s = 0; s < text.sentences(); s++) {
            StringBuilder line = new StringBuilder();
            for (String lex : lexicons) {
                for (TermHit h : a.hits(lex)) {
                    if (h.sentence() == s) {
                        line.append(" [").append(lex).append(':').append(h.text()).append(h.asserted() ? "" : " / " + h.stance().wording()).append(']');
                    }
                }
            }
            int first = text.firstTokenOfSentence(s);
            int last = first;
            while (last + 1 < text.count() && text.sentence(last + 1) == s) {
                last++;
            }
            String sentence = e.answer().substring(text.start(first), text.end(last));
            System.out.println("S" + s + ": " + (sentence.length() > 140 ? sentence.substring(0, 140) + "…" : sentence));
            if (line.length() > 0) {
                System.out.println("    " + line);
            }
        }
        Feedback f = checker.check(e.answer(), e.context());
        f.mistakes().stream().filter(MistakeFinding::applies)
                .forEach(m -> System.out.println((m.flagged() ? "FLAG " : "ok   ") + m.id() + ": " + m.why()));
        for (TalkingPointFinding t : f.talkingPoints()) {
            System.out.println("POINT " + t.id() + " expert=" + (e.points().containsKey(t.id()) ? e.points().get(t.id()).id() : "-")
                    + " checker=" + t.level().id() + "  named by " + t.evidence().stream().map(x -> x.text() + x.stance().map(st -> "/" + st).orElse("")).toList()
                    + "  substance " + t.substance().stream().map(Evidence::text).toList());
        }
    }
}
