package app.debrief.practice;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.bank.PromptBankLoader;
import app.debrief.content.BundledContent;
import app.debrief.rubric.CheckContext;
import app.debrief.rubric.RubricChecker;
import app.debrief.rubric.RubricReader;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStore;
import app.debrief.store.Draft;
import app.debrief.store.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a hand-in, with the real checker and a bundled prompt: a mock goes on at once with the
 * follow-up the gaps chose, timed by its own budget; practice shows the debrief and offers it; two
 * follow-ups at most, each chosen from what is still open.
 */
class InterviewerTest {

    static final RubricChecker CHECKER = new RubricChecker(RubricReader.bundled());
    static final PromptBank BANK = new PromptBankLoader(RubricReader.bundled().kinds()).load(BundledContent.packs()).bank();
    static final Prompt BATCH = BANK.byId("pm-sd-batch-inference-api").orElseThrow();
    static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");

    static final String NO_UNIT_ECONOMICS = BatchAnswers.NO_UNIT_ECONOMICS;
    static final String THE_MATHS = BatchAnswers.THE_MATHS;

    @TempDir
    Path dir;
    AttemptStore store;
    Interviewer interviewer;

    @BeforeEach
    void open() {
        store = AttemptStore.open(dir.resolve("debrief.db")).store();
        interviewer = new Interviewer(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    Attempt handIn(Attempt a, String answer, Instant at) {
        return store.submit(new Draft(a.id(), answer, 60_000, List.of()), CHECKER.check(answer, CheckContext.of(a.prompt())), at);
    }

    @Test
    void aMockGoesOnAtOnceWithTheFollowUpOnTheMissingPointThenTheTouchedOneThenEnds() {
        Attempt main = handIn(store.start(BATCH, Mode.MOCK, T0), NO_UNIT_ECONOMICS, T0.plusSeconds(2400));

        Interviewer.Ask first = (Interviewer.Ask) interviewer.afterHandIn(main, T0.plusSeconds(2401));
        assertThat(first.asked().followUp().probes()).contains("unit-economics");
        assertThat(first.asked().followUp().question()).startsWith("Show me the maths");
        assertThat(first.asked().reason()).isEqualTo("Asked because your answer said nothing about what serving costs us"
                + " or the margin left at half price.");
        assertThat(first.attempt().mode()).isEqualTo(Mode.MOCK);
        assertThat(first.attempt().budgetSeconds()).as("its own budget").isEqualTo(4 * 60);
        assertThat(store.latestUnfinished()).contains(first.attempt());

        Attempt firstDone = handIn(first.attempt(), THE_MATHS, T0.plusSeconds(2640));
        assertThat(store.feedback(firstDone.id()).orElseThrow().talkingPoints()).singleElement()
                .satisfies(t -> assertThat(t.covered()).as("the maths developed the point").isTrue());
        Interviewer.Ask second = (Interviewer.Ask) interviewer.afterHandIn(firstDone, T0.plusSeconds(2641));
        assertThat(second.asked().followUp().probes()).as("the point the answer only named is next").contains("per-request-failures");
        assertThat(second.asked().reason()).startsWith("Asked because you named \u201cFailures\u201d").contains("did not develop it");
        assertThat(second.asked().mainId()).isEqualTo(main.id());

        Attempt secondDone = handIn(second.attempt(), "Batch yields; each preempted request is retried and reported.", T0.plusSeconds(2800));
        assertThat(interviewer.afterHandIn(secondDone, T0.plusSeconds(2801)))
                .as("two follow-ups, then the debrief").isEqualTo(new Interviewer.Debrief(main.id(), java.util.Optional.empty()));
    }

    @Test
    void anInterviewerToldToAskOneAsksOneThenGoesToTheDebrief() {
        Interviewer one = new Interviewer(store, 1, store.followUps()::ask);
        Attempt main = handIn(store.start(BATCH, Mode.MOCK, T0), NO_UNIT_ECONOMICS, T0.plusSeconds(2400));
        Interviewer.Ask first = (Interviewer.Ask) one.afterHandIn(main, T0.plusSeconds(2401));
        assertThat(first.asked().followUp().probes()).as("still the biggest gap").contains("unit-economics");
        Attempt firstDone = handIn(first.attempt(), THE_MATHS, T0.plusSeconds(2640));
        assertThat(interviewer.next(main.id())).as("the full interviewer would ask a second").isPresent();
        assertThat(one.afterHandIn(firstDone, T0.plusSeconds(2641))).isEqualTo(new Interviewer.Debrief(main.id(), java.util.Optional.empty()));
        assertThat(store.followUps().of(main.id())).hasSize(1);
        assertThat(one.mostFollowUps()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Interviewer(store, 3, store.followUps()::ask))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void practiceShowsTheDebriefWithTheFollowUpOfferedAndOffersNothingWhileOneIsBeingAnswered() {
        Attempt main = handIn(store.start(BATCH, Mode.PRACTICE, T0), NO_UNIT_ECONOMICS, T0.plusSeconds(2400));
        Interviewer.Debrief debrief = (Interviewer.Debrief) interviewer.afterHandIn(main, T0.plusSeconds(2401));
        assertThat(debrief.mainId()).isEqualTo(main.id());
        ChosenFollowUp offered = debrief.offer().orElseThrow();
        assertThat(offered.followUp().probes()).contains("unit-economics");
        assertThat(store.followUps().of(main.id())).as("offered, not asked yet").isEmpty();

        Interviewer.Ask taken = interviewer.ask(main.id(), offered, T0.plusSeconds(2500));
        assertThat(taken.attempt().mode()).isEqualTo(Mode.PRACTICE);
        assertThat(interviewer.next(main.id())).as("the one being answered comes first").isEmpty();
    }
}
