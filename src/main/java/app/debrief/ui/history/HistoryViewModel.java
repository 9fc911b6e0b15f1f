package app.debrief.ui.history;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;
import app.debrief.review.Exporter;
import app.debrief.store.AttemptStatus;
import app.debrief.store.AttemptSummary;
import app.debrief.store.HistoryPage;
import app.debrief.store.HistoryQuery;
import app.debrief.store.HistorySort;
import app.debrief.store.LoopSitting;
import app.debrief.store.LoopStatus;
import app.debrief.store.SearchHit;
import app.debrief.text.Plural;
import app.debrief.ui.common.Format;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every past attempt: filtered, sorted and paged in the store (never the whole history on the
 * FX thread), searched with full text, opened, compared, deleted with undo.
 */
public final class HistoryViewModel {

    static final int PAGE = 100;
    static final int SEARCH_PAGE = 50;
    /** The loops the loop filter offers, newest first. */
    static final int LOOPS = 100;

    /** A search result: the attempt, and its snippet with the matched words marked. */
    public record Found(AttemptSummary attempt, SearchHit hit) {
    }

    private final UiServices services;
    private final Navigator navigator;
    private final ObservableList<AttemptSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<Found> found = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<Track>> track = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<PromptKind>> kind = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<Prompt>> prompt = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<HistorySort> sort = new SimpleObjectProperty<>(HistorySort.NEWEST);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Optional<LoopSitting>> loop = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<LoopSitting> loops = FXCollections.observableArrayList();
    private final BooleanBinding loopChosen = Bindings.createBooleanBinding(() -> loop.get().isPresent(), loop);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private HistoryQuery query = HistoryQuery.newest(PAGE).withStatuses(AttemptStatus.SUBMITTED);
    /** What the status says of the table, shown again when a search is cleared. */
    private String tableStatus = "";
    private List<Long> lastDeleted = List.of();
    private long generation;
    private long searchGeneration;

    public HistoryViewModel(UiServices services, Navigator navigator) {
        this.services = services;
        this.navigator = navigator;
        track.addListener((o, was, now) -> {
            kind.set(Optional.empty());
            prompt.set(Optional.empty());
            reload();
        });
        kind.addListener((o, was, now) -> {
            prompt.set(Optional.empty());
            reload();
        });
        prompt.addListener((o, was, now) -> reload());
        from.addListener((o, was, now) -> reload());
        to.addListener((o, was, now) -> reload());
        sort.addListener((o, was, now) -> reload());
        search.addListener((o, was, now) -> runSearch());
        loop.addListener((o, was, now) -> reload());
    }

    /** The filters as a store query for the first page. */
    HistoryQuery query() {
        HistoryQuery q = HistoryQuery.newest(PAGE).withStatuses(AttemptStatus.SUBMITTED).sortedBy(sort.get());
        if (track.get().isPresent()) {
            q = q.withTrack(track.get().get());
        }
        if (kind.get().isPresent()) {
            q = q.withKind(kind.get().get().id());
        }
        if (prompt.get().isPresent()) {
            q = q.withPrompt(prompt.get().get().id());
        }
        if (from.get() != null || to.get() != null) {
            Instant start = from.get() == null ? Instant.EPOCH : from.get().atStartOfDay(services.zone()).toInstant();
            Instant end = to.get() == null ? Instant.parse("9999-01-01T00:00:00Z") : to.get().plusDays(1).atStartOfDay(services.zone()).toInstant();
            q = q.between(start, end);
        }
        return q;
    }

    /** Loads the first page for the current filters; with a loop chosen, its rounds. */
    public void reload() {
        if (loop.get().isPresent()) {
            showLoop(loop.get().get());
            return;
        }
        query = query();
        long mine = ++generation;
        HistoryQuery q = query;
        services.executor().run(() -> services.store().history(q), page -> {
            if (mine == generation) {
                rows.setAll(page.attempts());
                showing(page);
            }
        }, e -> error.set("The history could not be read: " + e.getMessage()));
    }

    /** Appends the next page. */
    public void loadMore() {
        if (!hasMore.get()) {
            return;
        }
        query = query.next();
        long mine = generation;
        HistoryQuery q = query;
        services.executor().run(() -> services.store().history(q), page -> {
            if (mine == generation) {
                rows.addAll(page.attempts());
                showing(page);
            }
        }, e -> error.set("The history could not be read: " + e.getMessage()));
    }

    private void showing(HistoryPage page) {
        hasMore.set(page.hasMore());
        tableStatus = page.total() == 0 ? "No attempts match."
                : String.format("Showing %,d of %,d %s", rows.size(), page.total(), Plural.noun(page.total(), "attempt", "attempts"));
        if (!searching.get()) {
            status.set(tableStatus);
        }
    }

    private void runSearch() {
        String text = search.get() == null ? "" : search.get().trim();
        searching.set(!text.isEmpty());
        long mine = ++searchGeneration;
        if (text.isEmpty()) {
            found.clear();
            status.set(tableStatus);
            return;
        }
        services.executor().run(() -> {
            List<SearchHit> hits = services.store().search(text, 0, SEARCH_PAGE);
            java.util.Map<Long, AttemptSummary> attempts = new java.util.HashMap<>();
            services.store().summaries(hits.stream().map(SearchHit::attemptId).toList()).forEach(a -> attempts.put(a.id(), a));
            List<Found> results = new ArrayList<>();
            for (SearchHit hit : hits) {
                AttemptSummary a = attempts.get(hit.attemptId());
                if (a != null) {
                    results.add(new Found(a, hit));
                }
            }
            return results;
        }, results -> {
            if (mine == searchGeneration) {
                found.setAll(results);
                status.set(results.isEmpty() ? "No answer or note contains \u201c" + text + "\u201d."
                        : results.size() + (results.size() == SEARCH_PAGE ? "+" : "") + Plural.noun(results.size(), " answer matches", " answers match")
                        + " \u201c" + text + "\u201d, best first.");
            }
        }, e -> error.set("The search failed: " + e.getMessage()));
    }

    public void open(long attemptId) {
        navigator.feedback(attemptId);
    }

    /** The loops sat (finished or abandoned), newest first, for the loop filter. */
    public void loadLoops() {
        services.executor().run(() -> services.store().loops().ended(Optional.empty(), LOOPS), loops::setAll,
                e -> error.set("Your loops could not be read: " + e.getMessage()));
    }

    private void showLoop(LoopSitting sitting) {
        long mine = ++generation;
        List<Long> ids = sitting.rounds().stream().flatMap(r -> r.attemptId().stream()).toList();
        services.executor().run(() -> services.store().summaries(ids).stream()
                .filter(a -> a.status() == AttemptStatus.SUBMITTED).toList(), rounds -> {
            if (mine == generation) {
                rows.setAll(rounds);
                hasMore.set(false);
                tableStatus = Plural.of(rounds.size(), "round") + " of \u201c" + sitting.title() + "\u201d (" + sitting.status().name()
                        .toLowerCase(Locale.ROOT) + "); open the packet for the committee's view.";
                if (!searching.get()) {
                    status.set(tableStatus);
                }
            }
        }, e -> error.set("The loop's rounds could not be read: " + e.getMessage()));
    }

    /** Opens the chosen loop's debrief packet, read-only. */
    public void openPacket() {
        loop.get().ifPresent(l -> navigator.loop(l.id()));
    }

    public ObjectProperty<Optional<LoopSitting>> loopProperty() {
        return loop;
    }

    public ObservableList<LoopSitting> loops() {
        return loops;
    }

    public BooleanBinding loopChosenProperty() {
        return loopChosen;
    }

    /**
     * A loop as the filter names it, with its date and whether it was abandoned: its title
     * {@code whole}, or only up to the colon ("PMM onsite") where room is short.
     */
    public String loopLabel(Optional<LoopSitting> sitting, boolean whole) {
        return sitting.map(s -> {
            int colon = s.title().indexOf(':');
            String name = whole || colon < 0 ? s.title() : s.title().substring(0, colon);
            return name + " \u00b7 " + Format.dateTime(s.startedAt(), services.zone())
                    + (s.status() == LoopStatus.ABANDONED ? " \u00b7 abandoned" : "");
        }).orElse("Every attempt");
    }

    /** Compares two attempts; they must answer the same prompt. Returns why not, if not. */
    public Optional<String> compare(List<AttemptSummary> selected) {
        if (selected.size() != 2) {
            return Optional.of("Select two attempts at the same prompt to compare them.");
        }
        if (!selected.get(0).promptId().equals(selected.get(1).promptId())) {
            return Optional.of("These two answer different prompts; select two attempts at the same prompt.");
        }
        navigator.compare(selected.get(0).id(), selected.get(1).id());
        return Optional.empty();
    }

    /** Deletes (hides) the attempts; {@link #undo()} brings them back. */
    public void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> chosen = List.copyOf(ids);
        Instant now = Instant.now(services.clock());
        services.executor().run(() -> {
            chosen.forEach(id -> services.store().delete(id, now));
            return chosen.size();
        }, n -> {
            lastDeleted = chosen;
            undoText.set(n == 1 ? "Attempt deleted." : Plural.of(n, "attempt") + " deleted.");
            reload();
            runSearch();
        }, e -> error.set("Could not delete: " + e.getMessage()));
    }

    public void undo() {
        List<Long> back = lastDeleted;
        lastDeleted = List.of();
        undoText.set("");
        services.executor().run(() -> {
            back.forEach(id -> services.store().restore(id));
            return back.size();
        }, n -> {
            reload();
            runSearch();
        }, e -> error.set("Could not undo: " + e.getMessage()));
    }

    /** Writes the chosen attempts (or all, when {@code ids} is empty) to {@code target}; the status line says how it went. */
    public void export(Exporter.Format format, Optional<List<Long>> ids, java.nio.file.Path target) {
        Instant now = Instant.now(services.clock());
        services.executor().run(() -> {
            Exporter.writeFile(services.store(), ids, format, target, now);
            return target;
        }, written -> status.set("Exported " + ids.map(l -> Plural.of(l.size(), "attempt")).orElse("every attempt")
                + " to " + written), e -> error.set("Could not export to " + target + ": " + e.getMessage()));
    }

    public void dismissUndo() {
        lastDeleted = List.of();
        undoText.set("");
    }

    public List<PromptKind> kinds() {
        return track.get().map(t -> services.bank().kinds(t)).orElseGet(() -> {
            List<PromptKind> all = new ArrayList<>(services.bank().kinds(Track.PM));
            all.addAll(services.bank().kinds(Track.PMM));
            return all;
        });
    }

    public List<Prompt> prompts() {
        return services.bank().all().stream()
                .filter(p -> track.get().map(t -> t == p.track()).orElse(true))
                .filter(p -> kind.get().map(k -> k.id().equals(p.kind())).orElse(true))
                .toList();
    }

    public ObservableList<AttemptSummary> rows() {
        return rows;
    }

    public ObservableList<Found> found() {
        return found;
    }

    public ObjectProperty<Optional<Track>> trackProperty() {
        return track;
    }

    public ObjectProperty<Optional<PromptKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<Optional<Prompt>> promptProperty() {
        return prompt;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<HistorySort> sortProperty() {
        return sort;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public UiServices services() {
        return services;
    }
}
