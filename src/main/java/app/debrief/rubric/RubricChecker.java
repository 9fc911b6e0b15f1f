package app.debrief.rubric;

import app.debrief.bank.Prompt;
import app.debrief.bank.TalkingPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an answer against the rubric: for each documented mistake, whether it applies to the
 * prompt's track and kind, whether it is made, why, and the words that show it; for each of the
 * prompt's talking points, whether it is covered. Deterministic, offline, and safe to share
 * between threads.
 */
public final class RubricChecker {

    /** Bumped when the checker's logic changes, so stored feedback says which checker wrote it. */
    static final int LOGIC_VERSION = 1;

    private final Rubric rubric;
    private final AnalysedAnswer.Signals signals;
    private final RuleEvaluator evaluator;
    private final Map<Prompt, List<Lexicon>> cuesByPrompt = new ConcurrentHashMap<>();

    public RubricChecker(Rubric rubric) {
        this.rubric = rubric;
        this.signals = new AnalysedAnswer.Signals(rubric);
        this.evaluator = new RuleEvaluator(rubric);
    }

    public Rubric rubric() {
        return rubric;
    }

    public String version() {
        return "checker-" + LOGIC_VERSION + "+rubric-" + rubric.version();
    }

    public Feedback check(String answer, CheckContext context) {
        AnalysedAnswer analysed = new AnalysedAnswer(answer, signals);
        CodePoints offsets = new CodePoints(answer);
        List<Lexicon> cues = context.prompt().map(this::cues).orElse(List.of());
        List<MistakeFinding> mistakes = new ArrayList<>();
        for (Mistake mistake : rubric.mistakes()) {
            Optional<Mistake.Check> check = mistake.checkFor(context.track(), context.kind());
            if (check.isEmpty()) {
                String what = context.track() + context.kind().map(k -> " " + k).orElse("");
                mistakes.add(new MistakeFinding(mistake.id(), mistake.title(), false, false,
                        "Does not apply to " + what + " answers.", "", Optional.empty(), List.of(), List.of()));
                continue;
            }
            Rule rule = check.get().rule();
            Verdict verdict = evaluator.evaluate(rule, analysed, context, cues);
            String why = Verdict.fill(rule.messages().get(verdict.outcome()), verdict.values());
            mistakes.add(new MistakeFinding(mistake.id(), mistake.title(), true, verdict.flagged(), why,
                    rule.type() + ":" + verdict.outcome(), verdict.missing(),
                    offsets.evidence(verdict.evidence()), offsets.evidence(verdict.support())));
        }
        List<TalkingPointFinding> points = new ArrayList<>();
        if (context.prompt().isPresent()) {
            List<TalkingPoint> tps = context.prompt().get().talkingPoints();
            for (int i = 0; i < tps.size(); i++) {
                List<Hit> found = cues.get(i).find(analysed).stream().filter(Hit::plain).toList();
                points.add(new TalkingPointFinding(tps.get(i).id(), tps.get(i).label(), !found.isEmpty(), offsets.evidence(found)));
            }
        }
        return new Feedback(context.track(), context.prompt().map(Prompt::id), context.kind(), analysed.words,
                mistakes, points, version());
    }

    private List<Lexicon> cues(Prompt prompt) {
        return cuesByPrompt.computeIfAbsent(prompt, key ->
                prompt.talkingPoints().stream()
                        .map(tp -> new Lexicon(new Rubric.LexiconSpec("talking-point:" + tp.id(), tp.label(),
                                "cues of a talking point", true, false, tp.cues(), List.of(), List.of())))
                        .toList());
    }
}
