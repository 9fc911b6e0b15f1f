package app.debrief.ui;

import app.debrief.bank.Prompt;
import app.debrief.loop.Loop;
import app.debrief.loop.RoundDraw;
import app.debrief.rubric.CheckContext;
import app.debrief.rubric.Feedback;
import app.debrief.store.Attempt;
import app.debrief.store.Draft;
import app.debrief.store.GradeItem;
import app.debrief.store.LoopStore;
import app.debrief.store.Mode;
import app.debrief.store.PhaseTime;
import app.debrief.store.SelfGrade;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Fills a store with realistic submitted attempts (real checker feedback), for UI tests and benchmarks. */
public final class Seeder {

    static final List<String> ANSWERS = List.of(
            "Our brand vision is that developers feel delight; every persona will love the magic of streaming.",
            "We publish the weights under Apache 2.0 and sell a private VPC deployment with a 99.9% SLA; p95 stays under 300 ms.",
            "INT8 halves memory to 7 GB so one L4 serves the model; INT4 with AWQ loses 1.5 points of MMLU but doubles throughput.",
            "We keep the weights private and build a walled garden; success is GitHub stars and downloads.",
            "Battle card against Bedrock: no lock-in, SOC 2 Type II, and the same open weights in your own VPC; reps get a talk track.");

    private Seeder() {
    }

    /** {@code count} submitted attempts, one a day going back from {@code newest}, cycling through the bank. */
    public static void seed(UiFixture fixture, int count, Instant newest) {
        List<Prompt> prompts = fixture.services.bank().all();
        for (int i = 0; i < count; i++) {
            Prompt p = prompts.get(i % prompts.size());
            String answer = ANSWERS.get(i % ANSWERS.size()) + " (attempt " + i + ")";
            Instant at = newest.minus(Duration.ofDays(count - 1 - i));
            int n = i;
            submit(fixture, p, i % 4 == 0 ? Mode.MOCK : Mode.PRACTICE, answer, at, (10 + i % 30) * 60_000L,
                    f -> List.of(new SelfGrade(GradeItem.MISTAKE, f.mistakes().get(1).id(), 1 + n % 4,
                            n % 10 == 0 ? "remember the licence" : "")));
        }
    }

    /** One answer handed in at {@code at} with the checker's feedback and the grades made from it; returns its id. */
    public static long submit(UiFixture fixture, Prompt p, Mode mode, String answer, Instant at, long elapsedMillis,
                              Function<Feedback, List<SelfGrade>> grades) {
        Attempt a = fixture.store.start(p, mode, at);
        Feedback f = fixture.services.checker().check(answer, CheckContext.of(p));
        fixture.store.submit(new Draft(a.id(), answer, elapsedMillis, List.of(new PhaseTime("Answer", elapsedMillis))), f,
                at.plusMillis(elapsedMillis));
        fixture.store.saveGrades(a.id(), grades.apply(f));
        return a.id();
    }

    /**
     * A sitting of the PMM onsite with {@code handedIn} of its four rounds answered (as a candidate
     * who keeps the weights closed would), graded and its packet revealed when {@code finished};
     * returns its id.
     */
    public static long loop(UiFixture fixture, int handedIn, boolean finished) {
        var services = fixture.services;
        LoopStore loops = fixture.store.loops();
        Loop loop = services.loops().library().byId("pmm-onsite").orElseThrow();
        List<Prompt> prompts = RoundDraw.draw(loop, services.bank(), Map.of(), new Random(7));
        Instant t = Instant.now(fixture.clock);
        long id = loops.start(loop.id(), loop.track(), loop.title(), loop.breakMinutes(), prompts, t).id();
        for (int round = 1; round <= handedIn; round++) {
            Attempt followUp = roundToFollowUp(fixture, id, round, t);
            String answer = "At about $0.14 per million tokens on our own GPUs, half of what the API costs.";
            fixture.store.submit(new Draft(followUp.id(), answer, followUp.budgetSeconds() * 1000L, List.of()),
                    services.checker().check(answer, CheckContext.of(followUp.prompt())), t);
            loops.roundHandedIn(id, round, t);
        }
        if (finished) {
            for (int round = 1; round <= handedIn; round++) {
                loops.grade(id, round, round % 2 == 0 ? "strong-hire" : "hire");
            }
            loops.finish(id, t);
        }
        return id;
    }

    /** Round {@code round} of the sitting answered and handed in at zero, and its follow-up asked as a loop asks it; returns the follow-up's answer. */
    public static Attempt roundToFollowUp(UiFixture fixture, long sittingId, int round, Instant t) {
        LoopStore loops = fixture.store.loops();
        Attempt a = loops.startRound(sittingId, t);
        String answer = "We keep the weights private and sell API access only; the brand story is delight. Developers love it, "
                + "with 40% lower cost per million tokens than Bedrock.";
        Attempt main = fixture.store.submit(new Draft(a.id(), answer, a.budgetSeconds() * 1000L, List.of()),
                fixture.services.checker().check(answer, CheckContext.of(a.prompt())), t);
        var one = new app.debrief.practice.Interviewer(fixture.store, 1, (m, f, reason, at) -> loops.askFollowUp(sittingId, round, m, f, reason, at));
        return ((app.debrief.practice.Interviewer.Ask) one.afterHandIn(main, t)).attempt();
    }
}
