package app.debrief.store;

import app.debrief.bank.FollowUp;
import app.debrief.bank.Phase;
import app.debrief.bank.Prompt;
import app.debrief.bank.ReferencePart;
import app.debrief.bank.TalkingPoint;
import app.debrief.bank.Track;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.rubric.points.Level;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Prompts, feedback and times for store tests, built by hand so the tests read on their own. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    public static final List<String> MISTAKES = List.of("marketing-fluff", "ignores-open-source", "ignores-enterprise", "role-drift");

    private Fixtures() {
    }

    public static Prompt prompt(String id, Track track, String kind) {
        return new Prompt(id, track, kind, "Title of " + id, "Design the " + id + " feature.", 15,
                List.of(new Phase("Clarify", 3), new Phase("Design", 9), new Phase("Summary", 3)),
                List.of(TalkingPoint.ofCues("latency", "Latency budget", List.of("p95", "latency"))),
                List.of(new FollowUp("What would you cut?", List.of("latency"), 3)),
                List.of(new ReferencePart("latency", "TTFT under 300 ms at p95 for 8k-token prompts.")), List.of(), "prompts/test.json");
    }

    public static Prompt pmPrompt() {
        return prompt("pm-sd-streaming-responses", Track.PM, "system-design");
    }

    public static Feedback feedback(Prompt prompt, String... flagged) {
        List<String> flags = List.of(flagged);
        List<MistakeFinding> mistakes = MISTAKES.stream().map(id -> new MistakeFinding(id, "Title " + id, true, flags.contains(id),
                flags.contains(id) ? "Flagged because of evidence." : "Fine.", "density:flagged", Optional.empty(),
                flags.contains(id) ? List.of(new Evidence(0, 5, "brand")) : List.of(), List.of())).toList();
        return new Feedback(prompt.track(), Optional.of(prompt.id()), Optional.of(prompt.kind()), 42, mistakes,
                List.of(new TalkingPointFinding("latency", "Latency budget", Level.DEVELOPED, List.of(new Evidence(6, 9, "p95")), List.of(),
                        Optional.empty())),
                "checker-1+rubric-test");
    }

    public static Draft draft(long attemptId, String answer, long elapsedMillis) {
        return new Draft(attemptId, answer, elapsedMillis, List.of(new PhaseTime("Clarify", elapsedMillis)));
    }

    /** Starts and submits an attempt at {@code at}; returns it. */
    public static Attempt submitted(AttemptStore store, Prompt prompt, Instant at, String answer, String... flagged) {
        Attempt a = store.start(prompt, Mode.PRACTICE, at);
        return store.submit(draft(a.id(), answer, 60_000), feedback(prompt, flagged), at.plusSeconds(600));
    }
}
