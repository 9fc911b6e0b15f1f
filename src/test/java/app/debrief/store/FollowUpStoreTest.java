package app.debrief.store;

import app.debrief.bank.FollowUp;
import app.debrief.bank.FollowUpPrompt;
import app.debrief.bank.Prompt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static app.debrief.store.Fixtures.T0;
import static app.debrief.store.Fixtures.draft;
import static app.debrief.store.Fixtures.feedback;
import static app.debrief.store.Fixtures.pmPrompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A follow-up's answer is an attempt of its own, tied to the attempt it follows up: saved, resumed
 * and submitted like any answer, found by search as its attempt's, hidden and restored with it, and
 * never listed on its own.
 */
class FollowUpStoreTest {

    static final FollowUp FOLLOW_UP = new FollowUp("What would you cut first to stay under 300 ms?", List.of("latency"), 3);
    static final String REASON = "Asked because your answer said nothing about the latency budget.";

    @TempDir
    Path dir;
    AttemptStore store;
    Attempt main;

    @BeforeEach
    void open() {
        store = AttemptStore.open(dir.resolve("debrief.db")).store();
        main = Fixtures.submitted(store, pmPrompt(), T0, "Streaming over SSE, tokens as they come.");
    }

    @AfterEach
    void close() {
        store.close();
    }

    Attempt askAndAnswer(String answer) {
        Attempt asked = store.followUps().ask(main.id(), FOLLOW_UP, REASON, T0.plusSeconds(700));
        return store.submit(draft(asked.id(), answer, 150_000), feedback(asked.prompt()), T0.plusSeconds(900));
    }

    @Test
    void anAskedFollowUpIsAnUnfinishedAttemptAtTheFollowUpsQuestionAndBudgetTiedToItsAttempt() {
        Attempt asked = store.followUps().ask(main.id(), FOLLOW_UP, REASON, T0.plusSeconds(700));
        assertThat(asked.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(asked.mode()).as("in the mode of its attempt").isEqualTo(main.mode());
        assertThat(asked.prompt().question()).isEqualTo(FOLLOW_UP.question());
        assertThat(asked.budgetSeconds()).isEqualTo(180);
        assertThat(asked.prompt().talkingPoints()).extracting(t -> t.id()).containsExactly("latency");
        assertThat(store.latestUnfinished()).as("it is resumed like any draft").contains(asked);
        FollowUpAnswer link = store.followUps().asked(asked.id()).orElseThrow();
        assertThat(link.mainId()).isEqualTo(main.id());
        assertThat(link.followUp()).isEqualTo(FOLLOW_UP);
        assertThat(link.reason()).isEqualTo(REASON);
        assertThat(store.followUps().asked(main.id())).as("the attempt itself follows up nothing").isEmpty();
    }

    @Test
    void aFollowUpDraftSurvivesReopeningTheStoreWithItsTextAndClock() {
        Attempt asked = store.followUps().ask(main.id(), FOLLOW_UP, REASON, T0.plusSeconds(700));
        store.saveDraft(draft(asked.id(), "Cut the moderation pass to async.", 95_000), T0.plusSeconds(800));
        store.close();
        store = AttemptStore.open(dir.resolve("debrief.db")).store();
        Attempt resumed = store.latestUnfinished().orElseThrow();
        assertThat(resumed.id()).isEqualTo(asked.id());
        assertThat(resumed.answer()).isEqualTo("Cut the moderation pass to async.");
        assertThat(resumed.elapsedMillis()).isEqualTo(95_000);
        assertThat(store.followUps().asked(resumed.id()).orElseThrow().mainId()).isEqualTo(main.id());
    }

    @Test
    void aFollowUpIsNeverListedOnItsOwnButCountedWithItsAttempt() {
        askAndAnswer("Drop the second moderation call: 40 ms.");
        HistoryPage page = store.history(HistoryQuery.newest(10));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.attempts()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(main.id());
            assertThat(s.followUps()).isEqualTo(1);
        });
        assertThat(store.recent(10)).hasSize(1);
        assertThat(store.progress(HistoryQuery.newest(10))).extracting(ProgressPoint::attemptId).containsExactly(main.id());
        List<ExportedAttempt> exported = new java.util.ArrayList<>();
        store.export(java.util.Optional.empty(), exported::add);
        assertThat(exported).singleElement().satisfies(e -> assertThat(e.followUps()).singleElement()
                .satisfies(f -> assertThat(f.attempt().answer()).isEqualTo("Drop the second moderation call: 40 ms.")));
    }

    @Test
    void theFollowUpsOfAnAttemptComeInTheOrderAskedWithTheirFeedback() {
        askAndAnswer("first");
        FollowUp second = new FollowUp("And the cost?", List.of("latency", "marketing-fluff"), 2);
        Attempt asked = store.followUps().ask(main.id(), second, "Asked to take it further.", T0.plusSeconds(1000));
        List<FollowUpAnswer> all = store.followUps().of(main.id());
        assertThat(all).extracting(f -> f.followUp().question()).containsExactly(FOLLOW_UP.question(), "And the cost?");
        assertThat(all.get(0).answered()).isTrue();
        assertThat(all.get(0).feedback()).isPresent();
        assertThat(all.get(1).answered()).isFalse();
        assertThat(all.get(1).feedback()).isEmpty();
        assertThat(all.get(1).attempt().id()).isEqualTo(asked.id());
    }

    @Test
    void noFollowUpComesAfterAnUnfinishedAttemptNorAfterAFollowUp() {
        Attempt draft = store.start(pmPrompt(), Mode.PRACTICE, T0);
        assertThatThrownBy(() -> store.followUps().ask(draft.id(), FOLLOW_UP, REASON, T0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not submitted");
        Attempt answered = askAndAnswer("done");
        assertThatThrownBy(() -> store.followUps().ask(answered.id(), FOLLOW_UP, REASON, T0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a follow-up itself");
    }

    @Test
    void searchFindsAFollowUpsAnswerAsItsAttemptsNamingTheQuestion() {
        askAndAnswer("Speculative decoding would buy the headroom.");
        List<SearchHit> hits = store.search("speculative", 0, 10);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.attemptId()).isEqualTo(main.id());
            assertThat(h.inFollowUp()).contains(FOLLOW_UP.question());
            assertThat(h.marked("[", "]")).contains("[Speculative]");
        });
        assertThat(store.search("SSE", 0, 10)).singleElement().satisfies(h -> assertThat(h.inFollowUp()).isEmpty());
    }

    @Test
    void deletingAnAttemptHidesItsFollowUpsFromSearchAndUndoBringsThemBack() {
        askAndAnswer("Speculative decoding would buy the headroom.");
        Attempt discarded = store.followUps().ask(main.id(), new FollowUp("Anything else?", List.of(), 2), REASON, T0.plusSeconds(950));
        store.saveDraft(draft(discarded.id(), "half a thought", 1_000), T0.plusSeconds(960));
        store.discard(discarded.id(), T0.plusSeconds(970));
        store.delete(main.id(), T0.plusSeconds(1000));
        assertThat(store.search("speculative", 0, 10)).isEmpty();
        assertThat(store.followUps().of(main.id())).isEmpty();
        store.restore(main.id());
        assertThat(store.search("speculative", 0, 10)).hasSize(1);
        assertThat(store.followUps().of(main.id())).as("the draft discarded before stays discarded")
                .extracting(f -> f.followUp().question()).containsExactly(FOLLOW_UP.question());
    }

    @Test
    void aFileOfTheFirstSchemaGainsFollowUpsAndKeepsItsHistory() {
        store.close();
        Path old = dir.resolve("old").resolve("debrief.db");
        try (AttemptStore first = AttemptStore.open(old).store()) {
            Fixtures.submitted(first, pmPrompt(), T0, "from the first version");
        }
        // the file as the versions before follow-ups left it
        RawSqlite.execute(old, "DROP TABLE loop_rounds");
        RawSqlite.execute(old, "DROP TABLE loop_sittings");
        RawSqlite.execute(old, "DROP TRIGGER follow_ups_hidden_with_attempt");
        RawSqlite.execute(old, "DROP TRIGGER follow_ups_restored_with_attempt");
        RawSqlite.execute(old, "DROP TABLE follow_ups");
        RawSqlite.execute(old, "PRAGMA user_version = 2");
        store = AttemptStore.open(old).store();
        Attempt kept = store.recent(1).stream().map(s -> store.attempt(s.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(kept.answer()).isEqualTo("from the first version");
        Attempt asked = store.followUps().ask(kept.id(), FOLLOW_UP, REASON, T0.plusSeconds(700));
        assertThat(store.followUps().asked(asked.id())).isPresent();
        assertThat(RawSqlite.number(old, "PRAGMA user_version")).isEqualTo(Schema.latestVersion());
        assertThat(old.resolveSibling("debrief.db.bak-2")).as("the file as it was before the step").exists();
    }

    @Test
    void theFollowUpPromptIsTheMainPromptsOwnFoundAgainFromItsId() {
        Prompt asked = store.followUps().ask(main.id(), FOLLOW_UP, REASON, T0).prompt();
        assertThat(FollowUpPrompt.is(asked)).isTrue();
        assertThat(FollowUpPrompt.mainId(asked)).contains(pmPrompt().id());
        assertThat(asked.reference()).extracting(r -> r.point()).containsExactly("latency");
    }
}
