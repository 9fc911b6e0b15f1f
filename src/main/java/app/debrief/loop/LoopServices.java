package app.debrief.loop;

import app.debrief.bank.PromptBank;
import app.debrief.content.ContentProblem;
import app.debrief.rubric.Rubric;

import java.nio.file.Path;
import java.util.List;

/** What sitting and judging loops needs, built once: the loops that loaded, the committee, and the problems met. */
public record LoopServices(LoopLibrary library, Committee committee, List<ContentProblem> problems) {

    public LoopServices {
        problems = List.copyOf(problems);
    }

    /** The bundled loops and the user's in {@code userFolder}, judged by the rubric's committee {@code rules}. */
    public static LoopServices load(PromptBank bank, Rubric rubric, CommitteeRules rules, Path userFolder) {
        LoopLibrary.Loaded loaded = LoopLibrary.load(bank, userFolder);
        return new LoopServices(loaded.library(), new Committee(rules, rubric), loaded.problems());
    }

    /** The bundled loops only. */
    public static LoopServices bundled(PromptBank bank, Rubric rubric) {
        LoopLibrary.Loaded loaded = LoopLibrary.read(bank, List.of(app.debrief.content.BundledContent.loops()));
        return new LoopServices(loaded.library(), new Committee(CommitteeReader.bundled(rubric), rubric), loaded.problems());
    }
}
