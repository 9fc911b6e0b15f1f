package app.debrief.rubric;

import app.debrief.bank.PromptBank;
import app.debrief.bank.PromptBankLoader;
import app.debrief.content.BundledContent;

/** The bundled prompt bank, read as the app reads it; a problem in it fails the test that asks. */
final class BundledBank {

    private BundledBank() {
    }

    static PromptBank load() {
        PromptBankLoader.Loaded loaded = new PromptBankLoader(RubricReader.bundled().kinds()).load(BundledContent.packs());
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("the bundled packs have problems: " + loaded.problems());
        }
        return loaded.bank();
    }
}
