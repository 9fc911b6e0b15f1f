package app.debrief.ui;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStatus;
import app.debrief.store.AttemptSummary;
import app.debrief.store.Draft;
import app.debrief.store.LoopSitting;
import app.debrief.store.Mode;
import app.debrief.store.StoreFaults;
import app.debrief.store.PhaseTime;
import app.debrief.ui.answer.AnswerViewModel;
import app.debrief.ui.common.DiscardedDrafts;
import app.debrief.ui.feedback.FeedbackViewModel;
import app.debrief.ui.history.HistoryViewModel;
import app.debrief.ui.home.HomeViewModel;
import app.debrief.ui.picker.PickerViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The view models without a stage: everything runs on the test's thread, time is driven by hand. */
class ViewModelTest {

    UiFixture fixture;
    final RecordingNavigator navigator = new RecordingNavigator();
    final List<String> went = navigator.went;

    @BeforeEach
    void setUp() throws Exception {
        fixture = UiFixture.direct();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    Prompt prompt(String id) {
        return fixture.services.bank().byId(id).orElseThrow();
    }

    /** The answer screen's model for an attempt, its clock started as when the screen opens. */
    private AnswerViewModel answering(Attempt attempt) {
        AnswerViewModel vm = new AnswerViewModel(fixture.services, navigator, attempt);
        vm.start();
        return vm;
    }

    @Test
    void aMockIsHandedInWhenTheClockRunsOutAndTheEditorLocks() {
        Attempt attempt = fixture.store.start(prompt("pmm-ex-open-weights-cfo"), Mode.MOCK, Instant.now(fixture.clock));
        AnswerViewModel vm = answering(attempt);
        vm.answerProperty().set("Open weights mean we own a copy of the model.");
        fixture.clock.advance(Duration.ofMinutes(4));
        vm.tick();
        assertThat(vm.lockedProperty().get()).isFalse();
        assertThat(vm.timeStateProperty().get()).isEqualTo(AnswerViewModel.TimeState.LOW);
        fixture.clock.advance(Duration.ofMinutes(2));
        vm.tick();
        assertThat(vm.lockedProperty().get()).isTrue();
        Attempt followUp = fixture.store.latestUnfinished().orElseThrow();
        assertThat(fixture.store.followUps().asked(followUp.id()).orElseThrow().mainId()).isEqualTo(attempt.id());
        assertThat(went).as("the interviewer follows up at once").containsExactly("answer " + followUp.id());
        Attempt done = fixture.store.attempt(attempt.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(done.answer()).isEqualTo("Open weights mean we own a copy of the model.");
        vm.answerProperty().set("typed after the bell");
        assertThat(fixture.store.attempt(attempt.id()).orElseThrow().answer()).isEqualTo("Open weights mean we own a copy of the model.");
    }

    @Test
    void aMockWhoseHandInFailsAtTheBellIsNotRetriedByEveryTickButByTheUser() {
        Attempt attempt = fixture.store.start(prompt("pmm-ex-open-weights-cfo"), Mode.MOCK, Instant.now(fixture.clock));
        AnswerViewModel vm = answering(attempt);
        vm.answerProperty().set("Open weights mean we own a copy of the model. ".repeat(200));
        StoreFaults.diskFull(fixture.store, true);
        fixture.clock.advance(Duration.ofMinutes(6));
        vm.tick();
        assertThat(vm.messageProperty().get()).startsWith("Could not hand in the answer").contains("still in progress");
        assertThat(went).isEmpty();
        assertThat(fixture.store.attempt(attempt.id()).orElseThrow().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        StoreFaults.diskFull(fixture.store, false);
        vm.tick();
        assertThat(fixture.store.attempt(attempt.id()).orElseThrow().status()).as("no hand-in by itself again")
                .isEqualTo(AttemptStatus.IN_PROGRESS);
        vm.submit();
        assertThat(fixture.store.attempt(attempt.id()).orElseThrow().status()).isEqualTo(AttemptStatus.SUBMITTED);
        Attempt followUp = fixture.store.latestUnfinished().orElseThrow();
        assertThat(went).as("handed in, the mock goes on with its follow-up").containsExactly("answer " + followUp.id());
    }

    @Test
    void aCopyOfTheAnswerIsWrittenToTheChosenFileOrTheMessageSaysWhyNot(@TempDir Path folder) throws Exception {
        Attempt attempt = fixture.store.start(prompt("pm-sd-streaming-responses"), Mode.PRACTICE, Instant.now(fixture.clock));
        AnswerViewModel vm = answering(attempt);
        String text = "p95 TTFT under 400 ms \uD83D\uDE80 \u05E9\u05DC\u05D5\u05DD and INT8 weights.";
        vm.answerProperty().set(text);
        Path copy = folder.resolve("answer.txt");
        vm.saveCopy(copy);
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(vm.messageProperty().get()).isEqualTo("A copy of your answer is in " + copy + ".");
        vm.saveCopy(folder);
        assertThat(vm.messageProperty().get()).startsWith("Could not write " + folder);
    }

    @Test
    void practiceRunsIntoOvertimeAndCountsIt() {
        Attempt attempt = fixture.store.start(prompt("pm-sd-streaming-responses"), Mode.PRACTICE, Instant.now(fixture.clock));
        AnswerViewModel vm = answering(attempt);
        assertThat(vm.countdownProperty().get()).isEqualTo("40:00");
        assertThat(vm.phaseProperty().get()).startsWith("Phase 1 of 4: Clarify");
        fixture.clock.advance(Duration.ofMinutes(6));
        vm.tick();
        assertThat(vm.phaseStateProperty().get()).as("a minute past the plan").isEqualTo(AnswerViewModel.PhaseState.BEHIND);
        assertThat(vm.phaseProperty().get()).endsWith("1:00 over its share, 1:00 behind overall");
        vm.nextPhase();
        assertThat(vm.phaseProperty().get()).startsWith("Phase 2 of 4: Design");
        fixture.clock.advance(Duration.ofMinutes(36));
        vm.tick();
        assertThat(vm.countdownProperty().get()).isEqualTo("+2:00");
        assertThat(vm.timeStateProperty().get()).isEqualTo(AnswerViewModel.TimeState.OVER);
        assertThat(vm.lockedProperty().get()).as("practice never locks").isFalse();
        vm.answerProperty().set("p95 TTFT under 400 ms.");
        vm.submit();
        Attempt done = fixture.store.attempt(attempt.id()).orElseThrow();
        assertThat(done.elapsedMillis()).isEqualTo(42 * 60_000);
        assertThat(done.phaseTimes()).containsExactly(new PhaseTime("Clarify", 6 * 60_000), new PhaseTime("Design", 36 * 60_000));
    }

    @Test
    void aPhaseOverItsShareIsOnlyNotedWhileTheWholeAnswerIsAheadOfItsBudget() {
        Attempt attempt = fixture.store.start(prompt("pm-sd-streaming-responses"), Mode.PRACTICE, Instant.now(fixture.clock));
        AnswerViewModel vm = answering(attempt);
        fixture.clock.advance(Duration.ofMinutes(2));
        vm.nextPhase();
        fixture.clock.advance(Duration.ofMinutes(22));
        vm.tick();
        assertThat(vm.phaseProperty().get()).isEqualTo("Phase 2 of 4: Design \u00b7 2:00 over its share, 1:00 ahead overall");
        assertThat(vm.phaseStateProperty().get()).isEqualTo(AnswerViewModel.PhaseState.OVER_SHARE);
        assertThat(vm.timeStateProperty().get()).as("the countdown is calm").isEqualTo(AnswerViewModel.TimeState.CALM);
        fixture.clock.advance(Duration.ofMinutes(2));
        vm.tick();
        assertThat(vm.phaseStateProperty().get()).as("now behind the whole plan").isEqualTo(AnswerViewModel.PhaseState.BEHIND);
    }

    @Test
    void practiceCanPauseTheClockAndTheEditorButAMockCannot() {
        Attempt attempt = fixture.store.start(prompt("pm-sd-streaming-responses"), Mode.PRACTICE, Instant.now(fixture.clock));
        AnswerViewModel vm = answering(attempt);
        vm.answerProperty().set("Stream tokens over SSE.");
        fixture.clock.advance(Duration.ofMinutes(5));
        vm.togglePause();
        assertThat(vm.pausedProperty().get()).isTrue();
        assertThat(vm.lockedProperty().get()).as("no typing while the clock stands still").isTrue();
        fixture.clock.advance(Duration.ofMinutes(20));
        vm.tick();
        assertThat(vm.countdownProperty().get()).as("time away is not counted").isEqualTo("35:00");
        vm.answerProperty().set("typed while paused");
        vm.togglePause();
        assertThat(vm.lockedProperty().get()).isFalse();
        fixture.clock.advance(Duration.ofMinutes(1));
        vm.tick();
        assertThat(vm.countdownProperty().get()).isEqualTo("34:00");
        vm.answerProperty().set("Stream tokens over SSE; p95 first token under 300 ms.");
        vm.submit();
        Attempt done = fixture.store.attempt(attempt.id()).orElseThrow();
        assertThat(done.elapsedMillis()).isEqualTo(6 * 60_000);
        assertThat(done.answer()).isEqualTo("Stream tokens over SSE; p95 first token under 300 ms.");

        Attempt mock = fixture.store.start(prompt("pmm-ex-open-weights-cfo"), Mode.MOCK, Instant.now(fixture.clock));
        AnswerViewModel mockVm = answering(mock);
        assertThat(mockVm.canPause()).isFalse();
        mockVm.togglePause();
        fixture.clock.advance(Duration.ofMinutes(1));
        mockVm.tick();
        assertThat(mockVm.pausedProperty().get()).isFalse();
        assertThat(mockVm.countdownProperty().get()).as("a mock's clock runs on").isEqualTo("4:00");
    }

    @Test
    void theHomeScreenOffersTheUnfinishedAnswer() {
        Attempt attempt = fixture.store.start(prompt("pm-sd-streaming-responses"), Mode.PRACTICE, Instant.now(fixture.clock));
        fixture.store.saveDraft(new Draft(attempt.id(), "draft", 125_000, List.of()), Instant.now(fixture.clock));
        fixture.clock.advance(Duration.ofMinutes(3));
        HomeViewModel vm = new HomeViewModel(fixture.services, navigator);
        vm.load();
        assertThat(vm.canResumeProperty().get()).isTrue();
        assertThat(vm.resumeTextProperty().get()).contains("2:05 used of 40:00").contains("3 min ago");
        vm.resume();
        assertThat(went).containsExactly("answer " + attempt.id());
    }

    @Test
    void aDiscardedDraftCanBeBroughtBackForAFewSecondsAndIsThenDeleted() {
        Attempt attempt = fixture.store.start(prompt("pm-sd-streaming-responses"), Mode.PRACTICE, Instant.now(fixture.clock));
        fixture.store.saveDraft(new Draft(attempt.id(), "draft", 125_000, List.of()), Instant.now(fixture.clock));
        HomeViewModel vm = new HomeViewModel(fixture.services, navigator);
        vm.load();
        vm.discardUnfinished();
        assertThat(vm.canResumeProperty().get()).isFalse();
        assertThat(vm.undoTextProperty().get()).startsWith("Draft discarded: \u201cStreaming responses");
        assertThat(fixture.store.attempt(attempt.id())).as("gone from the app at once").isEmpty();
        vm.undoDiscard();
        assertThat(vm.canResumeProperty().get()).isTrue();
        assertThat(fixture.store.latestUnfinished()).map(Attempt::answer).contains("draft");

        vm.discardUnfinished();
        fixture.clock.advance(DiscardedDrafts.UNDO_WINDOW.plusSeconds(1));
        HomeViewModel later = new HomeViewModel(fixture.services, navigator);
        later.load();
        assertThat(later.undoTextProperty().get()).as("too late to undo").isEmpty();
        assertThat(fixture.store.restore(attempt.id())).as("deleted, text and all").isFalse();
    }

    @Test
    void thePickerFiltersByKindAndPicksUnansweredPromptsAtRandom() {
        PickerViewModel vm = new PickerViewModel(fixture.services, navigator, Track.PM, new Random(7));
        vm.load();
        int all = vm.visible().size();
        vm.kindProperty().set(fixture.services.bank().kind("tradeoff"));
        assertThat(vm.visible()).isNotEmpty().allMatch(r -> r.prompt().kind().equals("tradeoff"));
        assertThat(vm.visible().size()).isLessThan(all);
        vm.pickRandom();
        String picked = vm.selectedProperty().get().prompt().id();
        vm.modeProperty().set(Mode.MOCK);
        vm.start();
        assertThat(went).hasSize(1).first().asString().startsWith("answer ");
        // Having answered it, random picks among the others.
        for (int i = 0; i < 20; i++) {
            vm.load();
            vm.pickRandom();
            assertThat(vm.selectedProperty().get().prompt().id()).isNotEqualTo(picked);
        }
        assertThat(fixture.store.latestUnfinished().orElseThrow().mode()).isEqualTo(Mode.MOCK);
    }

    @Test
    void practiseNextOpensThePickerWithThePromptChosenAndTheModeStillOpenAndBackReturnsToProgress() {
        PickerViewModel vm = new PickerViewModel(fixture.services, navigator, prompt("pmm-ex-open-weights-cfo"), new Random(7));
        assertThat(vm.selectedProperty().get().prompt().id()).isEqualTo("pmm-ex-open-weights-cfo");
        assertThat(vm.track()).isEqualTo(Track.PMM);
        assertThat(vm.backText()).contains("progress");
        vm.back();
        assertThat(went).containsExactly("progress");
        vm.modeProperty().set(Mode.MOCK);
        vm.start();
        assertThat(fixture.store.latestUnfinished().orElseThrow().mode()).isEqualTo(Mode.MOCK);
        assertThat(new PickerViewModel(fixture.services, navigator, Track.PM, new Random(7)).backText()).contains("home");
    }

    @Test
    void theDebriefReadsTimeAsOnAClockAndCountsInGoodEnglish() {
        Prompt p = prompt("pmm-ex-open-weights-cfo");
        long id = Seeder.submit(fixture, p, Mode.PRACTICE, "Ownership.", Instant.now(fixture.clock), p.budgetSeconds() * 1000L + 27_000,
                f -> List.of());
        FeedbackViewModel vm = new FeedbackViewModel(fixture.services, navigator, id);
        vm.load();
        assertThat(vm.summaryProperty().get()).contains("5:27 of 5:00 (0:27 over)").contains(" 1 word ").doesNotContain(" s over");
    }

    @Test
    void theDebriefSaysWhereTheSelfGradeAndTheCheckerDisagree() {
        Seeder.seed(fixture, 1, Instant.now(fixture.clock));
        long id = fixture.store.recent(1).get(0).id();
        FeedbackViewModel vm = new FeedbackViewModel(fixture.services, navigator, id);
        vm.load();
        FeedbackViewModel.Finding fluff = vm.findings().stream().filter(f -> f.mistake().id().equals("marketing-fluff")).findFirst().orElseThrow();
        assertThat(fluff.finding().flagged()).isTrue();
        fluff.gradeProperty().set(4);
        assertThat(fluff.disagreementProperty().get()).contains("the checker flagged it");
        fluff.gradeProperty().set(1);
        assertThat(fluff.disagreementProperty().get()).isEmpty();
        assertThat(fixture.store.grades(id)).anyMatch(g -> g.itemId().equals("marketing-fluff") && g.score() == 1);
        assertThat(vm.findings().get(0).finding().flagged()).as("flagged findings come first").isTrue();
    }

    @Test
    void historyFiltersBecomeAStoreQueryAndComparingNeedsTheSamePrompt() {
        Seeder.seed(fixture, 60, Instant.parse("2026-11-28T10:00:00Z"));
        HistoryViewModel vm = new HistoryViewModel(fixture.services, navigator);
        vm.reload();
        assertThat(vm.rows()).hasSize(60);
        vm.trackProperty().set(Optional.of(Track.PMM));
        assertThat(vm.rows()).isNotEmpty().allMatch(a -> a.track() == Track.PMM);
        List<AttemptSummary> two = List.copyOf(vm.rows().subList(0, 2));
        assertThat(two.get(0).promptId()).isNotEqualTo(two.get(1).promptId());
        assertThat(vm.compare(two)).get().asString().contains("different prompts");
        assertThat(vm.compare(List.of(two.get(0)))).get().asString().contains("Select two");
        vm.trackProperty().set(Optional.empty());
        vm.fromProperty().set(java.time.LocalDate.parse("2026-11-20"));
        assertThat(vm.rows()).hasSize(9).allMatch(a -> !a.startedAt().isBefore(Instant.parse("2026-11-20T00:00:00Z")));
    }

    @Test
    void historyFilteredByALoopShowsItsRoundsInOrderWhateverTheOtherFiltersSayAndOpensItsPacket() {
        Seeder.seed(fixture, 5, Instant.parse("2026-11-28T10:00:00Z"));
        long sat = Seeder.loop(fixture, 4, true);
        fixture.clock.advance(Duration.ofHours(1));
        long abandoned = Seeder.loop(fixture, 1, false);
        fixture.store.loops().abandon(abandoned, fixture.clock.instant());
        HistoryViewModel vm = new HistoryViewModel(fixture.services, navigator);
        vm.loadLoops();
        vm.reload();
        assertThat(vm.rows()).as("every answer, the loops' rounds too").hasSize(5 + 4 + 1);
        assertThat(vm.loops()).extracting(LoopSitting::id).as("newest first").containsExactly(abandoned, sat);
        assertThat(vm.loopLabel(Optional.of(vm.loops().get(0)), false)).isEqualTo("PMM onsite \u00b7 29 Nov 2026, 10:00 \u00b7 abandoned");
        assertThat(vm.loopLabel(Optional.of(vm.loops().get(1)), true))
                .isEqualTo("PMM onsite: launch plan, battle card, pricing defence, CFO explainer \u00b7 29 Nov 2026, 09:00");
        assertThat(vm.loopChosenProperty().get()).isFalse();

        LoopSitting loop = vm.loops().get(1);
        vm.loopProperty().set(Optional.of(loop));
        assertThat(vm.rows()).extracting(AttemptSummary::id)
                .containsExactlyElementsOf(loop.rounds().stream().map(r -> r.attemptId().orElseThrow()).toList());
        assertThat(vm.statusProperty().get()).startsWith("4 rounds of \u201cPMM onsite: launch plan");
        vm.trackProperty().set(Optional.of(Track.PM));
        assertThat(vm.rows()).as("a PMM loop's rounds, though the track filter says PM").hasSize(4);
        vm.openPacket();
        assertThat(went).containsExactly("loop " + sat);

        vm.loopProperty().set(Optional.empty());
        assertThat(vm.rows()).isNotEmpty().allMatch(a -> a.track() == Track.PM);
    }
}
