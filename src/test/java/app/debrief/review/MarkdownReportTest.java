package app.debrief.review;

import app.debrief.bank.Prompt;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.MistakeFinding;
import app.debrief.store.Attempt;
import app.debrief.store.ExportedAttempt;
import app.debrief.store.GradeItem;
import app.debrief.store.SelfGrade;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.debrief.review.ReviewFixtures.T0;
import static app.debrief.review.ReviewFixtures.attempt;
import static app.debrief.review.ReviewFixtures.feedback;
import static app.debrief.review.ReviewFixtures.pmDesign;
import static app.debrief.review.RenderedMarkdown.children;
import static app.debrief.review.RenderedMarkdown.descendants;
import static app.debrief.review.RenderedMarkdown.parse;
import static app.debrief.review.RenderedMarkdown.text;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    static String report(ExportedAttempt... attempts) {
        StringWriter text = new StringWriter();
        MarkdownReport report = new MarkdownReport(new PrintWriter(text), T0.plusSeconds(86_400));
        for (ExportedAttempt a : attempts) {
            report.write(a);
        }
        report.finish();
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    static ExportedAttempt exported(Prompt prompt, String answer, Optional<Feedback> feedback, SelfGrade... grades) {
        Attempt a = attempt(7, prompt, T0, Optional.of(T0.plusSeconds(600)), answer, 540_000);
        return new ExportedAttempt("uid-7", a, feedback, List.of(grades));
    }

    static Feedback withEvidence(Feedback f, String mistakeId, String... words) {
        List<MistakeFinding> findings = new ArrayList<>();
        for (MistakeFinding m : f.mistakes()) {
            findings.add(!m.id().equals(mistakeId) ? m : new MistakeFinding(m.id(), m.title(), true, true, "It reads as a brochure.", m.rule(),
                    m.missing(), List.of(words).stream().map(w -> new Evidence(0, w.length(), w)).toList(), m.support()));
        }
        return new Feedback(f.track(), f.promptId(), f.kind(), f.words(), findings, f.talkingPoints(), f.checkerVersion());
    }

    @Test
    void anOrdinaryAttemptReadsAsBefore() {
        Prompt prompt = pmDesign();
        Feedback f = withEvidence(feedback(prompt, 1, "marketing-fluff"), "marketing-fluff", "brand vision", "delight");
        String md = report(exported(prompt, "Our brand vision is delight.\n\nDevelopers will love it.", Optional.of(f),
                new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 2, "more figures next time")));
        assertThat(md).isEqualTo("""
                # Debrief practice history

                Exported 2026-03-02 09:00 UTC.

                ## Title of pm-sd-streaming

                `pm-sd-streaming` · PM · system-design · practice · submitted \s
                Started 2026-03-01 09:00 UTC, submitted 2026-03-01 09:10 UTC \s
                Time 9:00 of 15:00 (Design 9:00) · 9 words

                ### Question

                > Design the pm-sd-streaming feature.

                ### Answer

                > Our brand vision is delight.
                >
                > Developers will love it.

                ### Findings

                - **Flagged: Marketing fluff instead of technical depth** — It reads as a brochure. Evidence: “brand vision”, “delight”.
                - Not flagged: Ignoring the open-source context — Fine.
                - Not flagged: Overlooking the enterprise shift — Fine.
                - Not flagged: Playing the wrong role (functional fidelity) — Fine.
                - Does not apply: Jargon the executive cannot follow
                - Not flagged: Generic AI claims — Fine.
                - Not flagged: No figures — Fine.
                - Not flagged: Off topic — Fine.

                Talking points: 1 developed, 1 missing of 2

                - Developed: Latency budget
                - Missing: Cost per token

                _Checked by checker-test._

                ### Self-grades

                | Item | Score | Note |
                |---|---|---|
                | Marketing fluff instead of technical depth (mistake) | 2 | more figures next time |

                ---
                1 attempt.
                """);
    }

    @Test
    void markdownInTheUsersTextCannotBreakTheReportsLayout() {
        Prompt prompt = new Prompt("pm-sd-x", app.debrief.bank.Track.PM, "system-design", "Design *streaming* for <Acme> #", "Who pays $5/$10?",
                15, List.of(), List.of(), List.of(), List.of(), List.of(), "prompts/test.json");
        String answer = """
                # My plan
                1. Stream tokens
                - cache the prefix
                ---
                ```
                <!-- the rest would vanish
                | p95 | 300 ms |
                |---|---|
                    indented, not code""";
        Feedback f = withEvidence(feedback(prompt, 0, "marketing-fluff"), "marketing-fluff", "*magic*", "<delight>");
        String md = report(exported(prompt, answer, Optional.of(f), new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 2, "use | pipes\nand *stars*")));
        Node doc = parse(md);

        List<Heading> headings = descendants(doc).stream().filter(n -> n instanceof Heading).map(n -> (Heading) n).toList();
        assertThat(headings).extracting(h -> h.getLevel() + " " + text(h)).containsExactly(
                "1 Debrief practice history", "2 Design *streaming* for <Acme> #", "3 Question", "3 Answer", "3 Findings", "3 Self-grades");

        List<Node> quotes = children(doc).stream().filter(n -> n instanceof BlockQuote).toList();
        assertThat(quotes).hasSize(2);
        assertThat(text(quotes.get(0))).isEqualTo("Who pays $5/$10?");
        assertThat(text(quotes.get(1))).isEqualTo(answer.replace("    indented", "\u00A0".repeat(4) + "indented"));
        assertThat(descendants(quotes.get(1))).allSatisfy(n -> assertThat(MarkdownTextTest.PLAIN).contains(n.getClass()));

        assertThat(md).contains("Evidence: “\\*magic\\*”, “\\<delight\\>”.");
        List<TableBlock> tables = children(doc).stream().filter(n -> n instanceof TableBlock).map(n -> (TableBlock) n).toList();
        assertThat(tables).hasSize(1);
        List<Node> rows = descendants(tables.get(0)).stream().filter(n -> n instanceof TableRow).toList();
        assertThat(rows).hasSize(2);
        List<Node> cells = children(rows.get(1)).stream().filter(n -> n instanceof TableCell).toList();
        assertThat(cells).extracting(RenderedMarkdown::text)
                .containsExactly("Marketing fluff instead of technical depth (mistake)", "2", "use | pipes and *stars*");
        assertThat(md).endsWith("1 attempt.\n");
    }
}
