package app.debrief.ui.shell;

import app.debrief.settings.Settings;
import app.debrief.settings.SettingsStore;
import app.debrief.ui.common.UiExecutor;

import java.util.function.UnaryOperator;

/**
 * What the app remembers (the theme, the window's place), kept in one place so that saving one
 * never writes back a stale copy of the other. Changed on the FX thread; saved on the work thread,
 * in order, so the file always ends with the latest state.
 */
public final class RememberedSettings {

    private final SettingsStore store;
    private final UiExecutor executor;
    private Settings current;

    public RememberedSettings(SettingsStore store, Settings loaded, UiExecutor executor) {
        this.store = store;
        this.executor = executor;
        this.current = loaded;
    }

    public Settings current() {
        return current;
    }

    public void update(UnaryOperator<Settings> change) {
        current = change.apply(current);
        Settings toSave = current;
        executor.run(() -> {
            store.save(toSave);
            return toSave;
        }, saved -> { }, failed -> { });
    }
}
