package app.debrief.rubric;

import app.debrief.bank.Prompt;
import app.debrief.bank.TalkingPoint;
import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.Lexicon;
import app.debrief.rubric.analysis.LexiconSpec;
import app.debrief.rubric.analysis.QuestionFigures;
import app.debrief.rubric.analysis.Vocabulary;
import app.debrief.rubric.points.PointGrade;
import app.debrief.rubric.points.TalkingPointGrader;
import app.debrief.rubric.rules.AskedTerms;
import app.debrief.rubric.rules.Rule;
import app.debrief.rubric.rules.RuleContext;
import app.debrief.rubric.rules.RuleEvaluator;
import app.debrief.rubric.rules.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks an answer against the rubric, as a pipeline of passes: the answer is cut into sentences,
 * segments and clauses ({@code analysis.AnswerText}), each lexicon's terms are found and given a
 * stance ({@code analysis.StanceMarker}), the rules weigh those claims ({@code rules}), and the
 * talking points are graded missing, touched or developed ({@code points}). Deterministic,
 * offline, and safe to share between threads.
 */
public final class RubricChecker {

    /** Bumped when the checker's logic changes, so stored feedback says which checker wrote it. */
    static final int LOGIC_VERSION = 11;

    private final Rubric rubric;
    private final Vocabulary vocabulary;
    private final RuleEvaluator evaluator;
    private final TalkingPointGrader points;
    private final Map<Prompt, Optional<Lexicon>> warned = new ConcurrentHashMap<>();
    private final Map<Prompt, AskedTerms> asked = new ConcurrentHashMap<>();

    public RubricChecker(Rubric rubric) {
        this.rubric = rubric;
        this.vocabulary = new Vocabulary(rubric.stance(), rubric.lexicons());
        this.evaluator = new RuleEvaluator(vocabulary);
        this.points = new TalkingPointGrader(rubric.talkingPoints());
    }

    public Rubric rubric() {
        return rubric;
    }

    public String version() {
        return "checker-" + LOGIC_VERSION + "+rubric-" + rubric.version();
    }

    public Feedback check(String answer, CheckContext context) {
        AnalysedAnswer analysed = vocabulary.analyse(answer, Words.count(answer));
        CodePoints offsets = new CodePoints(answer);
        List<Lexicon> promptTerms = context.prompt().map(p -> points.concepts(p).stream().flatMap(List::stream).toList()).orElse(List.of());
        RuleContext ruleContext = new RuleContext(context.kind(), promptTerms, context.prompt().flatMap(this::warnedTerms),
                context.prompt().map(p -> new QuestionFigures(p.question())).orElse(QuestionFigures.NONE), rubric.talkingPoints().substance(),
                context.prompt().map(this::askedTerms));
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
            Verdict verdict = evaluator.evaluate(rule, analysed, ruleContext);
            String why = Verdict.fill(rule.messages().get(verdict.outcome()), verdict.values());
            mistakes.add(new MistakeFinding(mistake.id(), mistake.title(), true, verdict.flagged(), why,
                    rule.type() + ":" + verdict.outcome(), verdict.missing(),
                    offsets.evidence(verdict.evidence()), offsets.evidence(verdict.support())));
        }
        List<TalkingPointFinding> found = new ArrayList<>();
        if (context.prompt().isPresent()) {
            for (PointGrade g : points.grade(analysed, context.prompt().get())) {
                found.add(new TalkingPointFinding(g.id(), g.label(), g.level(), offsets.evidence(g.evidence()),
                        offsets.evidence(g.substance()), g.gap()));
            }
        }
        return new Feedback(context.track(), context.prompt().map(Prompt::id), context.kind(), analysed.words(),
                mistakes, found, version());
    }

    /** The terms the prompt's question and talking points use (once per prompt): what an answer may say because it was asked. */
    private AskedTerms askedTerms(Prompt prompt) {
        return asked.computeIfAbsent(prompt, p -> {
            String text = p.question() + "\n\n" + p.talkingPoints().stream().map(TalkingPoint::label).collect(Collectors.joining("\n"));
            return AskedTerms.of(vocabulary.analyse(text, Words.count(text)), rubric.lexicons().keySet());
        });
    }

    /** The words a prompt warns against, as a lexicon (once per prompt). */
    private Optional<Lexicon> warnedTerms(Prompt prompt) {
        return warned.computeIfAbsent(prompt, p -> p.warnedTerms().isEmpty() ? Optional.empty()
                : Optional.of(new Lexicon(new LexiconSpec("warned:" + p.id(), "the words the question warns against",
                "words the question warns against", true, false, false, false, p.warnedTerms(), List.of(), List.of()))));
    }
}
