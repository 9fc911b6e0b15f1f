package app.debrief.ui;

import app.debrief.bank.Prompt;
import app.debrief.practice.BatchAnswers;
import app.debrief.practice.Interviewer;
import app.debrief.review.ReferenceOutline;
import app.debrief.rubric.CheckContext;
import app.debrief.rubric.points.Level;
import app.debrief.store.Attempt;
import app.debrief.store.Draft;
import app.debrief.store.Mode;
import app.debrief.ui.answer.AnswerViewModel;
import app.debrief.ui.compare.CompareViewModel;
import app.debrief.ui.feedback.FeedbackViewModel;
import app.debrief.ui.followup.FollowUpItem;
import app.debrief.ui.history.HistoryViewModel;
import app.debrief.ui.progress.ProgressViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-ups in the view models, without a stage: offered after a practice hand-in, taken or
 * skipped; the answer screen says why one was asked; and a follow-up shows with its attempt in the
 * debrief, the reference answer, the history's search, side by side and progress.
 */
class FollowUpViewModelTest {

    UiFixture fixture;
    final RecordingNavigator navigator = new RecordingNavigator();
    Prompt batch;

    @BeforeEach
    void setUp() throws Exception {
        fixture = UiFixture.direct();
        batch = fixture.services.bank().byId("pm-sd-batch-inference-api").orElseThrow();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    Attempt submitted(Mode mode, String answer) {
        Attempt a = fixture.store.start(batch, mode, Instant.now(fixture.clock));
        return fixture.store.submit(new Draft(a.id(), answer, 30 * 60_000L, List.of()),
                fixture.services.checker().check(answer, CheckContext.of(batch)), Instant.now(fixture.clock));
    }

    /** The follow-up the gaps choose after {@code main}, answered with {@code answer}; returns its answer. */
    Attempt followUp(Attempt main, String answer) {
        Interviewer interviewer = new Interviewer(fixture.store);
        Attempt asked = interviewer.ask(main.id(), interviewer.next(main.id()).orElseThrow(), Instant.now(fixture.clock)).attempt();
        return fixture.store.submit(new Draft(asked.id(), answer, 150_000, List.of()),
                fixture.services.checker().check(answer, CheckContext.of(asked.prompt())), Instant.now(fixture.clock));
    }

    @Test
    void aPracticeHandInOpensTheDebriefOfferingTheFollowUpOnTheBiggestGap() {
        Attempt a = fixture.store.start(batch, Mode.PRACTICE, Instant.now(fixture.clock));
        AnswerViewModel vm = new AnswerViewModel(fixture.services, navigator, a);
        vm.start();
        vm.answerProperty().set(BatchAnswers.NO_UNIT_ECONOMICS);
        vm.submit();
        assertThat(navigator.went).singleElement().asString().startsWith("debrief " + a.id() + " offering \u201cShow me the maths");
    }

    @Test
    void theOfferTakenStartsTheFollowUpWhoseScreenSaysWhyItWasAskedSkippedItGoes() {
        Attempt main = submitted(Mode.PRACTICE, BatchAnswers.NO_UNIT_ECONOMICS);
        FeedbackViewModel debrief = new FeedbackViewModel(fixture.services, navigator, main.id(),
                new Interviewer(fixture.store).next(main.id()), true);
        assertThat(debrief.offer().question()).startsWith("Show me the maths");
        assertThat(debrief.offer().takeText()).isEqualTo("Answer it (4 min)");
        debrief.offer().take();
        Attempt asked = fixture.store.latestUnfinished().orElseThrow();
        assertThat(navigator.went).containsExactly("answer " + asked.id());
        AnswerViewModel answering = new AnswerViewModel(fixture.services, navigator, asked);
        assertThat(answering.followUpNoteProperty().get()).isEqualTo("Follow-up 1 of up to 2. Asked because your answer said nothing"
                + " about what serving costs us or the margin left at half price.");
        assertThat(answering.prompt().question()).startsWith("Show me the maths");
        assertThat(new AnswerViewModel(fixture.services, navigator, fixture.store.start(batch, Mode.PRACTICE, Instant.now(fixture.clock)))
                .followUpNoteProperty().get()).as("an answer to a prompt follows up nothing").isEmpty();

        Attempt other = submitted(Mode.PRACTICE, BatchAnswers.NO_UNIT_ECONOMICS);
        FeedbackViewModel skipping = new FeedbackViewModel(fixture.services, navigator, other.id(), new Interviewer(fixture.store).next(other.id()), true);
        skipping.offer().skip();
        assertThat(skipping.offer().offerProperty().get()).isEmpty();
        assertThat(fixture.store.followUps().of(other.id())).isEmpty();
    }

    @Test
    void aLoopRoundAsksOneFollowUpInsideTheLoopWithoutSayingWhyThenTheLoopMovesOn() {
        var loops = fixture.store.loops();
        long id = loops.start("pm-test", batch.track(), "PM test loop", 5, List.of(batch, batch), Instant.now(fixture.clock)).id();
        Attempt main = loops.startRound(id, Instant.now(fixture.clock));
        app.debrief.ui.loop.RoundViewModel round = new app.debrief.ui.loop.RoundViewModel(fixture.services, navigator,
                loops.sitting(id).orElseThrow(), main);
        AnswerViewModel answering = new AnswerViewModel(fixture.services, round.answerNavigator(), main, round.interviewing());
        answering.start();
        answering.answerProperty().set(BatchAnswers.NO_UNIT_ECONOMICS);
        answering.submit();
        assertThat(navigator.went).as("the follow-up opens in the loop, not on its own").containsExactly("loop " + id);
        var sitting = loops.sitting(id).orElseThrow();
        Attempt asked = loops.answering(sitting).orElseThrow();
        assertThat(sitting.current().followUpId()).contains(asked.id());
        assertThat(asked.mode()).isEqualTo(Mode.MOCK);
        assertThat(asked.prompt().question()).as("the one the gaps chose").startsWith("Show me the maths");
        assertThat(fixture.store.latestUnfinished()).as("not a loose draft outside the loop").isEmpty();

        app.debrief.ui.loop.RoundViewModel followUp = new app.debrief.ui.loop.RoundViewModel(fixture.services, navigator, sitting, asked);
        assertThat(followUp.heading()).isEqualTo("PM test loop \u00b7 Round 1 of 2 \u00b7 System design \u00b7 follow-up");
        AnswerViewModel second = new AnswerViewModel(fixture.services, followUp.answerNavigator(), asked, followUp.interviewing());
        assertThat(second.followUpNoteProperty().get()).as("the reason is feedback: it waits for the packet")
                .isEqualTo("The interviewer's follow-up. Why it was asked comes with the debrief packet.");
        second.start();
        second.answerProperty().set(BatchAnswers.THE_MATHS);
        second.submit();
        assertThat(navigator.went).containsExactly("loop " + id, "loop " + id);
        assertThat(fixture.store.followUps().of(main.id())).as("one follow-up per round, though the prompt has more and a mock asks two")
                .hasSize(1);
        var after = loops.sitting(id).orElseThrow();
        assertThat(after.stage()).isEqualTo(app.debrief.store.LoopStage.BREAK);
        assertThat(after.round()).isEqualTo(2);
    }

    @Test
    void theDebriefShowsTheFollowUpsWithTheirLevelsAndTheReferenceWithTheAnswersOwn() {
        Attempt main = submitted(Mode.MOCK, BatchAnswers.NO_UNIT_ECONOMICS);
        Attempt answered = followUp(main, BatchAnswers.THE_MATHS);
        // Opened for the follow-up's answer (as from a search), it shows the attempt it follows up.
        FeedbackViewModel vm = new FeedbackViewModel(fixture.services, navigator, answered.id(), Optional.empty(), true);
        vm.load();
        assertThat(vm.attemptProperty().get().id()).isEqualTo(main.id());
        assertThat(vm.focusFollowUpsProperty().get()).isTrue();
        FollowUpItem first = vm.followUps().get(0);
        assertThat(first.heading()).isEqualTo("Follow-up 1 \u00b7 4 min");
        assertThat(first.answer()).isEqualTo(BatchAnswers.THE_MATHS);
        assertThat(first.time()).isEqualTo("2:30 of 4:00 \u00b7 " + app.debrief.text.Plural.of(answered.words(), "word"));
        assertThat(first.points()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("unit-economics");
            assertThat(p.level()).isEqualTo(Level.DEVELOPED);
        });
        assertThat(first.mistakes()).extracting(FollowUpItem.MistakeLine::id).containsExactly("unquantified");
        ReferenceOutline reference = vm.referenceProperty().get();
        assertThat(reference.parts()).extracting(ReferenceOutline.Part::pointId)
                .containsExactlyElementsOf(batch.talkingPoints().stream().map(t -> t.id()).toList());
        ReferenceOutline.Part economics = reference.parts().stream().filter(p -> p.pointId().equals("unit-economics")).findFirst().orElseThrow();
        assertThat(economics.level()).isEqualTo(Level.MISSING);
        assertThat(economics.later()).contains(new ReferenceOutline.Later(1, Level.DEVELOPED));
        assertThat(economics.text()).isEqualTo(batch.reference("unit-economics").map(r -> r.text()));
    }

    @Test
    void aFollowUpsAnswerIsFoundByTheHistorysSearchComparedSideBySideAndCountedInProgress() {
        Attempt first = submitted(Mode.PRACTICE, BatchAnswers.NO_UNIT_ECONOMICS);
        fixture.clock.advance(Duration.ofDays(1));
        Attempt second = submitted(Mode.PRACTICE, BatchAnswers.NO_UNIT_ECONOMICS);
        followUp(second, BatchAnswers.THE_MATHS);

        HistoryViewModel history = new HistoryViewModel(fixture.services, navigator);
        history.reload();
        assertThat(history.rows()).extracting(s -> s.followUps()).containsExactly(1, 0);
        history.searchProperty().set("H100");
        assertThat(history.found()).singleElement().satisfies(f -> {
            assertThat(f.attempt().id()).isEqualTo(second.id());
            assertThat(f.hit().inFollowUp()).hasValueSatisfying(q -> assertThat(q).startsWith("Show me the maths"));
        });

        CompareViewModel compare = new CompareViewModel(fixture.services, navigator, first.id(), second.id());
        compare.load();
        assertThat(compare.summary()).endsWith("follow-ups 0 \u2192 1");
        assertThat(compare.followUps(second)).singleElement().satisfies(f -> assertThat(f.answer()).isEqualTo(BatchAnswers.THE_MATHS));

        ProgressViewModel progress = new ProgressViewModel(fixture.services, navigator);
        progress.load();
        assertThat(progress.followUpsProperty().get()).startsWith("1 follow-up answered after 1 attempt. Your answers to them developed"
                + " 1 of the 1 talking point they probed (100%) and were clear of");
    }
}
