package app.debrief.wiring;

import app.debrief.bank.PromptBankLoader;
import app.debrief.content.BundledContent;
import app.debrief.content.ContentFile;
import app.debrief.content.ContentProblem;
import app.debrief.content.LocatedJson;
import app.debrief.env.DataDirectory;
import app.debrief.loop.CommitteeReader;
import app.debrief.loop.CommitteeRules;
import app.debrief.loop.LoopServices;
import app.debrief.rubric.Rubric;
import app.debrief.rubric.RubricChecker;
import app.debrief.rubric.RubricReader;
import app.debrief.settings.SettingsStore;
import app.debrief.store.AttemptStore;
import app.debrief.store.StoreException;

import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: builds each service once, on first use, from the data folder, and
 * hands them to whoever needs them (the app's views or a command). Nothing else creates them.
 */
public final class Composition {

    private final DataDirectory dataDirectory;
    private Rubric rubric;
    private RubricChecker checker;
    private PromptBankLoader.Loaded bank;
    private AttemptStore.Opened store;
    private LoopServices loops;
    private CommitteeRules committee;

    public Composition(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public synchronized Rubric rubric() {
        if (rubric == null) {
            // The rubric file holds the committee's rules too: parsed once for both readers (a second parse
            // of the whole file cost about 40 ms of start-up).
            LocatedJson json = BundledContent.rubricJson();
            rubric = RubricReader.bundled(json);
            committee = CommitteeReader.bundled(rubric, json);
        }
        return rubric;
    }

    public synchronized RubricChecker checker() {
        if (checker == null) {
            checker = new RubricChecker(rubric());
        }
        return checker;
    }

    /**
     * The attempt store, opened (and migrated) on first use. Throws {@link StoreException} with a
     * message naming the file when the folder cannot be used.
     */
    public synchronized AttemptStore.Opened store() {
        if (store == null) {
            store = AttemptStore.open(dataDirectory.database());
        }
        return store;
    }

    public SettingsStore settings() {
        return new SettingsStore(dataDirectory.settings());
    }

    /** Closes what was opened. */
    public synchronized void close() {
        if (store != null) {
            store.store().close();
            store = null;
        }
    }

    /** The bundled loops and the user's, judged by the rubric's committee. */
    public synchronized LoopServices loops() {
        if (loops == null) {
            Rubric r = rubric();
            loops = LoopServices.load(bank().bank(), r, committee, dataDirectory.userPrompts());
        }
        return loops;
    }

    /** The bundled packs and the user's, with every problem met while loading them. */
    public synchronized PromptBankLoader.Loaded bank() {
        if (bank == null) {
            List<ContentProblem> problems = new ArrayList<>();
            List<ContentFile> files = new ArrayList<>(BundledContent.packs());
            files.addAll(PromptBankLoader.userPacks(dataDirectory.userPrompts(), problems));
            PromptBankLoader.Loaded loaded = new PromptBankLoader(rubric().kinds()).load(files);
            problems.addAll(loaded.problems());
            bank = new PromptBankLoader.Loaded(loaded.bank(), loaded.packs(), problems);
        }
        return bank;
    }
}
