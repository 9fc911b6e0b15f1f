package app.debrief.ui;

import app.debrief.bank.Prompt;
import app.debrief.store.Attempt;
import app.debrief.store.Draft;
import app.debrief.store.GradeItem;
import app.debrief.store.Mode;
import app.debrief.store.PhaseTime;
import app.debrief.store.SelfGrade;
import app.debrief.ui.shell.Shell;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders every screen with realistic data into target/tour/*.png, to look at them ({@code -Dtour.width=1024
 * -Dtour.height=700 -Dtour.dir=tour-small} for the smallest window).
 * Run: {@code mvn -q test -Dtest=ScreenTour -Dtour=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "tour", matches = "true")
class ScreenTour {

    static final Path OUT = Path.of("target", System.getProperty("tour.dir", "tour"));
    UiFixture fixture;
    Shell shell;
    Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        fixture = UiFixture.onFx();
        seed();
        shell = fixture.showShell(stage, Integer.getInteger("tour.width", 1280), Integer.getInteger("tour.height", 820));
        scene = stage.getScene();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    static final String FLUFFY = """
            I'd start from the brand vision. Developers should feel delight the moment the first tokens stream in; \
            that emotional moment is what our brand stands for.

            Personas: Leo, an indie hacker who loves the magic of instant answers, and Priya, a startup CTO who wants her team \
            to feel empowered. Both should love the experience.

            For the launch I'd run a campaign on social media with a hero video and influencers, and a press release on day one.

            Technically we'd stream tokens over server-sent events, and keep p95 time to first token under 400 ms.""";

    void seed() {
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        submit("pm-sd-streaming-responses", FLUFFY, t, 31 * 60_000, 2);
        submit("pm-sd-streaming-responses", """
                Budget first: of the 400 ms p95 for time to first token, queueing gets 50 ms, prefill of a 4,000-token prompt \
                about 250 ms on an H100, and the rest is network. After that, inter-token latency is what users feel.

                Protocol: server-sent events, one delta per chunk, and a final chunk with the finish reason and the token usage, \
                because clients need usage to bill their own users. The SDKs wrap it in an iterator.

                If the model fails after the first byte, we send an error event inside the stream; a client disconnect cancels \
                generation and frees the KV cache slot.

                Slow readers hold GPU slots, which costs money, so we buffer at the edge and apply backpressure.

                Enterprise customers behind corporate proxies need a TTFT SLA later.""", t.plus(Duration.ofDays(1)), 35 * 60_000, 3);
        submit("pmm-lp-mistral-small-2-gtm", """
                Segments: regulated European banks and the ISVs that sell to them. Ship Small 2 under Apache 2.0 and sell a \
                SOC 2-backed private deployment in the customer's VPC, with a 99.9% SLA.

                Differentiators against Llama 3: lower latency at the same quality, a permissive licence, and EU data residency.

                Enablement: a battle card against Llama 3, a demo script and a talk track for the "free weights" objection.""",
                t.plus(Duration.ofDays(2)), 28 * 60_000, 3);
        List<Prompt> all = fixture.services.bank().all();
        for (int i = 0; i < 30; i++) {
            Prompt q = all.get(i * 7 % all.size());
            String text = i % 3 == 0 ? FLUFFY : "We publish the weights under Apache 2.0 and offer a 99.9% SLA in a private VPC; p95 stays under "
                    + (200 + i * 10) + " ms and the KV cache fits in 40 GB per GPU.";
            submit(q.id(), text, t.minus(Duration.ofDays(40 - i)), (20 + i % 15) * 60_000L, 1 + i % 4);
        }
        Prompt p = fixture.services.bank().byId("pm-to-int8-int4-fp8").orElseThrow();
        Attempt unfinished = fixture.store.start(p, Mode.PRACTICE, t.plus(Duration.ofDays(8)));
        fixture.store.saveDraft(new Draft(unfinished.id(), "INT8 halves the weights' memory to about 7 GB for a 7B model, so a single L4 serves it.",
                9 * 60_000, List.of(new PhaseTime("Frame", 5 * 60_000), new PhaseTime("Compare", 4 * 60_000))), t.plus(Duration.ofDays(8)));
    }

    void submit(String promptId, String answer, Instant at, long elapsed, int grade) {
        Seeder.submit(fixture, fixture.services.bank().byId(promptId).orElseThrow(), Mode.PRACTICE, answer, at, elapsed,
                f -> List.of(new SelfGrade(GradeItem.MISTAKE, f.mistakes().get(0).id(), grade, "")));
    }

    void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(robot, scene, OUT.resolve(name + ".png"));
    }

    /** Scrolls the scroll pane holding {@code node} so that it shows. */
    static void scrollTo(javafx.scene.Node node) {
        javafx.scene.Node p = node.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane pane) {
            double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
            double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            pane.setVvalue(Math.min(1, y / Math.max(1, contentHeight - pane.getViewportBounds().getHeight())));
        }
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        robot.interact(shell::home);
        shoot(robot, "1-home");
        robot.clickOn("#track-pm");
        robot.clickOn("#kind-system-design");
        robot.interact(() -> robot.lookup("#prompt-list").queryListView().getSelectionModel().select(1));
        shoot(robot, "2-picker");
        robot.clickOn("#start-button");
        robot.clickOn("#editor").write("Time to first token is the budget that matters: p95 under 300 ms for 8k-token prompts.");
        fixture.clock.advance(Duration.ofMinutes(33));
        shoot(robot, "3-answer");
        robot.clickOn("#pause");
        shoot(robot, "3b-answer-paused");
        robot.clickOn("#pause");
        robot.clickOn("#submit-button");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        robot.interact(() -> shell.feedback(fixture.store.recent(5).get(2).id()));
        shoot(robot, "4-feedback");
        var streaming = fixture.store.recent(100).stream().filter(x -> x.promptId().equals("pm-sd-streaming-responses")).toList();
        var strong = streaming.stream().max(java.util.Comparator.comparingInt(x -> x.words())).orElseThrow();
        robot.interact(() -> shell.feedback(strong.id()));
        robot.interact(() -> scrollTo(scene.lookup("#point-wire-protocol")));
        shoot(robot, "4b-feedback-points");
        // scrolled to the last points, so one shot shows a developed, two touched and a missing point together
        robot.interact(() -> scrollTo(scene.lookup("#point-open-weights-parity")));
        shoot(robot, "4c-feedback-points-end");
        robot.clickOn("#theme-toggle");
        robot.interact(shell::home);
        shoot(robot, "5-home-dark");
        robot.interact(() -> shell.feedback(fixture.store.recent(5).get(0).id()));
        shoot(robot, "6-feedback-dark");
        robot.clickOn("#theme-toggle");
        robot.clickOn("#nav-history");
        shoot(robot, "7-history");
        robot.clickOn("#history-search").write("latency");
        shoot(robot, "8-search");
        var same = fixture.store.recent(100).stream().filter(x -> x.promptId().equals("pm-sd-streaming-responses")).toList();
        robot.interact(() -> shell.compare(same.get(0).id(), same.get(1).id()));
        shoot(robot, "9-compare");
        robot.interact(shell::progress);
        shoot(robot, "10-progress");
        robot.interact(() -> ((javafx.scene.control.ScrollPane) scene.lookup("#progress")).setVvalue(0.75));
        shoot(robot, "11-progress-charts");
    }
}
