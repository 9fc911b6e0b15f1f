package app.debrief.cli;

import app.debrief.practice.Durations;
import app.debrief.store.AttemptStore;
import app.debrief.store.AttemptSummary;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.FollowUpJson;
import app.debrief.store.HistoryPage;
import app.debrief.store.HistoryQuery;
import app.debrief.text.Plural;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code debrief history [--json]}: every attempt with its follow-ups, newest first, read a page at a time. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List your attempts, newest first.")
final class HistoryCommand implements Callable<Integer> {

    private static final int PAGE = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (AttemptStore store = root.openStoreForReading()) {
            if (json) {
                printJson(store, out);
            } else {
                printTable(store, out);
            }
        }
        out.flush();
        return 0;
    }

    private static int forEachPage(AttemptStore store, Consumer<HistoryPage> action) {
        HistoryQuery query = HistoryQuery.newest(PAGE);
        HistoryPage page;
        do {
            page = store.history(query);
            action.accept(page);
            query = query.next();
        } while (page.hasMore());
        return page.total();
    }

    private static void printJson(AttemptStore store, PrintWriter out) throws IOException {
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out).useDefaultPrettyPrinter();
        g.writeStartArray();
        forEachPage(store, page -> {
            Map<Long, List<FollowUpAnswer>> followUps = store.followUps().of(page.attempts().stream().map(AttemptSummary::id).toList());
            page.attempts().forEach(a -> write(g, a, followUps.getOrDefault(a.id(), List.of())));
        });
        g.writeEndArray();
        g.flush();
        out.println();
    }

    /** One attempt, with its follow-ups as the JSON export writes them (question, answer, time used, feedback). */
    private static void write(JsonGenerator g, AttemptSummary a, List<FollowUpAnswer> followUps) {
        try {
            g.writeStartObject();
            g.writeNumberField("id", a.id());
            g.writeStringField("prompt", a.promptId());
            g.writeStringField("title", a.title());
            g.writeStringField("track", a.track().name());
            g.writeStringField("kind", a.kind());
            g.writeStringField("mode", a.mode().name());
            g.writeStringField("status", a.status().name());
            g.writeStringField("startedAt", a.startedAt().toString());
            g.writeStringField("submittedAt", a.submittedAt().map(Instant::toString).orElse(null));
            g.writeNumberField("budgetSeconds", a.budgetSeconds());
            g.writeNumberField("elapsedMillis", a.elapsedMillis());
            g.writeNumberField("words", a.words());
            g.writeArrayFieldStart("flagged");
            for (String id : a.flaggedMistakes()) {
                g.writeString(id);
            }
            g.writeEndArray();
            average(g, "mistakeGradeAverage", a.mistakeGradeAverage());
            average(g, "talkingPointGradeAverage", a.pointGradeAverage());
            FollowUpJson.writeAll(g, followUps);
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void average(JsonGenerator g, String field, java.util.Optional<Double> value) throws IOException {
        g.writeFieldName(field);
        if (value.isPresent()) {
            g.writeNumber(value.get());
        } else {
            g.writeNull();
        }
    }

    private static void printTable(AttemptStore store, PrintWriter out) {
        String row = "%5s  %-16s  %-5s  %-11s  %-11s  %6s  %-44s  %10s  %s%n";
        boolean[] header = {false};
        int total = forEachPage(store, page -> page.attempts().forEach(a -> {
            if (!header[0]) {
                out.printf(row, "ID", "STARTED", "TRACK", "STATUS", "TIME", "WORDS", "PROMPT", "FOLLOW-UPS", "FLAGGED");
                header[0] = true;
            }
            out.printf(row, a.id(), WHEN.format(a.startedAt()), a.track(), a.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    Durations.clock(a.elapsedMillis()) + "/" + a.budgetSeconds() / 60 + "m", a.words(), a.title(),
                    a.followUps() == 0 ? "-" : a.followUps(), a.flaggedMistakes().isEmpty() ? "-" : String.join(", ", a.flaggedMistakes()));
        }));
        out.println(total == 0 ? "No attempts yet." : Plural.of(total, "attempt"));
    }
}
