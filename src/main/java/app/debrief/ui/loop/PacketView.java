package app.debrief.ui.loop;

import app.debrief.loop.CommitteeView;
import app.debrief.loop.DebriefPacket;
import app.debrief.loop.Lean;
import app.debrief.loop.PacketExport;
import app.debrief.loop.RoundResult;
import app.debrief.practice.Durations;
import app.debrief.rubric.Evidence;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.text.Plural;
import app.debrief.ui.common.CentredPage;
import app.debrief.ui.followup.FollowUpCards;
import app.debrief.ui.followup.FollowUpItem;
import app.debrief.ui.common.Fit;
import app.debrief.ui.common.LevelTag;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.IconButton;
import app.debrief.ui.common.Screen;
import app.debrief.ui.common.TrackTag;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.util.Locale;

/** The debrief packet, read-only: the committee's view first, then each round's findings and its follow-up. */
final class PacketView implements Screen {

    private final PacketViewModel model;
    private final ScrollPane root;

    PacketView(PacketViewModel model) {
        this.model = model;
        DebriefPacket p = model.packet();
        VBox page = new VBox(22, header(p), committee(p), fixes(p), disagreements(p));
        for (RoundResult r : p.rounds()) {
            page.getChildren().add(round(r, p.committee()));
        }
        root = CentredPage.of(page, 1100, "loop-packet");
    }

    private Node header(DebriefPacket p) {
        Button back = IconButton.of(Icon.BACK, "packet-back", "Back to the history", model::history);
        Label title = Fit.wrapping(new Label("Debrief: " + p.sitting().title()));
        title.getStyleClass().add(Styles.TITLE_2);
        Button md = Fit.whole(new Button("Markdown", Icon.EXPORT.node()));
        md.setId("packet-export-md");
        md.setTooltip(new Tooltip("Save the packet as a Markdown file"));
        md.setOnAction(e -> export(PacketExport.Format.MARKDOWN));
        Button pdf = Fit.whole(new Button("PDF", Icon.PDF.node()));
        pdf.setId("packet-export-pdf");
        pdf.setTooltip(new Tooltip("Save the packet as a PDF to print or share"));
        pdf.setOnAction(e -> export(PacketExport.Format.PDF));
        HBox top = new HBox(12, back, Fit.whole(TrackTag.of(p.sitting().track())), title, md, pdf);
        top.setAlignment(Pos.CENTER_LEFT);
        Label status = Fit.wrapping(new Label());
        status.setId("packet-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return new VBox(8, top, status);
    }

    private Node committee(DebriefPacket p) {
        CommitteeView c = p.committee();
        Label heading = section("The committee's view", Icon.COMMITTEE);
        Label lean = Fit.whole(new Label(c.lean().label()));
        lean.setId("packet-lean");
        lean.getStyleClass().addAll("lean", "lean-" + c.lean().id());
        Label leanCaption = Fit.wrapping(new Label("Lean, by the rubric's committee rules over " + Plural.of(p.rounds().size(), "round")
                + (p.rounds().size() < p.sitting().rounds().size() ? " handed in of " + p.sitting().rounds().size() : "")));
        leanCaption.getStyleClass().add(Styles.TEXT_MUTED);
        HBox leanRow = new HBox(14, lean, leanCaption);
        leanRow.setAlignment(Pos.CENTER_LEFT);
        VBox reasons = new VBox(6);
        reasons.setId("packet-reasons");
        if (c.reasons().isEmpty()) {
            reasons.getChildren().add(Fit.wrapping(new Label("No rule held: every round was clean and most talking points were argued.")));
        }
        for (CommitteeView.Reason r : c.reasons()) {
            Label l = Fit.wrapping(new Label(r.text(), Icon.FLAGGED.node()));
            l.setId("reason-" + r.ruleId());
            Label cap = Fit.whole(new Label("at most " + r.cap().label()));
            cap.getStyleClass().addAll("tag", "lean-tag-" + r.cap().id());
            HBox row = new HBox(10, l, cap);
            row.setAlignment(Pos.TOP_LEFT);
            reasons.getChildren().add(row);
        }
        VBox box = new VBox(10, heading, leanRow, reasons);
        c.strongest().flatMap(p::round).ifPresent(r -> box.getChildren().add(roundLine("packet-strongest", "Strongest", r, c)));
        c.weakest().filter(w -> p.rounds().size() > 1).flatMap(p::round)
                .ifPresent(r -> box.getChildren().add(roundLine("packet-weakest", "Weakest", r, c)));
        box.getStyleClass().add("packet-section");
        return box;
    }

    private static Node roundLine(String id, String which, RoundResult r, CommitteeView c) {
        Label l = Fit.wrapping(new Label(which + ": round " + r.number() + ", " + r.kindLabel() + " (\u201c" + r.prompt().title()
                + "\u201d), " + c.round(r.number()).map(x -> x.lean().label()).orElse("") + " by the rules"));
        l.setId(id);
        return l;
    }

    private Node fixes(DebriefPacket p) {
        VBox list = new VBox(10);
        list.setId("packet-fixes");
        int n = 1;
        for (DebriefPacket.LinkedFix f : p.fixes()) {
            Label title = Fit.wrapping(new Label(n + ". " + f.fix().title()));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label detail = Fit.wrapping(new Label(f.fix().detail()));
            VBox text = new VBox(4, title, detail);
            f.practise().ifPresent(s -> {
                Label why = Fit.wrapping(new Label(app.debrief.loop.PacketDocument.practiseText(s)));
                why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                text.getChildren().add(why);
            });
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(12, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("suggestion");
            int number = n;
            f.practise().ifPresent(s -> {
                Button go = Fit.whole(new Button("Practise", Icon.START.node()));
                go.setId("fix-practise-" + number);
                go.getStyleClass().add(Styles.SMALL);
                go.setTooltip(new Tooltip("Open \u201c" + s.prompt().title() + "\u201d in the picker"));
                go.setOnAction(e -> model.practise(s));
                row.getChildren().add(go);
            });
            list.getChildren().add(row);
            n++;
        }
        if (p.fixes().isEmpty()) {
            list.getChildren().add(new Label("Nothing to fix: every mistake cleared and every talking point argued."));
        }
        VBox box = new VBox(10, section("Fix first", Icon.PRACTISE_NEXT), list);
        box.getStyleClass().add("packet-section");
        return box;
    }

    private Node disagreements(DebriefPacket p) {
        VBox list = new VBox(6);
        list.setId("packet-disagreements");
        for (CommitteeView.Disagreement d : p.committee().disagreements()) {
            Label l = Fit.wrapping(new Label(d.text(), Icon.GRADE.node()));
            l.getStyleClass().add("disagreement");
            list.getChildren().add(l);
        }
        if (list.getChildren().isEmpty()) {
            Label l = Fit.wrapping(new Label(p.rounds().stream().anyMatch(r -> r.selfGrade().isPresent())
                    ? "You and the rules agree on every round you graded." : "You did not grade the rounds."));
            l.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(l);
        }
        VBox box = new VBox(10, section("Your grades against the rules", Icon.GRADE), list);
        box.getStyleClass().add("packet-section");
        return box;
    }

    private Node round(RoundResult r, CommitteeView c) {
        Label title = Fit.wrapping(new Label("Round " + r.number() + ": " + r.kindLabel() + " \u00b7 " + r.prompt().title()));
        title.getStyleClass().add(Styles.TITLE_4);
        Lean rules = c.round(r.number()).map(CommitteeView.RoundLean::lean).orElse(Lean.STRONG_HIRE);
        Label meta = Fit.wrapping(new Label(Durations.clock(r.elapsedMillis()) + " of " + Durations.clock(r.prompt().budgetSeconds() * 1000L)
                + " \u00b7 " + Plural.of(r.words(), "word") + " \u00b7 the rules: " + rules.label()
                + r.selfGrade().map(g -> " \u00b7 you: " + g.label()).orElse("")));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        VBox mistakes = new VBox(8);
        for (MistakeFinding m : r.feedback().mistakes()) {
            if (m.applies()) {
                mistakes.getChildren().add(mistake(r, m));
            }
        }
        VBox points = new VBox(4);
        for (TalkingPointFinding t : r.feedback().talkingPoints()) {
            Label point = Fit.wrapping(new Label(t.level().title() + ": " + t.label() + t.gap().map(g -> " (" + g + ")").orElse(""),
                    LevelTag.icon(t.level()).node()));
            point.getStyleClass().add("point-level-" + t.level().id());
            points.getChildren().add(point);
        }
        Label pointsTitle = new Label("Talking points: " + r.developed() + " of " + r.points() + " developed");
        pointsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(10, title, meta, mistakes, pointsTitle, points);
        if (!r.followUps().isEmpty()) {
            box.getChildren().add(FollowUpCards.of(FollowUpItem.of(r.followUps()), "round-" + r.number() + "-follow-up", ""));
        }
        box.setId("packet-round-" + r.number());
        box.getStyleClass().add("packet-round");
        return box;
    }

    private static Node mistake(RoundResult r, MistakeFinding m) {
        Label verdict = Fit.whole(new Label(m.flagged() ? "Flagged" : "Clear", (m.flagged() ? Icon.FLAGGED : Icon.CLEAR).node()));
        verdict.setId("round-" + r.number() + "-verdict-" + m.id());
        verdict.getStyleClass().add(m.flagged() ? Styles.DANGER : Styles.SUCCESS);
        Label title = Fit.wrapping(new Label(m.title()));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        HBox head = new HBox(10, verdict, title);
        head.setAlignment(Pos.CENTER_LEFT);
        Label why = Fit.wrapping(new Label(m.why()));
        VBox box = new VBox(4, head, why);
        if (m.flagged() && !m.evidence().isEmpty()) {
            Label evidence = Fit.wrapping(new Label("Evidence: " + m.evidence().stream().limit(8)
                    .map(e -> "\u201c" + e.text().replaceAll("\\s+", " ") + "\u201d" + e.stance().map(x -> " (" + x + ")").orElse(""))
                    .collect(java.util.stream.Collectors.joining(", ")) + (m.evidence().size() > 8 ? " and " + (m.evidence().size() - 8) + " more" : "")));
            evidence.getStyleClass().addAll(Styles.TEXT_MUTED, "packet-evidence");
            box.getChildren().add(evidence);
        }
        return box;
    }

    private static Label section(String text, Icon icon) {
        Label l = new Label(text, icon.node());
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private void export(PacketExport.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the debrief packet");
        chooser.setInitialFileName(model.suggestedName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name().toLowerCase(Locale.ROOT), "*." + format.extension()));
        var file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath());
        }
    }

    @Override
    public Node node() {
        return root;
    }
}
