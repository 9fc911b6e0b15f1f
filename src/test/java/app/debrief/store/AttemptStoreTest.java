package app.debrief.store;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.rubric.Feedback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static app.debrief.store.Fixtures.T0;
import static app.debrief.store.Fixtures.draft;
import static app.debrief.store.Fixtures.feedback;
import static app.debrief.store.Fixtures.pmPrompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An attempt's life in the store: start, drafts, submit with feedback, self-grades, abandon. */
class AttemptStoreTest {

    @TempDir
    Path dir;
    AttemptStore store;

    @BeforeEach
    void open() {
        AttemptStore.Opened opened = AttemptStore.open(dir.resolve("debrief.db"));
        assertThat(opened.notice()).isEmpty();
        store = opened.store();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStartedAttemptKeepsASnapshotOfItsPromptAndIsTheLatestUnfinished() {
        Prompt prompt = pmPrompt();
        Attempt started = store.start(prompt, Mode.MOCK, T0.plusNanos(123_456_789));
        assertThat(started.startedAt()).as("kept to the millisecond").isEqualTo(T0.plusMillis(123));
        assertThat(started.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(store.attempt(started.id())).contains(started);
        assertThat(store.latestUnfinished()).contains(started);
        assertThat(store.attempt(started.id()).orElseThrow().prompt()).isEqualTo(prompt);
        assertThat(started.budgetSeconds()).isEqualTo(900);
    }

    @Test
    void aSavedDraftIsReadBackWithItsClockAndWordCount() {
        Attempt a = store.start(pmPrompt(), Mode.PRACTICE, T0);
        store.saveDraft(new Draft(a.id(), "First words of the answer", 12_345,
                List.of(new PhaseTime("Clarify", 10_000), new PhaseTime("Design", 2_345))), T0.plusSeconds(13));
        Attempt saved = store.latestUnfinished().orElseThrow();
        assertThat(saved.answer()).isEqualTo("First words of the answer");
        assertThat(saved.words()).isEqualTo(5);
        assertThat(saved.elapsedMillis()).isEqualTo(12_345);
        assertThat(saved.phaseTimes()).containsExactly(new PhaseTime("Clarify", 10_000), new PhaseTime("Design", 2_345));
        assertThat(saved.updatedAt()).isEqualTo(T0.plusSeconds(13));
    }

    @Test
    void submitKeepsTheAnswerAndTheFeedbackAsTheCheckerWroteIt() {
        Prompt prompt = pmPrompt();
        Attempt a = store.start(prompt, Mode.PRACTICE, T0);
        Feedback feedback = feedback(prompt, "marketing-fluff");
        Attempt submitted = store.submit(draft(a.id(), "Our brand vision is p95 latency", 600_000), feedback, T0.plusSeconds(600));
        assertThat(submitted.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).contains(T0.plusSeconds(600));
        assertThat(submitted.answer()).isEqualTo("Our brand vision is p95 latency");
        assertThat(store.feedback(a.id())).contains(feedback);
        assertThat(store.latestUnfinished()).isEmpty();
        assertThat(store.recent(10)).singleElement().satisfies(s -> {
            assertThat(s.flaggedMistakes()).containsExactly("marketing-fluff");
            assertThat(s.title()).isEqualTo(prompt.title());
            assertThat(s.mistakeGradeAverage()).isEmpty();
            assertThat(s.pointGradeAverage()).isEmpty();
        });
    }

    @Test
    void aLateDraftNeverOverwritesASubmittedAnswer() {
        Prompt prompt = pmPrompt();
        Attempt a = store.start(prompt, Mode.PRACTICE, T0);
        store.submit(draft(a.id(), "final", 1_000), feedback(prompt), T0.plusSeconds(1));
        assertThat(store.saveDraft(draft(a.id(), "late autosave", 2_000), T0.plusSeconds(2))).as("says it wrote nothing")
                .isEqualTo(DraftWrite.CLOSED);
        assertThat(store.attempt(a.id()).orElseThrow().answer()).isEqualTo("final");
        assertThatThrownBy(() -> store.submit(draft(a.id(), "twice", 3_000), feedback(prompt), T0.plusSeconds(3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in progress");
        assertThat(store.feedback(a.id())).isPresent();
    }

    @Test
    void selfGradesAreReplacedAsAWholeAndAveragedInTheListScaleByScale() {
        Attempt a = Fixtures.submitted(store, pmPrompt(), T0, "answer");
        store.saveGrades(a.id(), List.of(new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 2, "too much brand"),
                new SelfGrade(GradeItem.TALKING_POINT, "latency", 4, "")));
        List<SelfGrade> replaced = List.of(new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 3, "better"),
                new SelfGrade(GradeItem.MISTAKE, "role-drift", 4, "stayed a PM"),
                new SelfGrade(GradeItem.MISTAKE, "ignores-enterprise", 0, "a note, no grade yet"),
                new SelfGrade(GradeItem.TALKING_POINT, "latency", 0, ""),
                new SelfGrade(GradeItem.TALKING_POINT, "cost", 1, ""));
        store.saveGrades(a.id(), replaced);
        assertThat(store.grades(a.id())).containsExactlyElementsOf(replaced);
        assertThat(store.recent(1).get(0).mistakeGradeAverage()).as("the mistakes' grades alone, a note is no grade").contains(3.5);
        assertThat(store.recent(1).get(0).pointGradeAverage()).as("the talking points' on their own scale").contains(0.5);
        assertThatThrownBy(() -> store.saveGrades(a.id(), List.of(replaced.get(0), replaced.get(0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.grades(a.id())).containsExactlyElementsOf(replaced);
    }

    @Test
    void aDiscardedDraftIsHiddenAtOnceCanBeRestoredAndIsThenDeleted() {
        Attempt a = store.start(pmPrompt(), Mode.PRACTICE, T0);
        store.saveDraft(draft(a.id(), "a draft I do not want", 60_000), T0.plusSeconds(60));
        assertThat(store.discard(a.id(), T0.plusSeconds(65))).isTrue();
        assertThat(store.latestUnfinished()).isEmpty();
        assertThat(store.attempt(a.id())).isEmpty();
        assertThat(store.history(HistoryQuery.newest(10)).attempts()).as("what the command line lists").isEmpty();
        assertThat(store.promptStats()).isEmpty();
        assertThat(store.discardedSince(T0.plusSeconds(60))).map(Attempt::answer).contains("a draft I do not want");
        assertThat(store.purgeDiscarded(T0.plusSeconds(65))).as("not before its time").isZero();
        assertThat(store.restore(a.id())).isTrue();
        assertThat(store.latestUnfinished()).map(Attempt::answer).contains("a draft I do not want");
        store.discard(a.id(), T0.plusSeconds(70));
        assertThat(store.purgeDiscarded(T0.plusSeconds(71))).isEqualTo(1);
        assertThat(store.restore(a.id())).as("nothing left to restore").isFalse();
        assertThat(store.discardedSince(T0)).isEmpty();
    }

    @Test
    void onlyUnfinishedAttemptsCanBeDiscarded() {
        Attempt a = Fixtures.submitted(store, pmPrompt(), T0, "handed in");
        assertThat(store.discard(a.id(), T0.plusSeconds(5))).isFalse();
        assertThat(store.attempt(a.id())).isPresent();
    }

    @Test
    void promptStatsCountAttemptsAndShowHowTheLastSubmittedOneFared() {
        Prompt p = pmPrompt();
        Prompt other = Fixtures.prompt("pmm-bc-vs-bedrock", Track.PMM, "battle-card");
        Fixtures.submitted(store, p, T0, "one", "marketing-fluff");
        Fixtures.submitted(store, p, T0.plusSeconds(3600), "two", "role-drift", "ignores-enterprise");
        store.start(p, Mode.PRACTICE, T0.plusSeconds(7200));
        store.start(other, Mode.PRACTICE, T0);
        Map<String, PromptStats> stats = store.promptStats();
        assertThat(stats.get(p.id()).attempts()).isEqualTo(3);
        assertThat(stats.get(p.id()).lastSubmittedAt()).contains(T0.plusSeconds(3600 + 600));
        assertThat(stats.get(p.id()).lastFlagged()).containsExactly("ignores-enterprise", "role-drift");
        assertThat(stats.get(other.id()).attempts()).isEqualTo(1);
        assertThat(stats.get(other.id()).lastSubmittedAt()).isEmpty();
    }

    @Test
    void recentListsSubmittedAttemptsNewestFirst() {
        Attempt first = Fixtures.submitted(store, pmPrompt(), T0, "first");
        Attempt second = Fixtures.submitted(store, pmPrompt(), T0.plusSeconds(60), "second");
        store.start(pmPrompt(), Mode.PRACTICE, T0.plusSeconds(120));
        assertThat(store.recent(10)).extracting(AttemptSummary::id).containsExactly(second.id(), first.id());
        assertThat(store.recent(1)).extracting(AttemptSummary::id).containsExactly(second.id());
    }
}
