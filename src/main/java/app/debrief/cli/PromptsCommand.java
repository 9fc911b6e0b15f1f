package app.debrief.cli;

import app.debrief.bank.Prompt;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code debrief prompts [--track pm|pmm] [--json]}: the prompt bank. */
@Command(name = "prompts", mixinStandardHelpOptions = true, description = "List the prompt bank.")
final class PromptsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() throws Exception {
        var loaded = root.composition().bank();
        ProblemReport.warn(spec.commandLine().getErr(), loaded.problems());
        List<Prompt> prompts = listing.track == null ? loaded.bank().all() : loaded.bank().forTrack(listing.track);
        PrintWriter out = spec.commandLine().getOut();
        if (listing.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(prompts));
        } else {
            int width = prompts.stream().mapToInt(p -> p.id().length()).max().orElse(2);
            String row = "%-" + width + "s  %-5s %-15s %4s  %s%n";
            out.printf(row, "ID", "TRACK", "KIND", "MIN", "TITLE");
            for (Prompt p : prompts) {
                out.printf(row, p.id(), p.track(), p.kind(), p.minutes(), p.title());
            }
            out.printf("%d prompts%n", prompts.size());
        }
        out.flush();
        return 0;
    }
}
