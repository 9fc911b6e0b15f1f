package app.debrief.rubric;

/** Prints every corpus verdict with its label, for tuning: {@code java ... CorpusStats MISTAKE}. */
public final class CorpusStats {
    public static void main(String[] args) {
        RubricChecker checker = new RubricChecker(RubricReader.bundled());
        for (Corpus.Entry e : Corpus.load().entries()) {
            if (!e.labelled(args[0])) {
                continue;
            }
            MistakeFinding f = checker.check(e.answer(), e.context()).mistake(args[0]).orElseThrow();
            String label = e.flag().contains(args[0]) ? "FLAG" : "clear";
            String mark = f.flagged() == e.flag().contains(args[0]) ? "  " : "!!";
            System.out.printf("%s %-5s %-15s %-55s %s%n", mark, label, e.kind(), e.file(), f.why().replaceAll("\\([^)]*\\)", ""));
        }
    }
}
