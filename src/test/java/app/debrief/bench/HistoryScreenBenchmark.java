package app.debrief.bench;

import app.debrief.ui.UiFixture;
import app.debrief.ui.Seeder;
import app.debrief.ui.shell.Shell;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * With 10,000 attempts in the store: the time from opening the history to its first page on
 * screen (laid out), and from typing a search to its results on screen; medians of 21 runs, on a
 * real JavaFX stage (Monocle, headless). Run:
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=app.debrief.bench.HistoryScreenBenchmark -Dbench=10000}
 */
public final class HistoryScreenBenchmark {

    public static void main(String[] args) throws Exception {
        int attempts = args.length > 0 && !args[0].isBlank() && !args[0].equals(".*") ? Integer.parseInt(args[0]) : 10_000;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        UiFixture fixture = UiFixture.onFx();
        long seeding = System.nanoTime();
        Seeder.seed(fixture, attempts, Instant.parse("2026-11-28T10:00:00Z"));
        System.out.printf("seeded %,d attempts in %.1f s%n", attempts, (System.nanoTime() - seeding) / 1e9);
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Shell[] shell = new Shell[1];
        // Styled as the app is, so the figures include its stylesheet's cost.
        onFx(() -> shell[0] = fixture.showShell(new Stage(), 1280, 860));
        List<Double> firstPage = new ArrayList<>();
        List<Double> search = new ArrayList<>();
        List<Double> searchAnswered = new ArrayList<>();
        String[] words = {"walled garden", "throughput", "weights", "brand", "memory", "talk track"};
        for (int run = 0; run < 21; run++) {
            onFx(() -> shell[0].home());
            long t0 = System.nanoTime();
            onFx(() -> shell[0].history());
            waitUntil(() -> {
                TableView<?> table = (TableView<?>) shell[0].root().lookup("#history-table");
                return table != null && table.getItems().size() == 100 && table.lookup(".table-row-cell") != null;
            });
            firstPage.add((System.nanoTime() - t0) / 1e6);
            String word = words[run % words.length];
            long t1 = System.nanoTime();
            onFx(() -> ((TextField) shell[0].root().lookup("#history-search")).setText(word));
            waitUntil(() -> {
                ListView<?> results = (ListView<?>) shell[0].root().lookup("#search-results");
                return results != null && !results.getItems().isEmpty();
            });
            searchAnswered.add((System.nanoTime() - t1) / 1e6);
            waitUntil(() -> {
                ListView<?> results = (ListView<?>) shell[0].root().lookup("#search-results");
                return results != null && !results.getItems().isEmpty() && results.lookup(".search-match") != null;
            });
            search.add((System.nanoTime() - t1) / 1e6);
        }
        List<Double> storeSearch = new ArrayList<>();
        for (int run = 0; run < 21; run++) {
            long t = System.nanoTime();
            var hits = fixture.store.search(words[run % words.length], 0, 50);
            fixture.store.summaries(hits.stream().map(app.debrief.store.SearchHit::attemptId).toList());
            storeSearch.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf("search in the store (50 best, with summaries): median %.1f ms%n", median(storeSearch));
        System.out.printf("history first page on screen: median %.1f ms (runs: %s)%n", median(firstPage), firstPage);
        System.out.printf("search answered (results in the list): median %.1f ms (runs: %s)%n", median(searchAnswered), searchAnswered);
        System.out.printf("search results on screen:     median %.1f ms (runs: %s)%n", median(search), search);
        fixture.close();
        Platform.exit();
    }

    static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.SECONDS);
    }

    /** Polls on the FX thread, after a layout pulse, until the condition holds. */
    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean[] ok = new boolean[1];
            onFx(() -> {
                shell().applyCss();
                ok[0] = condition.getAsBoolean();
            });
            if (ok[0]) {
                return;
            }
            Thread.sleep(1);
        }
        onFx(() -> {
            TableView<?> table = (TableView<?>) shell().lookup("#history-table");
            System.out.println("timed out; table=" + (table == null ? "none" : table.getItems().size() + " rows, cell="
                    + table.lookup(".table-row-cell") + ", visible=" + table.isVisible() + ", scene=" + table.getScene()));
        });
        throw new IllegalStateException("timed out");
    }

    private static javafx.scene.Parent shell() {
        return javafx.stage.Window.getWindows().get(0).getScene().getRoot();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
