package app.debrief.loop;

import app.debrief.rubric.Mistake;
import app.debrief.rubric.Rubric;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.rubric.points.Level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hiring committee: applies the rubric's committee rules to a loop's handed-in rounds. The
 * lean starts at Strong hire and each rule that holds caps it; the lowest cap wins.
 */
public final class Committee {

    private final CommitteeRules rules;
    private final Rubric rubric;

    public Committee(CommitteeRules rules, Rubric rubric) {
        this.rules = rules;
        this.rubric = rubric;
    }

    public CommitteeView judge(List<RoundResult> rounds) {
        List<CommitteeView.Reason> reasons = reasons(rounds);
        Lean lean = lean(reasons);
        List<CommitteeView.RoundLean> leans = rounds.stream().map(r -> {
            List<CommitteeView.Reason> own = reasons(List.of(r));
            return new CommitteeView.RoundLean(r.number(), lean(own), own.stream().map(CommitteeView.Reason::ruleId).toList());
        }).toList();
        Comparator<RoundResult> strength = Comparator
                .comparing((RoundResult r) -> leanOf(leans, r.number()))
                .thenComparingDouble(RoundResult::developedShare)
                .thenComparing(r -> -r.flagged().size())
                .thenComparing(r -> -r.number());
        Optional<Integer> strongest = rounds.stream().max(strength).map(RoundResult::number);
        Optional<Integer> weakest = rounds.stream().min(strength).map(RoundResult::number);
        List<RoundResult> weakestFirst = rounds.stream().sorted(strength).toList();
        return new CommitteeView(lean, reasons, leans, strongest, weakest, fixes(rounds, reasons, weakestFirst),
                disagreements(rounds, leans));
    }

    private static Lean leanOf(List<CommitteeView.RoundLean> leans, int round) {
        return leans.stream().filter(l -> l.round() == round).findFirst().map(CommitteeView.RoundLean::lean).orElse(Lean.STRONG_HIRE);
    }

    private static Lean lean(List<CommitteeView.Reason> reasons) {
        return reasons.stream().map(CommitteeView.Reason::cap).reduce(Lean.STRONG_HIRE, Lean::min);
    }

    /** Every rule that holds, the lowest cap first (the rubric's order among equals). */
    private List<CommitteeView.Reason> reasons(List<RoundResult> rounds) {
        List<CommitteeView.Reason> held = new ArrayList<>();
        for (CommitteeRule rule : rules.rules()) {
            if (rule.aboutMistakes()) {
                List<Integer> flagged = rounds.stream().filter(r -> rule.mistakes().stream().anyMatch(r::flagged))
                        .map(RoundResult::number).toList();
                if (!flagged.isEmpty() && flagged.size() >= rule.inRounds()) {
                    held.add(new CommitteeView.Reason(rule.id(), rule.cap(), rule.reason().replace("{rounds}", roundNames(flagged)), flagged));
                }
            } else {
                int points = rounds.stream().mapToInt(RoundResult::points).sum();
                long developed = rounds.stream().mapToLong(RoundResult::developed).sum();
                if (points > 0 && (double) developed / points < rule.developedBelow().orElseThrow()) {
                    held.add(new CommitteeView.Reason(rule.id(), rule.cap(), rule.reason().replace("{developed}", String.valueOf(developed))
                            .replace("{points}", String.valueOf(points)), List.of()));
                }
            }
        }
        held.sort(Comparator.comparing(CommitteeView.Reason::cap));
        // A rule about the same thing as a stricter one that held says it again more mildly
        // ("missing in rounds 1 and 2: at most No hire", then "missing: at most Hire"): only the stricter is a reason.
        Set<String> said = new java.util.HashSet<>();
        return held.stream().filter(r -> said.add(subject(r.ruleId()))).toList();
    }

    /** What a rule judges: its mistakes, or the talking points. */
    private String subject(String ruleId) {
        CommitteeRule rule = rules.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        return rule.aboutMistakes() ? String.join(" ", new java.util.TreeSet<>(rule.mistakes())) : "talking points";
    }

    /** "round 2", "rounds 1 and 3", "rounds 1, 2 and 4". */
    static String roundNames(List<Integer> rounds) {
        if (rounds.size() == 1) {
            return "round " + rounds.get(0);
        }
        String all = rounds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return "rounds " + all.substring(0, last) + " and " + all.substring(last + 2);
    }

    /**
     * The mistakes behind the held rules, the lowest cap and the most rounds first; then the talking
     * points the weakest rounds left undeveloped (missing before touched); at most {@code fixFirst}.
     */
    private List<CommitteeView.Fix> fixes(List<RoundResult> rounds, List<CommitteeView.Reason> reasons, List<RoundResult> weakestFirst) {
        List<CommitteeView.Fix> fixes = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (CommitteeView.Reason reason : reasons) {
            CommitteeRule rule = rules.rules().stream().filter(r -> r.id().equals(reason.ruleId())).findFirst().orElseThrow();
            record Flagged(String mistake, List<Integer> in) {
            }
            rule.mistakes().stream()
                    .map(id -> new Flagged(id, rounds.stream().filter(r -> r.flagged(id)).map(RoundResult::number).toList()))
                    .filter(m -> !m.in().isEmpty() && !named.contains(m.mistake()))
                    .sorted(Comparator.comparing(m -> -m.in().size()))
                    .forEach(m -> {
                        named.add(m.mistake());
                        Optional<Mistake> mistake = rubric.mistake(m.mistake());
                        fixes.add(new CommitteeView.Fix(mistake.map(Mistake::title).orElse(m.mistake()),
                                "Flagged in " + roundNames(m.in()) + ". What good looks like: " + mistake.map(Mistake::good).orElse(""),
                                Optional.of(m.mistake()), Optional.empty(), m.in()));
                    });
        }
        for (Level level : new Level[]{Level.MISSING, Level.TOUCHED}) {
            for (RoundResult r : weakestFirst) {
                for (TalkingPointFinding t : r.feedback().talkingPoints()) {
                    if (t.level() == level) {
                        fixes.add(new CommitteeView.Fix("Argue: " + t.label(), "Round " + r.number() + " (" + r.kindLabel() + "): "
                                + (level == Level.MISSING ? "missing from the answer."
                                : "touched, not argued" + t.gap().map(g -> ": " + g).orElse("") + "."),
                                Optional.empty(), Optional.of(r.prompt().kind()), List.of(r.number())));
                    }
                }
            }
        }
        return fixes.stream().limit(rules.fixFirst()).toList();
    }

    private static List<CommitteeView.Disagreement> disagreements(List<RoundResult> rounds, List<CommitteeView.RoundLean> leans) {
        List<CommitteeView.Disagreement> out = new ArrayList<>();
        for (RoundResult r : rounds) {
            if (r.selfGrade().isEmpty()) {
                continue;
            }
            Lean self = r.selfGrade().get();
            Lean byRules = leanOf(leans, r.number());
            if (self != byRules) {
                String direction = self.compareTo(byRules) > 0 ? "You were kinder to yourself than the rules"
                        : "You were harder on yourself than the rules";
                out.add(new CommitteeView.Disagreement(r.number(), self, byRules, String.format(Locale.ROOT,
                        "Round %d (%s): you said %s; the rules say %s. %s.", r.number(), r.kindLabel(), self.label(), byRules.label(),
                        direction)));
            }
        }
        return out;
    }
}
