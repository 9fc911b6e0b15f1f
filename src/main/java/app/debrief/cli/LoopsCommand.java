package app.debrief.cli;

import app.debrief.loop.Loop;
import app.debrief.loop.LoopRound;
import app.debrief.loop.LoopServices;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code debrief loops [--track pm|pmm] [--json]}: the interview loops, bundled and the user's. */
@Command(name = "loops", mixinStandardHelpOptions = true, description = "List the interview loops and their rounds.")
final class LoopsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() throws Exception {
        LoopServices loops = root.composition().loops();
        ProblemReport.warn(spec.commandLine().getErr(), loops.problems());
        List<Loop> listed = listing.track == null ? loops.library().all() : loops.library().forTrack(listing.track);
        PrintWriter out = spec.commandLine().getOut();
        if (listing.json) {
            ArrayNode array = new ObjectMapper().createArrayNode();
            for (Loop l : listed) {
                ObjectNode n = array.addObject().put("id", l.id()).put("track", l.track().name()).put("title", l.title())
                        .put("breakMinutes", l.breakMinutes());
                ArrayNode rounds = n.putArray("rounds");
                for (LoopRound r : l.rounds()) {
                    ObjectNode rn = rounds.addObject();
                    if (r instanceof LoopRound.OfKind k) {
                        rn.put("kind", k.kind());
                    } else {
                        rn.put("prompt", ((LoopRound.Fixed) r).promptId());
                    }
                    rn.put("minutes", r.minutes());
                }
                n.put("source", l.source());
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(array));
        } else {
            int width = Math.max(2, listed.stream().mapToInt(l -> l.id().length()).max().orElse(2));
            String row = "%-" + width + "s  %-5s %4s  %s%n";
            out.printf(row, "ID", "TRACK", "MIN", "TITLE / ROUNDS");
            for (Loop l : listed) {
                out.printf(row, l.id(), l.track(), l.answerMinutes(), l.title());
                out.printf(row, "", "", "", "  " + l.rounds().stream().map(LoopsCommand::round).collect(Collectors.joining(", ")));
            }
            out.printf("%d loops%n", listed.size());
        }
        out.flush();
        return 0;
    }

    private static String round(LoopRound r) {
        return (r instanceof LoopRound.OfKind k ? k.kind() : "prompt " + ((LoopRound.Fixed) r).promptId()) + " " + r.minutes() + " min";
    }
}
