package app.debrief.cli;

import app.debrief.bank.Prompt;
import app.debrief.env.DataDirectory;
import app.debrief.rubric.CheckContext;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStore;
import app.debrief.store.Draft;
import app.debrief.store.GradeItem;
import app.debrief.store.Mode;
import app.debrief.store.SelfGrade;
import app.debrief.wiring.Composition;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** history, export and import as a script sees them: output, exit codes, all-or-nothing imports. */
class StoreCommandsTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path tmp;

    Path data() {
        return tmp.resolve("data");
    }

    CliRun run(Path dataDir, String... args) {
        return CliRun.of(dataDir, "", args);
    }

    CliRun run(String... args) {
        return run(data(), args);
    }

    /** Two submitted attempts (the second graded) and one in progress, checked by the real checker. */
    List<Long> practise() {
        Composition app = new Composition(new DataDirectory(data(), "test"));
        Prompt streaming = app.bank().bank().byId("pm-sd-streaming-responses").orElseThrow();
        try (AttemptStore store = AttemptStore.open(data().resolve("debrief.db")).store()) {
            List<Long> ids = new ArrayList<>();
            String[] answers = {"Our brand vision is delight; developers will love the magic.",
                    "Stream tokens over SSE; p95 time to first token under 300 ms; cost per million tokens stays flat."};
            for (int i = 0; i < answers.length; i++) {
                Attempt a = store.start(streaming, Mode.PRACTICE, T0.plusSeconds(3600L * i));
                Draft d = new Draft(a.id(), answers[i], 540_000, List.of());
                store.submit(d, app.checker().check(answers[i], CheckContext.of(streaming)), T0.plusSeconds(3600L * i + 600));
                ids.add(a.id());
            }
            store.saveGrades(ids.get(1), List.of(new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 4, "numbers | not feelings")));
            ids.add(store.start(streaming, Mode.MOCK, T0.plusSeconds(7200)).id());
            return ids;
        }
    }

    @Test
    void historyOfAnEmptyStoreSaysSo() throws IOException {
        CliRun table = run("history");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("No attempts yet.");
        CliRun json = run("history", "--json");
        assertThat(json.json().isArray()).isTrue();
        assertThat(json.json().size()).isZero();
    }

    @Test
    void historyListsEveryAttemptNewestFirst() throws IOException {
        List<Long> ids = practise();
        CliRun json = run("history", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        List<Long> listed = new ArrayList<>();
        json.json().forEach(a -> listed.add(a.get("id").asLong()));
        assertThat(listed).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        JsonNode first = json.json().get(2);
        assertThat(first.get("prompt").asText()).isEqualTo("pm-sd-streaming-responses");
        assertThat(first.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(first.get("flagged").toString()).contains("marketing-fluff");
        assertThat(json.json().get(1).get("mistakeGradeAverage").asDouble()).isEqualTo(4.0);
        assertThat(json.json().get(1).get("talkingPointGradeAverage").isNull()).as("no talking point graded").isTrue();
        assertThat(json.json().get(0).get("submittedAt").isNull()).isTrue();
        CliRun table = run("history");
        assertThat(table.out()).contains("STARTED").contains("in progress").contains("marketing-fluff").contains("3 attempts");
    }

    /** A practice attempt at the batch prompt with one follow-up answered; returns the attempt's id. */
    long withAFollowUp() {
        Composition app = new Composition(new DataDirectory(data(), "test"));
        Prompt batch = app.bank().bank().byId("pm-sd-batch-inference-api").orElseThrow();
        try (AttemptStore store = AttemptStore.open(data().resolve("debrief.db")).store()) {
            Attempt a = store.start(batch, Mode.PRACTICE, T0);
            String answer = "Developers upload a JSONL file and poll the job id.";
            store.submit(new Draft(a.id(), answer, 600_000, List.of()), app.checker().check(answer, CheckContext.of(batch)), T0.plusSeconds(600));
            Attempt f = store.followUps().ask(a.id(), batch.followUps().get(3), "Asked because your answer said nothing about what serving costs us.",
                    T0.plusSeconds(700));
            String maths = "A million tokens cost us about $0.14 at an assumed $2.50 per GPU-hour, so $0.30 leaves a 53% margin.";
            store.submit(new Draft(f.id(), maths, 200_000, List.of()), app.checker().check(maths, CheckContext.of(f.prompt())), T0.plusSeconds(900));
            return a.id();
        }
    }

    @Test
    void historyJsonCarriesEachAttemptsFollowUpsWithQuestionAnswerTimeAndFeedback() throws IOException {
        long id = withAFollowUp();
        CliRun json = run("history", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.json().size()).as("the follow-up is not an attempt of its own here").isEqualTo(1);
        JsonNode attempt = json.json().get(0);
        assertThat(attempt.get("id").asLong()).isEqualTo(id);
        JsonNode followUp = attempt.get("followUps").get(0);
        assertThat(followUp.get("question").asText()).startsWith("Show me the maths");
        assertThat(followUp.get("answer").asText()).startsWith("A million tokens cost us");
        assertThat(followUp.get("elapsedMillis").asLong()).isEqualTo(200_000);
        assertThat(followUp.get("minutes").asInt()).isEqualTo(4);
        assertThat(followUp.get("reason").asText()).contains("what serving costs us");
        assertThat(followUp.get("feedback").get("talkingPoints")).singleElement()
                .satisfies(t -> assertThat(t.get("id").asText()).isEqualTo("unit-economics"));
        assertThat(run("history").out()).contains("FOLLOW-UPS");
    }

    @Test
    void anExportWithFollowUpsImportsElsewhereOnceAndSaysHowMany() throws IOException {
        withAFollowUp();
        Path file = tmp.resolve("export.json");
        assertThat(run("export", "--format", "json", "--out", file.toString()).code()).isZero();
        Path other = tmp.resolve("other");
        CliRun first = run(other, "import", file.toString());
        assertThat(first.out()).contains("imported 1 attempt and 1 follow-up from");
        assertThat(run(other, "import", file.toString()).out()).contains("imported 0 attempts from").contains("1 already in your history");
        assertThat(run(other, "history", "--json").json().get(0).get("followUps").get(0).get("answer").asText())
                .isEqualTo(run("history", "--json").json().get(0).get("followUps").get(0).get("answer").asText());
        CliRun md = run("export", "--format", "md");
        assertThat(md.out()).contains("### Follow-up 1").contains("Show me the maths").contains("what serving costs us");
    }

    @Test
    void theMarkdownExportReadsAsAReport() {
        practise();
        CliRun md = run("export", "--format", "md");
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).startsWith("# Debrief practice history")
                .contains("## ").contains("### Question").contains("### Answer")
                .contains("> Our brand vision is delight; developers will love the magic.")
                .contains("### Findings").contains("**Flagged: ").contains("Evidence: “brand vision”")
                .contains("Talking points: ").contains("- Missing: ")
                .contains("### Self-grades").contains("| numbers \\| not feelings |")
                .contains("_No answer written._")
                .contains("3 attempts.");
    }

    @Test
    void oneAttemptCanBeExportedAndAnUnknownOneIsBadInput() throws IOException {
        List<Long> ids = practise();
        CliRun one = run("export", "--format", "json", "--attempt", String.valueOf(ids.get(1)));
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(one.json().get("attempts").size()).isEqualTo(1);
        assertThat(one.json().get("attempts").get(0).get("answer").asText()).startsWith("Stream tokens");
        CliRun missing = run("export", "--format", "md", "--attempt", "999");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no attempt with id 999").doesNotContain("Exception");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void aJsonExportImportsElsewhereAndImportingItTwiceAddsNothing() throws IOException {
        practise();
        Path file = tmp.resolve("export.json");
        CliRun export = run("export", "--format", "json", "--out", file.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("exported to " + file);
        Path other = tmp.resolve("other");
        CliRun first = run(other, "import", file.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported 3 attempts");
        CliRun second = run(other, "import", file.toString());
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("imported 0 attempts").contains("3 already in your history were skipped");
        JsonNode mine = run("history", "--json").json();
        JsonNode theirs = run(other, "history", "--json").json();
        assertThat(theirs.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            for (String field : List.of("prompt", "status", "startedAt", "submittedAt", "words", "flagged", "mistakeGradeAverage",
                    "talkingPointGradeAverage")) {
                assertThat(theirs.get(i).get(field)).as(field).isEqualTo(mine.get(i).get(field));
            }
        }
        String markdownHere = run("export", "--format", "md").out().replaceAll("Exported .*", "");
        String markdownThere = run(other, "export", "--format", "md").out().replaceAll("Exported .*", "");
        assertThat(markdownThere).isEqualTo(markdownHere);
    }

    @Test
    void aMalformedImportWritesNothingAndNamesFileLineAndField() throws IOException {
        practise();
        Path file = tmp.resolve("export.json");
        assertThat(run("export", "--format", "json", "--out", file.toString()).code()).isZero();
        String text = Files.readString(file);
        int at = text.lastIndexOf("\"elapsedMillis\" : ");
        String broken = text.substring(0, at) + "\"elapsedMillis\" : \"ten minutes\"" + text.substring(text.indexOf(',', at));
        Path bad = Files.writeString(tmp.resolve("bad.json"), broken);
        int line = (int) broken.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        Path other = tmp.resolve("other");
        CliRun run = run(other, "import", bad.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(bad + ":" + line + ":").contains("'elapsedMillis' must be a number")
                .contains("nothing was imported").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(other.resolve("debrief.db")).as("not even an empty store was made").doesNotExist();
        Path syntax = Files.writeString(tmp.resolve("syntax.json"), text.substring(0, text.length() / 2));
        CliRun cut = run(other, "import", syntax.toString());
        assertThat(cut.code()).isEqualTo(1);
        assertThat(cut.err()).contains(syntax + ":").contains("invalid JSON");
        CliRun missing = run(other, "import", tmp.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.json: no such file");
        assertThat(run(other, "history", "--json").json().size()).isZero();
    }

    @Test
    void usageErrorsExitTwoAndAnUnusableFolderExitsOne() throws IOException {
        assertThat(run("export").code()).as("--format is required").isEqualTo(2);
        assertThat(run("export", "--format", "pdf").code()).isEqualTo(2);
        assertThat(run("import").code()).isEqualTo(2);
        assertThat(run("history", "--bogus").code()).isEqualTo(2);
        Path file = Files.writeString(tmp.resolve("plain"), "a file, not a folder");
        CliRun broken = run(file.resolve("data"), "history");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("data folder " + file.resolve("data")).doesNotContain("\tat ");
        CliRun noFolder = run("export", "--format", "md", "--out", tmp.resolve("missing/report.md").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist");
    }
}
