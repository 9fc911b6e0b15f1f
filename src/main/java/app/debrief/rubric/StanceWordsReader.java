package app.debrief.rubric;

import app.debrief.content.FieldReader;
import app.debrief.rubric.analysis.StanceWords;

import java.util.List;
import java.util.Set;

/** Reads the {@code stance} section of the rubric: the cues of the stance pass, each located when wrong. */
final class StanceWordsReader {

    private static final Set<String> FIELDS = Set.of("why", "negation", "attribution", "deferral", "handoff", "deemphasis", "displacing",
            "criticism", "removal", "disparagement", "hypothetical", "endorsement", "leadIns", "restatements", "continuations", "roleNouns",
            "rejections");
    private static final Set<String> CUE_FIELDS = Set.of("why", "before", "after", "afterPatterns", "reachBefore", "reachAfter");

    private final FieldReader in;

    StanceWordsReader(FieldReader in) {
        this.in = in;
    }

    StanceWords read(String at) {
        in.object(at, "the stance rules", FIELDS);
        in.text(at, "why", true);
        return new StanceWords(negation(at + "/negation"), attribution(at + "/attribution"),
                cues(at, "deferral"), cues(at, "handoff"), cues(at, "deemphasis"), words(at, "displacing"), cues(at, "criticism"), cues(at, "removal"),
                cues(at, "disparagement"), words(at, "hypothetical"), words(at, "endorsement"), words(at, "leadIns"), words(at, "restatements"),
                words(at, "continuations"), words(at, "roleNouns"), words(at, "rejections"));
    }

    private List<String> words(String at, String field) {
        List<String> words = in.textList(at, field, true, 1);
        RubricReader.checkTerms(in, at, field, words);
        return words;
    }

    private StanceWords.Negation negation(String at) {
        in.object(at, "the negation rules", Set.of("why", "before", "after", "notNegation", "terminators", "absorbers", "window", "afterWindow"));
        in.text(at, "why", true);
        return new StanceWords.Negation(
                in.textList(at, "before", true, 1),
                in.textList(at, "after", true, 0),
                in.textList(at, "notNegation", true, 0),
                in.textList(at, "terminators", true, 0),
                in.textList(at, "absorbers", false, 0),
                in.integer(at, "window", true, 1, 30).orElse(1),
                in.integer(at, "afterWindow", true, 0, 30).orElse(0));
    }

    private StanceWords.Attribution attribution(String at) {
        in.object(at, "the attribution rules", Set.of("why", "others", "self"));
        in.text(at, "why", true);
        return new StanceWords.Attribution(in.textList(at, "others", true, 1), in.textList(at, "self", true, 1));
    }

    private StanceWords.Cues cues(String parent, String field) {
        String at = parent + "/" + field;
        if (!in.object(at, "the " + field + " cues", CUE_FIELDS)) {
            return new StanceWords.Cues(List.of(), List.of(), List.of(), 0, 0);
        }
        in.text(at, "why", true);
        List<String> before = in.textList(at, "before", true, 0);
        List<String> after = in.textList(at, "after", true, 0);
        List<String> patterns = in.textList(at, "afterPatterns", false, 0);
        RubricReader.checkPatterns(in, at, "afterPatterns", patterns);
        RubricReader.checkTerms(in, at, "before", before);
        RubricReader.checkTerms(in, at, "after", after);
        return new StanceWords.Cues(before, after, patterns,
                in.integer(at, "reachBefore", true, 0, 50).orElse(0), in.integer(at, "reachAfter", true, 0, 50).orElse(0));
    }
}
