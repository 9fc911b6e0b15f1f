package app.debrief.cli;

import app.debrief.loop.DebriefPacket;
import app.debrief.loop.PacketBuilder;
import app.debrief.loop.PacketExport;
import app.debrief.store.AttemptStore;
import app.debrief.store.LoopSitting;
import app.debrief.store.LoopStatus;
import app.debrief.wiring.Composition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code export --loop ID}: a sitting's debrief packet as Markdown, JSON or PDF. {@code ID} is a
 * sitting's number, or a loop's id for its latest ended sitting. A PDF goes to a file (the command
 * asks for --out).
 */
final class LoopExport {

    private final Composition composition;
    private final PrintWriter out;

    LoopExport(Composition composition, PrintWriter out) {
        this.composition = composition;
        this.out = out;
    }

    int export(AttemptStore store, String id, PacketExport.Format format, Path file) throws IOException {
        LoopSitting sitting = find(store, id);
        if (sitting.status() == LoopStatus.IN_PROGRESS) {
            throw new BadInput("loop sitting " + sitting.id() + " (" + sitting.loopId() + ") is still in progress; its packet comes at the end");
        }
        DebriefPacket packet = new PacketBuilder(store, composition.bank().bank(), composition.rubric(), composition.loops().committee(),
                Clock.systemUTC(), ZoneId.systemDefault()).build(sitting);
        if (file == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PacketExport.write(packet, format, bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
            return 0;
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new BadInput(file + ": is a folder; name a file to write");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new BadInput(file + ": the folder " + target.getParent() + " does not exist");
        }
        try {
            PacketExport.writeFile(packet, format, target);
        } catch (IOException e) {
            throw new BadInput(file + ": could not be written (" + e.getMessage() + "); nothing was written");
        }
        out.println("exported the packet of loop sitting " + sitting.id() + " to " + file);
        out.flush();
        return 0;
    }

    private static LoopSitting find(AttemptStore store, String id) {
        if (id.matches("\\d{1,18}")) {
            return store.loops().sitting(Long.parseLong(id))
                    .orElseThrow(() -> new BadInput("no loop sitting " + id + "; 'debrief loops' lists the loops"));
        }
        return store.loops().ended(Optional.of(id), 1).stream().findFirst()
                .orElseThrow(() -> new BadInput("no ended sitting of a loop '" + id + "'; 'debrief loops' lists the loops"));
    }
}
