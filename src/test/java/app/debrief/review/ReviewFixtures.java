package app.debrief.review;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.Rubric;
import app.debrief.rubric.RubricReader;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.rubric.points.Level;
import app.debrief.store.Attempt;
import app.debrief.store.AttemptStatus;
import app.debrief.store.Fixtures;
import app.debrief.store.GradeItem;
import app.debrief.store.Mode;
import app.debrief.store.PhaseTime;
import app.debrief.store.ProgressPoint;
import app.debrief.store.SelfGrade;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Attempts, feedback and progress points against the bundled rubric, built by hand so the tests read on their own. */
final class ReviewFixtures {

    static final Rubric RUBRIC = RubricReader.bundled();
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private ReviewFixtures() {
    }

    static Prompt pmDesign() {
        return Fixtures.prompt("pm-sd-streaming", Track.PM, "system-design");
    }

    static Attempt attempt(long id, Prompt prompt, Instant started, Optional<Instant> submitted, String answer, long elapsedMillis) {
        int words = answer.isBlank() ? 0 : answer.trim().split("\\s+").length;
        return new Attempt(id, prompt, Mode.PRACTICE, submitted.isPresent() ? AttemptStatus.SUBMITTED : AttemptStatus.IN_PROGRESS,
                started, submitted, elapsedMillis, List.of(new PhaseTime("Design", elapsedMillis)), answer, words,
                submitted.orElse(started));
    }

    /**
     * Feedback in which every rubric mistake that applies to the prompt's track and kind is judged,
     * flagged if named; the rest are listed as not applying. {@code covered} talking points of two.
     */
    static Feedback feedback(Prompt prompt, int covered, String... flagged) {
        List<String> flags = Arrays.asList(flagged);
        List<MistakeFinding> findings = RUBRIC.mistakes().stream().map(m -> {
            boolean applies = m.checkFor(prompt.track(), Optional.of(prompt.kind())).isPresent();
            boolean flag = applies && flags.contains(m.id());
            return new MistakeFinding(m.id(), m.title(), applies, flag, flag ? "Flagged." : "Fine.", "test", Optional.empty(),
                    flag ? List.of(new Evidence(0, 5, "brand")) : List.of(), List.of());
        }).toList();
        List<TalkingPointFinding> points = List.of(
                point("latency", "Latency budget", covered >= 1),
                point("cost", "Cost per token", covered >= 2));
        return new Feedback(prompt.track(), Optional.of(prompt.id()), Optional.of(prompt.kind()), 42, findings, points, "checker-test");
    }

    static ProgressPoint point(long id, String promptId, Track track, String kind, Instant at, List<String> flagged, SelfGrade... grades) {
        return new ProgressPoint(id, promptId, track, kind, Mode.PRACTICE, at, 300, 600_000, 900, flagged, List.of(grades));
    }

    static ProgressPoint timed(long id, Instant at, long elapsedMillis, int budgetSeconds) {
        return new ProgressPoint(id, "pm-sd-streaming", Track.PM, "system-design", Mode.PRACTICE, at, 300, elapsedMillis, budgetSeconds,
                List.of(), List.of());
    }

    static SelfGrade mistakeGrade(String mistakeId, int score) {
        return new SelfGrade(GradeItem.MISTAKE, mistakeId, score, "");
    }

    static SelfGrade pointGrade(String pointId, int score) {
        return new SelfGrade(GradeItem.TALKING_POINT, pointId, score, "");
    }

    static TalkingPointFinding point(String id, String label, boolean developed) {
        return new TalkingPointFinding(id, label, developed ? Level.DEVELOPED : Level.MISSING, List.of(), List.of(), Optional.empty());
    }
}
