package app.debrief.review;

import app.debrief.bank.Prompt;
import app.debrief.practice.Durations;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.rubric.points.Level;
import app.debrief.store.Attempt;
import app.debrief.store.ExportedAttempt;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.GradeItem;
import app.debrief.store.PhaseTime;
import app.debrief.store.SelfGrade;
import app.debrief.text.Plural;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An export as a Markdown report a person reads: per attempt the question, the answer, what the
 * checker found (with the words that made it say so), the candidate's own grades, and each
 * follow-up with why it was asked, its answer and the levels of what it probed. Text that
 * comes from the user or a prompt pack is escaped ({@link MarkdownText}), so it shows as typed in
 * any common viewer and cannot break the report's layout. Used by
 * {@code debrief export --format md} and by the app's export; call {@link #write} per attempt,
 * then {@link #finish}.
 */
public final class MarkdownReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PrintWriter out;
    private int count;

    public MarkdownReport(PrintWriter out, Instant exportedAt) {
        this.out = out;
        out.println("# Debrief practice history");
        out.println();
        out.println("Exported " + WHEN.format(exportedAt) + ".");
    }

    public void write(ExportedAttempt e) {
        Attempt a = e.attempt();
        Prompt p = a.prompt();
        count++;
        out.println();
        out.println("## " + MarkdownText.heading(p.title()));
        out.println();
        out.println(MarkdownText.code(p.id()) + " · " + p.track() + " · " + MarkdownText.inline(p.kind()) + " · " + lower(a.mode().name()) + " · " + lower(a.status().name())
                + "  ");
        out.println("Started " + WHEN.format(a.startedAt()) + a.submittedAt().map(t -> ", submitted " + WHEN.format(t)).orElse("")
                + "  ");
        out.println("Time " + Durations.clock(a.elapsedMillis()) + " of " + Durations.clock(p.budgetSeconds() * 1000L)
                + phases(a.phaseTimes()) + " · " + Plural.of(a.words(), "word"));
        out.println();
        out.println("### Question");
        out.println();
        quote(p.question());
        out.println();
        out.println("### Answer");
        out.println();
        if (a.answer().isBlank()) {
            out.println("_No answer written._");
        } else {
            quote(a.answer());
        }
        e.feedback().ifPresent(this::findings);
        grades(e.grades(), e.feedback());
        for (int i = 0; i < e.followUps().size(); i++) {
            followUp(i + 1, e.followUps().get(i));
        }
    }

    public void finish() {
        out.println();
        out.println("---");
        out.println(count == 0 ? "No attempts yet." : count + (count == 1 ? " attempt." : " attempts."));
        out.flush();
    }

    private void findings(Feedback f) {
        out.println();
        out.println("### Findings");
        out.println();
        for (MistakeFinding m : f.mistakes()) {
            if (!m.applies()) {
                out.println("- Does not apply: " + MarkdownText.inline(m.title()));
                continue;
            }
            out.println(mistakeLine(m));
        }
        if (!f.talkingPoints().isEmpty()) {
            out.println();
            out.println("Talking points: " + levelCounts(f.talkingPoints()));
            out.println();
            f.talkingPoints().forEach(t -> out.println(pointLine(t)));
        }
        out.println();
        out.println("_Checked by " + MarkdownText.inline(f.checkerVersion()) + "._");
    }

    private static String mistakeLine(MistakeFinding m) {
        String title = MarkdownText.inline(m.title());
        return "- " + (m.flagged() ? "**Flagged: " + title + "**" : "Not flagged: " + title) + " — " + MarkdownText.inline(m.why())
                + (m.flagged() && !m.evidence().isEmpty() ? " Evidence: " + words(m.evidence()) + "." : "");
    }

    private static String pointLine(TalkingPointFinding t) {
        return "- " + t.level().title() + ": " + MarkdownText.inline(t.label())
                + (t.level() != Level.MISSING && !t.evidence().isEmpty() ? " (" + words(t.evidence()) + ")" : "")
                + t.gap().map(g -> " — " + MarkdownText.inline(g)).orElse("");
    }

    /** A follow-up: its question, why it was asked, its answer and what the checker found on the points and mistakes it probes. */
    private void followUp(int n, FollowUpAnswer f) {
        Attempt a = f.attempt();
        out.println();
        out.println("### Follow-up " + n);
        out.println();
        quote(f.followUp().question());
        out.println();
        out.println("_" + MarkdownText.inline(f.reason()) + "_  ");
        out.println(f.answered() ? "Time " + Durations.clock(a.elapsedMillis()) + " of " + Durations.clock(a.budgetSeconds() * 1000L)
                + " · " + Plural.of(a.words(), "word") : "Not handed in yet (" + Durations.clock(a.elapsedMillis()) + " used).");
        out.println();
        if (a.answer().isBlank()) {
            out.println("_No answer written._");
        } else {
            quote(a.answer());
        }
        f.feedback().ifPresent(feedback -> {
            out.println();
            feedback.talkingPoints().forEach(t -> out.println(pointLine(t)));
            feedback.mistakes().stream().filter(m -> m.applies() && f.followUp().probes().contains(m.id()))
                    .forEach(m -> out.println(mistakeLine(m)));
        });
    }

    private void grades(List<SelfGrade> grades, Optional<Feedback> feedback) {
        if (grades.isEmpty()) {
            return;
        }
        out.println();
        out.println("### Self-grades");
        out.println();
        out.println("| Item | Score | Note |");
        out.println("|---|---|---|");
        for (SelfGrade g : grades) {
            out.println("| " + cell(label(g, feedback)) + " | " + g.score() + " | " + cell(g.note()) + " |");
        }
    }

    private static String label(SelfGrade g, Optional<Feedback> feedback) {
        Optional<String> title = feedback.flatMap(f -> g.item() == GradeItem.MISTAKE
                ? f.mistake(g.itemId()).map(MistakeFinding::title)
                : f.talkingPoints().stream().filter(t -> t.id().equals(g.itemId())).map(TalkingPointFinding::label).findFirst());
        return title.orElse(g.itemId()) + (g.item() == GradeItem.MISTAKE ? " (mistake)" : " (talking point)");
    }

    private void quote(String text) {
        MarkdownText.quote(text).forEach(out::println);
    }

    private static String phases(List<PhaseTime> phases) {
        return phases.isEmpty() ? "" : " (" + phases.stream().map(p -> p.phase() + " " + Durations.clock(p.millis()))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String words(List<Evidence> spans) {
        return spans.stream().limit(6).map(e -> "“" + MarkdownText.inline(e.text().replaceAll("\\s+", " ")) + "”").collect(Collectors.joining(", "))
                + (spans.size() > 6 ? " and " + (spans.size() - 6) + " more" : "");
    }

    private static String cell(String text) {
        return MarkdownText.inline(text);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "1 developed, 2 touched, 1 missing", in that order, leaving out the levels no point reached. */
    static String levelCounts(List<TalkingPointFinding> points) {
        List<String> parts = new java.util.ArrayList<>();
        for (Level level : new Level[]{Level.DEVELOPED, Level.TOUCHED, Level.MISSING}) {
            long n = points.stream().filter(t -> t.level() == level).count();
            if (n > 0) {
                parts.add(n + " " + level.id());
            }
        }
        return String.join(", ", parts) + " of " + points.size();
    }
}
