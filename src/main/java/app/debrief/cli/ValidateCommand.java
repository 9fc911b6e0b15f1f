package app.debrief.cli;

import app.debrief.bank.PromptBankLoader;
import app.debrief.bank.PromptPackReader;
import app.debrief.content.BundledContent;
import app.debrief.content.ContentFile;
import app.debrief.content.ContentProblem;
import app.debrief.content.LocatedJson;
import app.debrief.content.TextFiles;
import app.debrief.loop.CommitteeReader;
import app.debrief.loop.LoopLibrary;
import app.debrief.loop.LoopsReader;
import app.debrief.rubric.Rubric;
import app.debrief.rubric.RubricReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code debrief validate [FILE...]}: checks prompt packs, loops files and the rubric (with its committee). With no file it checks
 * the bundled content and the user's packs; a named file is checked as the app would load it,
 * so an id that clashes with a bundled prompt is reported too.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check prompt packs, loops files and the rubric; prints file:line:column: message for each problem.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Pack, loops or rubric files (default: the bundled ones and the user's).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        List<ContentProblem> problems = new ArrayList<>();
        int packs = 0;
        int prompts = 0;
        LocatedJson bundledRubric = BundledContent.rubricJson();
        Rubric rubric = RubricReader.bundled(bundledRubric);
        int loops = 0;
        if (files.isEmpty()) {
            List<ContentFile> all = new ArrayList<>(BundledContent.packs());
            all.addAll(PromptBankLoader.userPacks(root.dataDirectory().userPrompts(), problems));
            PromptBankLoader.Loaded loaded = new PromptBankLoader(rubric.kinds()).load(all);
            problems.addAll(loaded.problems());
            packs = loaded.packs().size();
            prompts = loaded.bank().all().size();
            problems.addAll(new CommitteeReader(rubric).read(bundledRubric).problems());
            LoopLibrary.Loaded library = LoopLibrary.load(loaded.bank(), root.dataDirectory().userPrompts());
            problems.addAll(library.problems());
            loops = library.library().all().size();
        } else {
            Map<String, String> taken = new HashMap<>();
            // a named file with a bundled pack's name is an edited copy of it: it stands in for that pack
            java.util.Set<String> named = new java.util.HashSet<>();
            files.forEach(f -> named.add(f.getFileName().toString()));
            for (ContentFile bundled : BundledContent.packs()) {
                if (named.contains(Path.of(bundled.name()).getFileName().toString())) {
                    continue;
                }
                new PromptPackReader(rubric.kinds()).read(bundled.name(), bundled.text())
                        .pack().ifPresent(p -> p.prompts().forEach(x -> taken.put(x.id(), bundled.name())));
            }
            for (Path file : files) {
                String text;
                try {
                    text = TextFiles.readUtf8(file);
                } catch (TextFiles.UnreadableText e) {
                    problems.add(new ContentProblem(file.toString(), 1, 1, e.reason()));
                    continue;
                }
                if (isRubric(file, text)) {
                    LocatedJson.Result parsed = LocatedJson.parse(file.toString(), text);
                    parsed.problem().ifPresent(problems::add);
                    parsed.json().ifPresent(json -> {
                        RubricReader.Outcome read = new RubricReader().read(json);
                        problems.addAll(read.problems());
                        read.rubric().ifPresent(r -> problems.addAll(new CommitteeReader(r).read(json).problems()));
                    });
                    continue;
                }
                if (BundledContent.isLoops(file.getFileName().toString())) {
                    LoopsReader.Outcome read = new LoopsReader(root.composition().bank().bank()).read(file.toString(), text,
                            bundledLoops(file));
                    problems.addAll(read.problems());
                    loops += read.loops().size();
                    continue;
                }
                PromptPackReader.Outcome outcome = new PromptPackReader(rubric.kinds()).read(file.toString(), text, taken);
                problems.addAll(outcome.problems());
                if (outcome.pack().isPresent()) {
                    packs++;
                    prompts += outcome.pack().get().prompts().size();
                    outcome.pack().get().prompts().forEach(p -> taken.put(p.id(), file.toString()));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path userRubric = root.dataDirectory().userPrompts().resolve(BundledContent.RUBRIC);
        if (files.isEmpty() && Files.isRegularFile(userRubric)) {
            err.println(userRubric + ": not read: the rubric in use is the one bundled with Debrief, and this folder"
                    + " holds prompt packs only ('debrief validate " + userRubric + "' checks it as a rubric)");
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.printf("%d %s%n", problems.size(), problems.size() == 1 ? "problem" : "problems");
            err.flush();
            return 1;
        }
        out.printf("ok: %d %s, %d prompts%s%s%n", packs, packs == 1 ? "pack" : "packs", prompts,
                files.isEmpty() || files.stream().anyMatch(f -> f.getFileName().toString().equals(BundledContent.RUBRIC))
                        ? ", rubric version " + rubric.version() : "", loops == 0 ? "" : ", " + app.debrief.text.Plural.of(loops, "loop"));
        out.flush();
        return 0;
    }

    /** The bundled loops' ids, which a user's loops file may not reuse; a file named loops.json stands in for the bundled one. */
    private java.util.Map<String, String> bundledLoops(Path file) {
        java.util.Map<String, String> taken = new HashMap<>();
        if (!file.getFileName().toString().equals(BundledContent.LOOPS)) {
            ContentFile bundled = BundledContent.loops();
            root.composition().loops().library().all().stream().filter(l -> l.source().equals(bundled.name()))
                    .forEach(l -> taken.put(l.id(), bundled.name()));
        }
        return taken;
    }

    /**
     * A rubric is named rubric.json, or is a JSON object with the rubric's own top-level fields and
     * no "pack": a pack whose terms mention "mistakes" is still a pack.
     */
    private static boolean isRubric(Path file, String text) {
        if (file.getFileName().toString().equals(BundledContent.RUBRIC)) {
            return true;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
            return root != null && root.isObject() && !root.has("pack") && root.has("mistakes") && root.has("lexicons");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }
}
