package app.debrief.loop;

import app.debrief.content.BundledContent;
import app.debrief.content.ContentProblem;
import app.debrief.content.FieldReader;
import app.debrief.content.LocatedJson;
import app.debrief.rubric.Rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code committee} section of {@code rubric.json}: the rules that turn a loop's findings
 * into the committee's lean. Every mistake a rule names must be one of the rubric's; problems are
 * located as {@code file:line:column}.
 */
public final class CommitteeReader {

    private static final Set<String> FIELDS = Set.of("why", "scale", "fixFirst", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "mistakes", "inRounds", "developedBelow", "cap", "reason");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final Rubric rubric;

    public CommitteeReader(Rubric rubric) {
        this.rubric = rubric;
    }

    /** The rules, or the problems that kept them from loading. */
    public record Outcome(Optional<CommitteeRules> rules, List<ContentProblem> problems) {
    }

    /** The bundled rubric's committee; a broken one is a build error, so this throws. */
    public static CommitteeRules bundled(Rubric rubric) {
        return bundled(rubric, BundledContent.rubricJson());
    }

    /** The same, from the bundled rubric already parsed ({@link BundledContent#rubricJson()}). */
    public static CommitteeRules bundled(Rubric rubric, LocatedJson json) {
        Outcome outcome = new CommitteeReader(rubric).read(json);
        return outcome.rules().orElseThrow(() -> new IllegalStateException("the bundled committee rules are invalid:\n"
                + ContentProblem.lines(outcome.problems())));
    }

    public Outcome read(String file, String text) {
        LocatedJson.Result parsed = LocatedJson.parse(file, text);
        if (parsed.problem().isPresent()) {
            return new Outcome(Optional.empty(), List.of(parsed.problem().get()));
        }
        return read(parsed.json().orElseThrow());
    }

    /** Reads the committee section of a rubric file already parsed. */
    public Outcome read(LocatedJson json) {
        FieldReader in = new FieldReader(json);
        String at = "/committee";
        if (in.node(at).isMissingNode()) {
            in.report("", "missing field 'committee' (the rules of a loop's debrief)");
            return new Outcome(Optional.empty(), in.problems());
        }
        if (!in.object(at, "the committee", FIELDS)) {
            return new Outcome(Optional.empty(), in.problems());
        }
        in.text(at, "why", true);
        List<String> scale = in.textList(at, "scale", true, 1);
        List<String> expected = Arrays.stream(Lean.values()).map(Lean::id).toList();
        if (!scale.isEmpty() && !scale.equals(expected)) {
            in.report(at + "/scale", "'scale' must be " + String.join(", ", expected) + ", lowest first");
        }
        int fixFirst = in.integer(at, "fixFirst", true, 1, 10).orElse(3);
        List<CommitteeRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String r : in.array(at, "rules", true, 1)) {
            rule(in, r, ids).ifPresent(rules::add);
        }
        if (in.hasProblems()) {
            return new Outcome(Optional.empty(), in.problems());
        }
        return new Outcome(Optional.of(new CommitteeRules(rules, fixFirst)), List.of());
    }

    private Optional<CommitteeRule> rule(FieldReader in, String at, Set<String> ids) {
        if (!in.object(at, "a committee rule", RULE_FIELDS)) {
            return Optional.empty();
        }
        int before = in.problems().size();
        Optional<String> id = in.id(at, "id");
        id.filter(i -> !ids.add(i)).ifPresent(i -> in.report(at + "/id", "rule id '" + i + "' is used twice"));
        boolean byMistakes = !in.node(at + "/mistakes").isMissingNode();
        boolean byPoints = !in.node(at + "/developedBelow").isMissingNode();
        List<String> mistakes = List.of();
        int inRounds = 0;
        Optional<Double> below = Optional.empty();
        if (byMistakes == byPoints) {
            in.report(at, "a rule holds on 'mistakes' (with 'inRounds') or on 'developedBelow', exactly one of them");
        } else if (byMistakes) {
            mistakes = in.textList(at, "mistakes", true, 1);
            List<String> pointers = in.array(at, "mistakes", false, 0);
            for (int i = 0; i < mistakes.size() && i < pointers.size(); i++) {
                if (rubric.mistake(mistakes.get(i)).isEmpty()) {
                    in.report(pointers.get(i), "no mistake '" + mistakes.get(i) + "' in the rubric");
                }
            }
            inRounds = in.integer(at, "inRounds", true, 1, LoopsReader.MAX_ROUNDS).orElse(0);
        } else {
            if (!in.node(at + "/inRounds").isMissingNode()) {
                in.report(at + "/inRounds", "'inRounds' goes with 'mistakes', not with 'developedBelow'");
            }
            below = in.number(at, "developedBelow", true, 0, 1);
        }
        Optional<Lean> cap = in.text(at, "cap", true).flatMap(c -> {
            Optional<Lean> lean = Lean.of(c);
            if (lean.isEmpty()) {
                in.report(at + "/cap", "'cap' must be one of the scale, found '" + c + "'");
            }
            return lean;
        });
        Optional<String> reason = in.text(at, "reason", true);
        if (reason.isPresent()) {
            Set<String> allowed = byMistakes ? Set.of("rounds") : Set.of("developed", "points");
            Matcher m = PLACEHOLDER.matcher(reason.get());
            while (m.find()) {
                if (!allowed.contains(m.group(1))) {
                    in.report(at + "/reason", "no placeholder {" + m.group(1) + "} in this rule's reason (it may use "
                            + String.join(", ", allowed.stream().sorted().map(x -> "{" + x + "}").toList()) + ")");
                }
            }
        }
        if (in.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CommitteeRule(id.orElseThrow(), mistakes, inRounds, below, cap.orElseThrow(), reason.orElseThrow()));
    }
}
