package app.debrief.rubric;

import app.debrief.bank.Prompt;

/**
 * A developer's tool for commissioning a corpus set: per prompt of the bundled bank, the five corpus mistakes
 * that apply, as the JSON object `src/test/corpus-briefs/make_bank.py` reads (applies.json).
 */
public final class Applies {
    public static void main(String[] args) {
        RubricChecker checker = new RubricChecker(RubricReader.bundled());
        StringBuilder out = new StringBuilder("{\n");
        boolean first = true;
        for (Prompt p : BundledBank.load().all()) {
            Feedback f = checker.check("x", CheckContext.of(p));
            java.util.List<String> ids = f.mistakes().stream().filter(MistakeFinding::applies).map(MistakeFinding::id)
                    .filter(CheckerCorpusTest.MISTAKES::contains).toList();
            out.append(first ? "" : ",\n").append("\"").append(p.id()).append("\": [");
            out.append(String.join(", ", ids.stream().map(i -> "\"" + i + "\"").toList())).append("]");
            first = false;
        }
        System.out.println(out.append("\n}"));
    }
}
