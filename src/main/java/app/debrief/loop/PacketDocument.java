package app.debrief.loop;

import app.debrief.practice.Durations;
import app.debrief.review.Suggestion;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.store.Attempt;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.LoopSitting;
import app.debrief.store.LoopStatus;
import app.debrief.text.Plural;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A packet as a document of plain blocks (headings, paragraphs, list items), written once
 * and rendered as Markdown ({@link PacketMarkdown}) or as PDF ({@link PacketPdf}), so the two say
 * the same thing in the same order.
 */
public final class PacketDocument {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One block of the document; text is plain (the renderer escapes it). */
    public sealed interface Block permits Heading, Para, Item {
    }

    public record Heading(int level, String text) implements Block {
    }

    /** {@code strong}: said as the lean is, in bold. */
    public record Para(String text, boolean strong) implements Block {
    }

    /** A list item; {@code number} above 0 for a numbered list, 0 for a bullet. */
    public record Item(int number, String text) implements Block {
        Item(String text) {
            this(0, text);
        }
    }

    private PacketDocument() {
    }

    public static List<Block> of(DebriefPacket packet) {
        List<Block> out = new ArrayList<>();
        LoopSitting s = packet.sitting();
        CommitteeView c = packet.committee();
        out.add(new Heading(1, "Debrief packet: " + s.title()));
        long used = packet.rounds().stream().mapToLong(RoundResult::elapsedMillis).sum();
        long budget = packet.rounds().stream().mapToLong(r -> r.prompt().budgetSeconds() * 1000L).sum();
        out.add(new Para(s.track() + " \u00b7 started " + WHEN.format(s.startedAt()) + " \u00b7 "
                + (s.status() == LoopStatus.ABANDONED ? "abandoned after " + Plural.of(packet.rounds().size(), "round") + " of "
                + s.rounds().size() : lower(s.status().name())) + " \u00b7 " + Durations.clock(used) + " used of " + Durations.clock(budget), false));
        out.add(new Heading(2, "The committee's view"));
        out.add(new Para("Lean: " + c.lean().label(), true));
        if (c.reasons().isEmpty()) {
            out.add(new Para("No rule of the committee held: every round was clean and most talking points were argued.", false));
        }
        c.reasons().forEach(r -> out.add(new Item(r.text() + " (at most " + r.cap().label() + ")")));
        c.strongest().flatMap(packet::round).ifPresent(r -> out.add(new Para("Strongest round: " + roundName(r) + ", "
                + c.round(r.number()).map(l -> l.lean().label()).orElse("") + " by the rules.", false)));
        c.weakest().filter(w -> packet.rounds().size() > 1).flatMap(packet::round).ifPresent(r -> out.add(new Para("Weakest round: "
                + roundName(r) + ", " + c.round(r.number()).map(l -> l.lean().label()).orElse("") + " by the rules.", false)));
        out.add(new Heading(3, "Fix first"));
        if (packet.fixes().isEmpty()) {
            out.add(new Para("Nothing to fix: every mistake cleared and every talking point argued.", false));
        }
        int n = 1;
        for (DebriefPacket.LinkedFix f : packet.fixes()) {
            out.add(new Item(n++, f.fix().title() + ": " + f.fix().detail()
                    + f.practise().map(p -> " Practise: \u201c" + p.prompt().title() + "\u201d (" + p.prompt().id() + ").").orElse("")));
        }
        out.add(new Heading(3, "Your grades against the rules"));
        if (c.disagreements().isEmpty()) {
            out.add(new Para(packet.rounds().stream().anyMatch(r -> r.selfGrade().isPresent())
                    ? "You and the rules agree on every round you graded." : "You did not grade the rounds.", false));
        }
        c.disagreements().forEach(d -> out.add(new Item(d.text())));
        for (RoundResult r : packet.rounds()) {
            round(out, r, c);
        }
        return out;
    }

    private static void round(List<Block> out, RoundResult r, CommitteeView c) {
        out.add(new Heading(2, "Round " + r.number() + ": " + r.kindLabel()));
        out.add(new Para(r.prompt().title(), true));
        out.add(new Para(r.prompt().id() + " \u00b7 " + Durations.clock(r.elapsedMillis()) + " of " + Durations.clock(r.prompt().budgetSeconds() * 1000L)
                + " \u00b7 " + Plural.of(r.words(), "word") + " \u00b7 the rules: " + c.round(r.number()).map(l -> l.lean().label()).orElse("")
                + r.selfGrade().map(g -> " \u00b7 you: " + g.label()).orElse(""), false));
        out.add(new Heading(3, "Mistakes"));
        for (MistakeFinding m : r.feedback().mistakes()) {
            if (m.applies()) {
                out.add(mistake(m));
            }
        }
        if (!r.feedback().talkingPoints().isEmpty()) {
            out.add(new Heading(3, "Talking points: " + r.developed() + " of " + r.points() + " developed"));
            r.feedback().talkingPoints().forEach(t -> out.add(point(t)));
        }
        r.followUps().forEach(f -> followUp(out, f));
    }

    /** The round's follow-up: the question, why it was asked, its time, and what the checker found on what it probed. */
    private static void followUp(List<Block> out, FollowUpAnswer f) {
        Attempt a = f.attempt();
        out.add(new Heading(3, "Follow-up (" + f.followUp().minutes() + " min)"));
        out.add(new Para(f.followUp().question(), true));
        out.add(new Para(f.reason(), false));
        out.add(new Para(Durations.clock(a.elapsedMillis()) + " of " + Durations.clock(a.budgetSeconds() * 1000L) + " \u00b7 "
                + Plural.of(a.words(), "word") + (f.answered() ? "" : " \u00b7 not handed in"), false));
        f.feedback().ifPresent(fb -> {
            fb.talkingPoints().forEach(t -> out.add(point(t)));
            fb.mistakes().stream().filter(m -> m.applies() && f.followUp().probes().contains(m.id())).forEach(m -> out.add(mistake(m)));
        });
    }

    private static Item mistake(MistakeFinding m) {
        return new Item((m.flagged() ? "Flagged: " : "Clear: ") + m.title() + ". " + m.why()
                + (m.flagged() && !m.evidence().isEmpty() ? " Evidence: " + words(m.evidence()) + "." : ""));
    }

    private static Item point(TalkingPointFinding t) {
        return new Item(t.level().title() + ": " + t.label() + t.gap().map(g -> " (" + g + ")").orElse(""));
    }

    static String roundName(RoundResult r) {
        return "round " + r.number() + " (" + r.kindLabel() + ", \u201c" + r.prompt().title() + "\u201d)";
    }

    private static String words(List<Evidence> spans) {
        return spans.stream().limit(5).map(e -> "\u201c" + e.text().replaceAll("\\s+", " ") + "\u201d").collect(Collectors.joining(", "))
                + (spans.size() > 5 ? " and " + (spans.size() - 5) + " more" : "");
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** What the practise-next item says, for a screen. */
    public static String practiseText(Suggestion s) {
        return "Practise \u201c" + s.prompt().title() + "\u201d: " + s.explanation();
    }
}
