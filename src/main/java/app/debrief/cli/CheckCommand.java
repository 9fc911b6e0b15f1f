package app.debrief.cli;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.bank.Track;
import app.debrief.content.TextFiles;
import app.debrief.rubric.CheckContext;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.FeedbackJson;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.text.Plural;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code debrief check (--prompt ID | --track pm|pmm) [--json] FILE|-}: checks one answer. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check an answer against the mistakes rubric ('-' reads standard input).")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--prompt", paramLabel = "ID", description = "The prompt answered (see 'debrief prompts').")
        String prompt;

        @Option(names = "--track", paramLabel = "pm|pmm", description = "Check against a whole track instead.")
        Track track;
    }

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "The answer, as UTF-8 text; '-' reads standard input.")
    String file;

    @Override
    public Integer call() {
        String answer = read();
        if (answer.isBlank()) {
            throw new BadInput(name() + ": the answer is empty; there is nothing to check");
        }
        CheckContext context = target.prompt != null ? CheckContext.of(prompt(target.prompt)) : CheckContext.of(target.track);
        Feedback feedback = root.composition().checker().check(answer, context);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(FeedbackJson.write(feedback));
        } else {
            print(out, feedback);
        }
        out.flush();
        return 0;
    }

    private String name() {
        return "-".equals(file) ? "standard input" : file;
    }

    private String read() {
        try {
            return "-".equals(file) ? TextFiles.readUtf8("standard input", root.in()) : TextFiles.readUtf8(Path.of(file));
        } catch (TextFiles.UnreadableText e) {
            throw new BadInput(e.getMessage());
        }
    }

    private Prompt prompt(String id) {
        PromptBank bank = root.composition().bank().bank();
        return bank.byId(id).orElseThrow(() -> {
            List<String> near = bank.nearestIds(id, 3);
            return new BadInput("unknown prompt '" + id + "'"
                    + (near.isEmpty() ? "; 'debrief prompts' lists them" : "; did you mean " + String.join(", ", near) + "?"));
        });
    }

    private static void print(PrintWriter out, Feedback f) {
        out.printf("%s%s, %s%n", f.track(), f.promptId().map(id -> " · " + id).orElse(" (whole track)"), Plural.of(f.words(), "word"));
        for (MistakeFinding m : f.mistakes()) {
            String mark = !m.applies() ? "  -  " : m.flagged() ? "  X  " : "  ok ";
            out.printf("%s%-20s %s%n", mark, m.id(), m.title());
            if (m.applies()) {
                out.printf("       %s%n", m.why());
                if (m.flagged() && !m.evidence().isEmpty()) {
                    out.printf("       evidence: %s%n", quote(m.evidence()));
                }
            }
        }
        if (!f.talkingPoints().isEmpty()) {
            long covered = f.talkingPoints().stream().filter(TalkingPointFinding::covered).count();
            out.printf("Talking points: %d of %d covered%n", covered, f.talkingPoints().size());
            for (TalkingPointFinding t : f.talkingPoints()) {
                out.printf("  %s %s%s%n", t.covered() ? "ok " : " - ", t.label(), t.covered() ? "  (" + quote(t.evidence()) + ")" : "");
            }
        }
    }

    private static String quote(List<Evidence> spans) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < spans.size() && i < 6; i++) {
            if (i > 0) {
                s.append(", ");
            }
            Evidence e = spans.get(i);
            s.append('"').append(e.text().replaceAll("\\s+", " ")).append('"');
        }
        if (spans.size() > 6) {
            s.append(", and ").append(spans.size() - 6).append(" more");
        }
        return s.toString();
    }
}
