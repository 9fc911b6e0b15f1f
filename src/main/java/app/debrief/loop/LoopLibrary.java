package app.debrief.loop;

import app.debrief.bank.PromptBank;
import app.debrief.bank.PromptBankLoader;
import app.debrief.bank.Track;
import app.debrief.content.BundledContent;
import app.debrief.content.ContentFile;
import app.debrief.content.ContentProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every loop that loaded: the bundled {@code prompts/loops.json}, then the user's own loops files in
 * {@code <data-dir>/prompts/} ({@code loops.json} or any name ending in {@code .loops.json}), in
 * name order. A loop id used twice is an error naming both files; the second is skipped.
 */
public final class LoopLibrary {

    private final List<Loop> loops;

    private LoopLibrary(List<Loop> loops) {
        this.loops = List.copyOf(loops);
    }

    /** The loops, and every problem met while reading them. */
    public record Loaded(LoopLibrary library, List<ContentProblem> problems) {
    }

    public static Loaded load(PromptBank bank, Path userFolder) {
        List<ContentProblem> problems = new ArrayList<>();
        List<ContentFile> files = new ArrayList<>();
        files.add(BundledContent.loops());
        files.addAll(userFiles(userFolder, problems));
        Loaded read = read(bank, files);
        problems.addAll(read.problems());
        return new Loaded(read.library(), problems);
    }

    /** Reads {@code files} in order, as {@link #load} does. */
    public static Loaded read(PromptBank bank, List<ContentFile> files) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Loop> loops = new ArrayList<>();
        Map<String, String> taken = new HashMap<>();
        LoopsReader reader = new LoopsReader(bank);
        for (ContentFile file : files) {
            LoopsReader.Outcome outcome = reader.read(file.name(), file.text(), taken);
            problems.addAll(outcome.problems());
            outcome.loops().forEach(l -> {
                taken.put(l.id(), file.name());
                loops.add(l);
            });
        }
        return new Loaded(new LoopLibrary(loops), problems);
    }

    /** The user's loops files, read with their packs; unreadable ones come back as problems. A missing folder means none. */
    public static List<ContentFile> userFiles(Path folder, List<ContentProblem> problems) {
        List<ContentProblem> met = new ArrayList<>();
        List<ContentFile> loops = PromptBankLoader.userPacks(folder, met).stream().filter(f -> isLoops(f.name())).toList();
        met.stream().filter(p -> isLoops(p.file())).forEach(problems::add);
        return loops;
    }

    private static boolean isLoops(String path) {
        return BundledContent.isLoops(Path.of(path).getFileName().toString());
    }

    public List<Loop> all() {
        return loops;
    }

    public List<Loop> forTrack(Track track) {
        return loops.stream().filter(l -> l.track() == track).toList();
    }

    public Optional<Loop> byId(String id) {
        return loops.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
