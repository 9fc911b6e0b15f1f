package app.debrief.store;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static app.debrief.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** The review screens' reads: the history paged and filtered in SQL, full-text search, progress, undoable delete. */
class HistoryQueriesTest {

    static final Prompt PM_DESIGN = Fixtures.pmPrompt();
    static final Prompt PM_TRADEOFF = Fixtures.prompt("pm-to-batch-or-realtime", Track.PM, "tradeoff");
    static final Prompt PMM_CARD = Fixtures.prompt("pmm-bc-vs-bedrock", Track.PMM, "battle-card");

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

    /** Attempt i starts at T0 + i hours; every third is left in progress. */
    List<Long> someAttempts(int n) {
        Prompt[] prompts = {PM_DESIGN, PM_TRADEOFF, PMM_CARD};
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            Prompt p = prompts[i % 3];
            if (i % 3 == 2) {
                return store.start(p, Mode.PRACTICE, T0.plusSeconds(3600L * i)).id();
            }
            return Fixtures.submitted(store, p, T0.plusSeconds(3600L * i), "answer number " + i + " about latency").id();
        }).toList();
    }

    @Test
    void theHistoryIsPagedNewestFirstWithTheTotal() {
        List<Long> ids = someAttempts(10);
        HistoryPage first = store.history(HistoryQuery.newest(4));
        assertThat(first.total()).isEqualTo(10);
        assertThat(first.attempts()).extracting(AttemptSummary::id).containsExactly(ids.get(9), ids.get(8), ids.get(7), ids.get(6));
        assertThat(first.hasMore()).isTrue();
        HistoryPage last = store.history(first.query().next().next());
        assertThat(last.attempts()).extracting(AttemptSummary::id).containsExactly(ids.get(1), ids.get(0));
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void theHistoryFiltersByTrackKindPromptStatusAndDates() {
        someAttempts(12);
        assertThat(store.history(HistoryQuery.newest(100).withTrack(Track.PMM)).attempts())
                .hasSize(4).allSatisfy(a -> assertThat(a.track()).isEqualTo(Track.PMM));
        assertThat(store.history(HistoryQuery.newest(100).withKind("tradeoff")).total()).isEqualTo(4);
        assertThat(store.history(HistoryQuery.newest(100).withPrompt(PM_DESIGN.id())).total()).isEqualTo(4);
        assertThat(store.history(HistoryQuery.newest(100).withStatuses(AttemptStatus.IN_PROGRESS)).attempts())
                .hasSize(4).allSatisfy(a -> assertThat(a.status()).isEqualTo(AttemptStatus.IN_PROGRESS));
        HistoryPage day = store.history(HistoryQuery.newest(100).between(T0.plusSeconds(3600 * 2), T0.plusSeconds(3600 * 5)));
        assertThat(day.attempts()).extracting(AttemptSummary::startedAt)
                .containsExactly(T0.plusSeconds(3600 * 4), T0.plusSeconds(3600 * 3), T0.plusSeconds(3600 * 2));
        assertThat(store.history(HistoryQuery.newest(100).withTrack(Track.PM).withStatuses(AttemptStatus.SUBMITTED)
                .withKind("system-design")).total()).isEqualTo(4);
    }

    @Test
    void theHistorySortsInSql() {
        List<Long> ids = someAttempts(4);
        store.saveGrades(ids.get(0), List.of(new SelfGrade(GradeItem.MISTAKE, "role-drift", 4, "")));
        store.saveGrades(ids.get(1), List.of(new SelfGrade(GradeItem.MISTAKE, "role-drift", 2, "")));
        assertThat(store.history(HistoryQuery.newest(10).sortedBy(HistorySort.OLDEST)).attempts().get(0).id()).isEqualTo(ids.get(0));
        assertThat(store.history(HistoryQuery.newest(10).sortedBy(HistorySort.BEST_SELF_GRADE)).attempts())
                .extracting(AttemptSummary::id).startsWith(ids.get(0), ids.get(1));
        assertThat(store.history(HistoryQuery.newest(10).sortedBy(HistorySort.PROMPT)).attempts())
                .as("by title, then newest first").extracting(AttemptSummary::id).containsExactly(ids.get(3), ids.get(0), ids.get(1), ids.get(2));
    }

    @Test
    void searchFindsSubmittedAnswersByStemAndMarksTheMatchedWords() {
        Attempt hit = Fixtures.submitted(store, PM_DESIGN, T0, "We quantized the model to int4 and kept p95 latency under 300 ms.");
        Fixtures.submitted(store, PM_DESIGN, T0.plusSeconds(60), "Our brand vision is delight.");
        List<SearchHit> hits = store.search("quantization latency", 0, 10);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.attemptId()).isEqualTo(hit.id());
            assertThat(h.marked("**", "**")).contains("**quantized**").contains("**latency**");
            assertThat(h.snippet()).doesNotContain("\uE000");
            SearchHit.Highlight first = h.highlights().get(0);
            assertThat(h.snippet().substring(first.start(), first.end())).isEqualTo("quantized");
        });
    }

    @Test
    void draftsAreNotSearchedButGradeNotesAre() {
        Attempt inProgress = store.start(PM_DESIGN, Mode.PRACTICE, T0);
        store.saveDraft(Fixtures.draft(inProgress.id(), "a draft about speculative decoding", 1_000), T0.plusSeconds(1));
        assertThat(store.search("speculative", 0, 10)).isEmpty();
        assertThat(RawSqlite.number(dir.resolve("debrief.db"), "SELECT count(*) FROM attempt_text"))
                .as("saving a draft does not touch the index").isZero();
        Attempt done = Fixtures.submitted(store, PM_DESIGN, T0.plusSeconds(60), "nothing special");
        store.saveGrades(done.id(), List.of(new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 2, "forgot the tokenizer limits")));
        assertThat(store.search("tokenizer", 0, 10)).extracting(SearchHit::attemptId).containsExactly(done.id());
        store.saveGrades(done.id(), List.of(new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 2, "now about pricing")));
        assertThat(store.search("tokenizer", 0, 10)).as("notes are kept in step").isEmpty();
        assertThat(store.search("pricing", 0, 10)).hasSize(1);
    }

    @Test
    void searchTextIsNeverFts5SyntaxSoOddInputIsSafe() {
        Fixtures.submitted(store, PM_DESIGN, T0, "NEAR the AND gate, \"quoted\" words*");
        assertThat(store.search("AND \"quoted", 0, 10)).hasSize(1);
        assertThat(store.search("NEAR(", 0, 10)).hasSize(1);
        assertThat(store.search("  *** ", 0, 10)).isEmpty();
    }

    @Test
    void aDeletedAttemptIsHiddenEverywhereUntilItIsRestored() {
        Attempt a = Fixtures.submitted(store, PM_DESIGN, T0, "quantization answer", "role-drift");
        assertThat(store.delete(a.id(), T0.plusSeconds(5))).isTrue();
        assertThat(store.delete(a.id(), T0.plusSeconds(6))).isFalse();
        assertThat(store.attempt(a.id())).isEmpty();
        assertThat(store.feedback(a.id())).isEmpty();
        assertThat(store.recent(10)).isEmpty();
        assertThat(store.history(HistoryQuery.newest(10)).total()).isZero();
        assertThat(store.search("quantization", 0, 10)).isEmpty();
        assertThat(store.promptStats()).isEmpty();
        assertThat(store.progress(HistoryQuery.newest(10))).isEmpty();
        assertThat(RawSqlite.number(dir.resolve("debrief.db"), "SELECT count(*) FROM attempt_text"))
                .as("the search index holds only what a search may return").isZero();
        assertThat(store.restore(a.id())).isTrue();
        assertThat(store.attempt(a.id())).isPresent();
        assertThat(store.search("quantization", 0, 10)).hasSize(1);
        assertThat(store.recent(10)).hasSize(1);
    }

    @Test
    void progressGivesEachSubmittedAttemptWithItsFlagsAndGradesOldestFirst() {
        Attempt first = Fixtures.submitted(store, PM_DESIGN, T0, "one", "marketing-fluff", "role-drift");
        Attempt second = Fixtures.submitted(store, PM_TRADEOFF, T0.plusSeconds(86_400), "two");
        store.start(PM_DESIGN, Mode.PRACTICE, T0.plusSeconds(90_000));
        List<SelfGrade> grades = List.of(new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 1, "fluffy"),
                new SelfGrade(GradeItem.MISTAKE, "role-drift", 2, ""));
        store.saveGrades(first.id(), grades);
        List<ProgressPoint> points = store.progress(HistoryQuery.newest(100).withTrack(Track.PM));
        assertThat(points).extracting(ProgressPoint::attemptId).containsExactly(first.id(), second.id());
        assertThat(points.get(0).flaggedMistakes()).containsExactly("marketing-fluff", "role-drift");
        assertThat(points.get(0).grades()).containsExactlyElementsOf(grades);
        assertThat(points.get(0).submittedAt()).isEqualTo(first.submittedAt().orElseThrow());
        assertThat(points.get(1).grades()).isEmpty();
        assertThat(store.progress(HistoryQuery.newest(100).withKind("tradeoff"))).extracting(ProgressPoint::attemptId)
                .containsExactly(second.id());
    }
}
