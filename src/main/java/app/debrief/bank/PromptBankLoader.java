package app.debrief.bank;

import app.debrief.content.BundledContent;
import app.debrief.content.ContentFile;
import app.debrief.content.ContentProblem;
import app.debrief.content.TextFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the bundled packs and then the user's own from {@code <data-dir>/prompts/}. A pack with a
 * problem is skipped and reported; the rest still load, so one bad file never empties the bank.
 */
public final class PromptBankLoader {

    private final Map<String, PromptKind> kinds;

    public PromptBankLoader(Map<String, PromptKind> kinds) {
        this.kinds = kinds;
    }

    /** The bank, and every problem met on the way (empty when all is well). */
    public record Loaded(PromptBank bank, List<PromptPack> packs, List<ContentProblem> problems) {
    }

    public Loaded load(List<ContentFile> files) {
        PromptPackReader reader = new PromptPackReader(kinds);
        Map<String, String> taken = new HashMap<>();
        List<Prompt> prompts = new ArrayList<>();
        List<PromptPack> packs = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (ContentFile file : files) {
            if (BundledContent.isLoops(java.nio.file.Path.of(file.name()).getFileName().toString())) {
                continue; // loops are read by the loop library
            }
            PromptPackReader.Outcome outcome = reader.read(file.name(), file.text(), taken);
            problems.addAll(outcome.problems());
            outcome.pack().ifPresent(pack -> {
                packs.add(pack);
                pack.prompts().forEach(p -> {
                    taken.put(p.id(), file.name());
                    prompts.add(p);
                });
            });
        }
        return new Loaded(new PromptBank(prompts, kinds), packs, problems);
    }

    /**
     * The user's pack files, sorted by name; unreadable ones come back as problems. A missing
     * folder simply means the user has none. A {@code rubric.json} there is not a pack (the prompts
     * README says so) and is left out: the app's rubric is the bundled one.
     */
    public static List<ContentFile> userPacks(Path folder, List<ContentProblem> problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.filter(PromptBankLoader::isUserPack).sorted().toList()) {
                try {
                    files.add(new ContentFile(p.toString(), TextFiles.readUtf8(p)));
                } catch (TextFiles.UnreadableText e) {
                    problems.add(new ContentProblem(p.toString(), 1, 1, e.reason()));
                }
            }
        } catch (IOException e) {
            problems.add(new ContentProblem(folder.toString(), 1, 1, "cannot list the folder: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isUserPack(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.equals(BundledContent.RUBRIC);
    }
}
