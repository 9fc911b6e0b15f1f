package app.debrief.ui.picker;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;
import app.debrief.store.Mode;
import app.debrief.store.PromptStats;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Choosing what to answer: filter by kind, see what was tried before, pick a mode, start. */
public final class PickerViewModel {

    /** A prompt as the list shows it. */
    public record PromptRow(Prompt prompt, String kindLabel, int attempts, String lastResult) {
    }

    private final UiServices services;
    private final Navigator navigator;
    private final Track track;
    private final RandomGenerator random;
    private final ObservableList<PromptRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PromptRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<Optional<PromptKind>> kind = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<PromptRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.PRACTICE);
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final boolean fromProgress;

    /** Opened from home: nothing chosen yet; Back returns home. */
    public PickerViewModel(UiServices services, Navigator navigator, Track track, RandomGenerator random) {
        this(services, navigator, track, random, false);
    }

    /** Opened from practise next: {@code chosen} is selected, the mode is the user's to pick; Back returns to progress. */
    public PickerViewModel(UiServices services, Navigator navigator, Prompt chosen, RandomGenerator random) {
        this(services, navigator, chosen.track(), random, true);
        rows.stream().filter(r -> r.prompt().id().equals(chosen.id())).findFirst().ifPresent(selected::set);
    }

    private PickerViewModel(UiServices services, Navigator navigator, Track track, RandomGenerator random, boolean fromProgress) {
        this.services = services;
        this.navigator = navigator;
        this.track = track;
        this.random = random;
        this.fromProgress = fromProgress;
        rows.setAll(rowsWith(Map.of()));
        kind.addListener((o, was, now) -> {
            visible.setPredicate(r -> now.map(k -> k.id().equals(r.prompt().kind())).orElse(true));
            if (selected.get() != null && !visible.contains(selected.get())) {
                selected.set(null);
            }
        });
    }

    /** Fills in how often each prompt was attempted, off the FX thread. */
    public void load() {
        services.executor().run(() -> services.store().promptStats(), stats -> {
            String keep = selected.get() == null ? null : selected.get().prompt().id();
            rows.setAll(rowsWith(stats));
            if (keep != null) {
                rows.stream().filter(r -> r.prompt().id().equals(keep)).findFirst().ifPresent(selected::set);
            }
        }, e -> error.set("Past attempts could not be read: " + e.getMessage()));
    }

    private List<PromptRow> rowsWith(Map<String, PromptStats> stats) {
        return services.bank().forTrack(track).stream().map(p -> {
            PromptStats s = stats.get(p.id());
            String label = services.bank().kind(p.kind()).map(PromptKind::label).orElse(p.kind());
            return new PromptRow(p, label, s == null ? 0 : s.attempts(), s == null ? "" : lastResult(s));
        }).toList();
    }

    private static String lastResult(PromptStats s) {
        if (s.lastSubmittedAt().isEmpty()) {
            return "";
        }
        return s.lastFlagged().isEmpty() ? "last: clear" : "last: " + s.lastFlagged().size() + " flagged";
    }

    public Track track() {
        return track;
    }

    public List<PromptKind> kinds() {
        return services.bank().kinds(track);
    }

    public ObservableList<PromptRow> visible() {
        return visible;
    }

    public ObjectProperty<Optional<PromptKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<PromptRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Selects a prompt at random among those the filter shows, preferring ones not yet attempted. */
    public void pickRandom() {
        List<PromptRow> fresh = visible.stream().filter(r -> r.attempts() == 0).toList();
        List<PromptRow> pool = fresh.isEmpty() ? List.copyOf(visible) : fresh;
        if (!pool.isEmpty()) {
            selected.set(pool.get(random.nextInt(pool.size())));
        }
    }

    /** Starts an attempt at the selected prompt and opens the answer screen. */
    public void start() {
        PromptRow row = selected.get();
        if (row == null || starting.get()) {
            return;
        }
        starting.set(true);
        Mode chosen = mode.get();
        services.executor().run(() -> services.store().start(row.prompt(), chosen, Instant.now(services.clock())),
                attempt -> {
                    starting.set(false);
                    navigator.answer(attempt);
                },
                e -> {
                    starting.set(false);
                    error.set("Could not start: " + e.getMessage());
                });
    }

    /** Back where the user came from. */
    public void back() {
        if (fromProgress) {
            navigator.progress();
        } else {
            navigator.home();
        }
    }

    /** What Back does, for its tooltip. */
    public String backText() {
        return fromProgress ? "Back to progress (Esc)" : "Back to home (Esc)";
    }
}
