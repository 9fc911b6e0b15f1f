package app.debrief.cli;

import app.debrief.env.DataDirectory;
import app.debrief.loop.Loop;
import app.debrief.loop.RoundDraw;
import app.debrief.practice.Interviewer;
import app.debrief.rubric.CheckContext;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStore;
import app.debrief.store.Draft;
import app.debrief.store.LoopStore;
import app.debrief.wiring.Composition;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** loops, export --loop and validate on loops files, as a script sees them. */
class LoopCommandsTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path tmp;

    Path data() {
        return tmp.resolve("data");
    }

    CliRun run(String... args) {
        return CliRun.of(data(), "", args);
    }

    /** A finished PMM screen whose two answers keep the weights closed, each with its follow-up, and one still in progress. */
    long finishedScreen() {
        Composition app = new Composition(new DataDirectory(data(), "test"));
        Loop loop = app.loops().library().byId("pmm-screen").orElseThrow();
        try (AttemptStore store = AttemptStore.open(data().resolve("debrief.db")).store()) {
            LoopStore loops = store.loops();
            long id = loops.start(loop.id(), loop.track(), loop.title(), loop.breakMinutes(),
                    RoundDraw.draw(loop, app.bank().bank(), Map.of(), new Random(3)), T0).id();
            for (int round = 1; round <= 2; round++) {
                Attempt a = loops.startRound(id, T0);
                String answer = "We keep the weights private, API only; Grüße, 東京 and a 🚀 for the launch.";
                Attempt main = store.submit(new Draft(a.id(), answer, a.budgetSeconds() * 1000L, List.of()),
                        app.checker().check(answer, CheckContext.of(a.prompt())), T0);
                int r = round;
                Attempt followUp = ((Interviewer.Ask) new Interviewer(store, 1, (m, f, why, at) -> loops.askFollowUp(id, r, m, f, why, at))
                        .afterHandIn(main, T0)).attempt();
                String more = "Closed weights keep the model ours; the price is per token.";
                store.submit(new Draft(followUp.id(), more, 150_000, List.of()), app.checker().check(more, CheckContext.of(followUp.prompt())), T0);
                loops.roundHandedIn(id, round, T0);
                loops.grade(id, round, "strong-hire");
            }
            loops.finish(id, T0.plusSeconds(1800));
            loops.start("pm-screen", loop.track(), "In progress", 1, RoundDraw.draw(app.loops().library().byId("pm-screen").orElseThrow(),
                    app.bank().bank(), Map.of(), new Random(3)), T0.plusSeconds(3600));
            return id;
        }
    }

    @Test
    void loopsListsIdTrackTitleAndRoundsAsKindsOrPromptsWithMinutes() throws IOException {
        CliRun all = run("loops", "--json");
        assertThat(all.code()).isZero();
        JsonNode pmm = all.json().findParents("id").stream().filter(n -> n.path("id").asText().equals("pmm-onsite")).findFirst().orElseThrow();
        assertThat(pmm.path("track").asText()).isEqualTo("PMM");
        assertThat(pmm.path("rounds").get(0).path("kind").asText()).isEqualTo("launch-plan");
        assertThat(pmm.path("rounds").get(3).path("prompt").asText()).isEqualTo("pmm-ex-open-weights-cfo");
        assertThat(pmm.path("rounds").get(3).path("minutes").asInt()).isEqualTo(5);
        CliRun pm = run("loops", "--track", "pm");
        assertThat(pm.out()).contains("pm-onsite", "pm-screen", "system-design 40 min").doesNotContain("pmm-onsite");
    }

    @Test
    void exportWritesAFinishedLoopsPacketAsMarkdownJsonAndPdf() throws IOException {
        long id = finishedScreen();
        CliRun md = run("export", "--format", "md", "--loop", "pmm-screen");
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).startsWith("# Debrief packet: PMM screen").contains("**Lean: Strong no hire**", "immediate reject",
                "### Fix first", "you said Strong hire; the rules say Strong no hire");
        JsonNode json = run("export", "--format", "json", "--loop", String.valueOf(id)).json();
        assertThat(json.path("lean").asText()).isEqualTo("strong-no-hire");
        assertThat(json.path("rounds")).hasSize(2);
        JsonNode followUp = json.path("rounds").get(0).path("followUps");
        assertThat(followUp).as("each round's follow-up, as the JSON export carries an attempt's").hasSize(1);
        assertThat(followUp.get(0).path("reason").asText()).startsWith("Asked ");
        assertThat(followUp.get(0).path("elapsedMillis").asLong()).isEqualTo(150_000);
        assertThat(followUp.get(0).path("feedback").path("talkingPoints").isArray()).as("the levels of the points it probed").isTrue();
        assertThat(md.out()).contains("### Follow-up (", followUp.get(0).path("question").asText(), followUp.get(0).path("reason").asText(),
                "2:30 of " + followUp.get(0).path("minutes").asInt() + ":00");
        assertThat(json.path("fixFirst").get(0).path("practise").path("prompt").asText()).startsWith("pmm-");
        // Left in target/packet/ for a person to look at (pdftoppm -png renders its pages).
        Path pdf = Files.createDirectories(Path.of("target", "packet")).resolve("pmm-screen.pdf");
        CliRun written = run("export", "--format", "pdf", "--loop", String.valueOf(id), "--out", pdf.toString());
        assertThat(written.code()).as(written.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Debrief packet: PMM screen", "Lean: Strong no hire", "Round 2", "Follow-up (");
            assertThat(text).as("an answer's own script shows in the evidence").contains("private");
        }
    }

    @Test
    void exportRefusesAPdfWithoutALoopOrAFileAsUsageAndAnOpenLoopAsBadInput() {
        finishedScreen();
        CliRun noLoop = run("export", "--format", "pdf");
        assertThat(noLoop.code()).isEqualTo(2);
        assertThat(noLoop.err()).contains("PDF is the format of a loop's debrief packet: add --loop ID");
        assertThat(run("export", "--format", "pdf", "--loop", "pmm-screen").err()).contains("a PDF goes to a file: add --out FILE");
        CliRun open = run("export", "--format", "md", "--loop", "2");
        assertThat(open.code()).isEqualTo(1);
        assertThat(open.err()).contains("is still in progress; its packet comes at the end");
        assertThat(run("export", "--format", "md", "--loop", "pm-onsite").err()).contains("no ended sitting of a loop 'pm-onsite'");
    }

    @Test
    void validateChecksTheLoopsWithEachProblemLocated() throws IOException {
        CliRun ok = run("validate");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("4 loops");
        Path mine = tmp.resolve("mine.loops.json");
        Files.writeString(mine, "{ \"loops\": [ { \"id\": \"x\", \"track\": \"PMM\", \"title\": \"T\",\n"
                + "  \"rounds\": [ { \"kind\": \"tradeoff\", \"minutes\": 10 } ] } ] }\n");
        CliRun bad = run("validate", mine.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains(mine + ":2:25: kind 'tradeoff' is of the PM track, not PMM");
    }
}
