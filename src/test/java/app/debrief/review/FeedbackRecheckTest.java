package app.debrief.review;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.bank.PromptBankLoader;
import app.debrief.content.BundledContent;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.RubricChecker;
import app.debrief.rubric.RubricReader;
import app.debrief.rubric.points.Level;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStore;
import app.debrief.store.Draft;
import app.debrief.store.GradeItem;
import app.debrief.store.Mode;
import app.debrief.store.SelfGrade;
import app.debrief.store.Fixtures;
import app.debrief.ui.common.RecheckStatus;
import app.debrief.ui.common.StoreHandle;
import app.debrief.ui.common.UiExecutor;
import app.debrief.ui.common.UiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static app.debrief.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the checker changes, past answers are checked again, so progress compares like with like:
 * their feedback becomes the current checker's, their self-grades stay, and the screens are told
 * how far it has got.
 */
class FeedbackRecheckTest {

    static final RubricChecker CHECKER = new RubricChecker(RubricReader.bundled());
    static final PromptBank BANK = new PromptBankLoader(RubricReader.bundled().kinds()).load(BundledContent.packs()).bank();
    static final String ANSWER = "Our brand vision is pure delight; developers will love the magic of streaming.";

    @TempDir
    Path dir;
    AttemptStore store;

    @BeforeEach
    void open() {
        store = AttemptStore.open(dir.resolve("debrief.db")).store();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** An answer submitted under an older checker, whose stored verdict says nothing was flagged. */
    long oldAttempt(int n) {
        Prompt prompt = BANK.byId("pm-sd-streaming-responses").orElseThrow();
        Attempt a = store.start(prompt, Mode.PRACTICE, T0.plusSeconds(n));
        Feedback old = Fixtures.feedback(prompt);
        store.submit(new Draft(a.id(), ANSWER, 60_000, List.of()), old, T0.plusSeconds(n + 60));
        store.saveGrades(a.id(), List.of(new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 2, "too much brand")));
        return a.id();
    }

    @Test
    void staleFeedbackIsReplacedByTheCurrentCheckersAndTheSelfGradesStay() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < FeedbackRecheck.BATCH + 3; i++) {
            ids.add(oldAttempt(i * 100));
        }
        FeedbackRecheck recheck = new FeedbackRecheck(CHECKER, BANK);
        assertThat(recheck.remaining(store)).isEqualTo(ids.size());
        assertThat(recheck.step(store)).isEqualTo(FeedbackRecheck.BATCH);
        assertThat(recheck.step(store)).isEqualTo(3);
        assertThat(recheck.step(store)).isZero();
        assertThat(recheck.remaining(store)).isZero();
        Feedback now = store.feedback(ids.get(0)).orElseThrow();
        assertThat(now.checkerVersion()).isEqualTo(CHECKER.version());
        assertThat(now.mistake("marketing-fluff").orElseThrow().flagged()).as("the new checker reads the brand talk").isTrue();
        assertThat(now.talkingPoints()).extracting(t -> t.id())
                .containsExactlyElementsOf(BANK.byId("pm-sd-streaming-responses").orElseThrow().talkingPoints().stream().map(t -> t.id()).toList());
        assertThat(now.talkingPoints()).allSatisfy(t -> assertThat(t.level()).isNotNull());
        assertThat(store.grades(ids.get(0))).extracting(SelfGrade::score).containsExactly(2);
        assertThat(store.history(app.debrief.store.HistoryQuery.newest(50)).attempts())
                .allSatisfy(s -> assertThat(s.flaggedMistakes()).contains("marketing-fluff"));
    }

    @Test
    void theScreensAreToldHowFarTheRecheckHasGotAndWhenItIsDone() {
        for (int i = 0; i < 30; i++) {
            oldAttempt(i * 100);
        }
        UiServices services = new UiServices(BANK, CHECKER.rubric(), CHECKER, StoreHandle.of(new AttemptStore.Opened(store, java.util.Optional.empty())),
                Clock.fixed(T0, ZoneOffset.UTC), ZoneOffset.UTC, UiExecutor.direct(), null, List.of());
        List<String> messages = new ArrayList<>();
        RecheckStatus status = services.recheck();
        status.messageProperty().addListener((o, was, now) -> messages.add(now));
        services.recheckPastAnswers();
        assertThat(messages).first().asString().contains("Checking your 30 past answers again").contains("0 of 30 done");
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("25 of 30 done"));
        assertThat(messages).last().asString().startsWith("30 past answers checked again with the new checker (" + CHECKER.version() + ")");
        assertThat(status.runningProperty().get()).isFalse();
        assertThat(status.completedProperty().get()).isEqualTo(1);
        services.recheckPastAnswers();
        assertThat(status.completedProperty().get()).as("nothing left to check: nothing runs").isEqualTo(1);
    }

    @Test
    void aSnapshotOfTheFirstPackFormatStillReadsAndIsCheckedAgainstTodaysPrompt() throws java.sql.SQLException {
        Prompt prompt = BANK.byId("pm-sd-streaming-responses").orElseThrow();
        Attempt a = store.start(prompt, Mode.PRACTICE, T0);
        store.submit(new Draft(a.id(), ANSWER, 60_000, List.of()), Fixtures.feedback(prompt), T0.plusSeconds(60));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("debrief.db")); var st = c.createStatement()) {
            st.execute("UPDATE attempts SET prompt_json = '{\"id\":\"pm-sd-streaming-responses\",\"track\":\"PM\",\"kind\":\"system-design\","
                    + "\"title\":\"Old\",\"question\":\"Old question\",\"minutes\":40,\"phases\":[],"
                    + "\"talkingPoints\":[{\"id\":\"latency-budget\",\"label\":\"Latency\",\"cues\":[\"ttft\",\"p95\"]}],"
                    + "\"followUps\":[\"What breaks first?\"],\"source\":\"old.json\"}'");
        }
        Attempt read = store.attempt(a.id()).orElseThrow();
        assertThat(read.prompt().talkingPoints().get(0).terms()).containsExactly("ttft", "p95");
        assertThat(read.prompt().followUps().get(0).question()).isEqualTo("What breaks first?");
        assertThat(read.prompt().reference()).isEmpty();
        new FeedbackRecheck(CHECKER, BANK).step(store);
        assertThat(store.feedback(a.id()).orElseThrow().talkingPoints()).hasSize(prompt.talkingPoints().size());
        assertThat(store.feedback(a.id()).orElseThrow().talkingPoints()).extracting(t -> t.level()).doesNotContainNull()
                .contains(Level.MISSING);
    }

    @Test
    void aFollowUpsAnswerIsCheckedAgainAgainstTheProbedPointsOfTodaysPrompt() throws java.sql.SQLException {
        long main = oldAttempt(0);
        Prompt prompt = BANK.byId("pm-sd-streaming-responses").orElseThrow();
        app.debrief.bank.FollowUp asked = prompt.followUps().get(0);
        Attempt followUp = store.followUps().ask(main, asked, "Asked because.", T0.plusSeconds(100));
        store.submit(new Draft(followUp.id(), ANSWER, 60_000, List.of()), Fixtures.feedback(followUp.prompt()), T0.plusSeconds(200));
        // The snapshot of the day named only one of the points it probes, under another label.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("debrief.db")); var st = c.createStatement()) {
            st.execute("UPDATE attempts SET prompt_json = json_set(prompt_json, '$.talkingPoints', json('[{\"id\":\"old-point\",\"label\":"
                    + "\"Old\",\"cues\":[\"brand\"]}]')) WHERE id = " + followUp.id());
        }
        FeedbackRecheck recheck = new FeedbackRecheck(CHECKER, BANK);
        assertThat(recheck.remaining(store)).as("the answer and its follow-up").isEqualTo(2);
        recheck.step(store);
        Feedback now = store.feedback(followUp.id()).orElseThrow();
        assertThat(now.checkerVersion()).isEqualTo(CHECKER.version());
        assertThat(now.talkingPoints()).extracting(t -> t.id()).as("only what the follow-up probes, as the bank has it")
                .containsExactlyElementsOf(prompt.talkingPoints().stream().map(t -> t.id()).filter(asked.probes()::contains).toList());
        assertThat(now.mistake("marketing-fluff").orElseThrow().flagged()).isTrue();
    }
}
