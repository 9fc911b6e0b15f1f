package app.debrief.rubric.points;

import app.debrief.bank.Concept;
import app.debrief.bank.Prompt;
import app.debrief.bank.TalkingPoint;
import app.debrief.bank.Track;
import app.debrief.rubric.analysis.AnalysedAnswer;
import app.debrief.rubric.analysis.Lexicon;
import app.debrief.rubric.analysis.QuestionFigures;
import app.debrief.rubric.analysis.LexiconSpec;
import app.debrief.rubric.analysis.Stance;
import app.debrief.rubric.analysis.Substance;
import app.debrief.rubric.analysis.TermHit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The talking-point pass. A point is <b>touched</b> when a term of one of its concepts names it,
 * and <b>developed</b> when substance stands beside such a term, in its sentence or the next: a
 * figure with a unit that the question did not give, or a reason or mechanism ("because", "which
 * cuts") followed by content. One word cannot serve two points: a span named by two points goes
 * to the one whose term is longer, and each piece of substance goes to the nearest point only, so
 * a list sentence that names five points with one "because" develops one of them.
 */
public final class TalkingPointGrader {

    /** Stances in which a term can carry the point's argument; the rest only name it. */
    private static final Set<Stance> ARGUED = EnumSet.of(Stance.ASSERTED, Stance.DESCRIBED, Stance.NEGATED, Stance.REJECTED,
            Stance.DEEMPHASISED, Stance.HYPOTHETICAL, Stance.ATTRIBUTED);

    /** A sentence that names this many points or more is a list line. */
    private static final int LIST_LINE = 3;

    private final PointWords words;
    private final Map<Prompt, List<List<Lexicon>>> concepts = new ConcurrentHashMap<>();

    public TalkingPointGrader(PointWords words) {
        this.words = words;
    }

    /** Each talking point's concepts as lexicons, compiled once per prompt (the relevance rule reads them too). */
    public List<List<Lexicon>> concepts(Prompt prompt) {
        return concepts.computeIfAbsent(prompt, p -> p.talkingPoints().stream()
                .map(tp -> tp.concepts().stream().map(c -> lexicon(tp, c)).toList())
                .toList());
    }

    private static Lexicon lexicon(TalkingPoint point, Concept concept) {
        return new Lexicon(new LexiconSpec("point:" + point.id(), concept.idea(), "a concept of a talking point",
                true, true, false, false, concept.terms(), List.of(), concept.except()));
    }

    public List<PointGrade> grade(AnalysedAnswer answer, Prompt prompt) {
        List<TalkingPoint> points = prompt.talkingPoints();
        List<List<TermHit>> hits = new ArrayList<>();
        for (List<Lexicon> lexicons : concepts(prompt)) {
            List<TermHit> found = new ArrayList<>();
            lexicons.forEach(l -> found.addAll(answer.hits(l)));
            found.sort(Comparator.comparingInt(TermHit::start));
            hits.add(found);
        }
        resolveSharedWords(hits);
        QuestionFigures given = new QuestionFigures(prompt.question());
        List<TermHit> figures = answer.hits(words.substance().figures());
        List<TermHit> substance = new ArrayList<>();
        boolean[] copiedNear = new boolean[points.size()];
        for (TermHit f : figures) {
            if (given.copied(f.text())) {
                int owner = nearest(f, hits);
                if (owner >= 0) {
                    copiedNear[owner] = true;
                }
            } else {
                substance.add(f);
            }
        }
        // a reason or an effect that ends in hype ("which gives total peace of mind") argues nothing
        substance.addAll(Substance.arguing(answer, words.substance(), words.hollowAfter()));
        List<List<TermHit>> owned = new ArrayList<>();
        points.forEach(p -> owned.add(new ArrayList<>()));
        int[] sectionOwner = sectionOwners(answer, hits);
        // a reason in a sentence that names three points or more is a list line: it argues none of them
        java.util.Map<Integer, Long> pointsPerSentence = new java.util.HashMap<>();
        for (List<TermHit> h : hits) {
            h.stream().map(TermHit::sentence).distinct().forEach(x -> pointsPerSentence.merge(x, 1L, Long::sum));
        }
        substance.removeIf(s -> !s.lexicon().equals(words.substance().figures()) && pointsPerSentence.getOrDefault(s.sentence(), 0L) >= LIST_LINE);
        if (prompt.track() == Track.PM) {
            // a campaign line's numbers and reasons ("a 30-second demo video", "a 4-week hackathon") argue the campaign, not a PM's point
            Set<Integer> campaign = new java.util.HashSet<>();
            answer.hits(words.pmCampaignWork()).forEach(h -> campaign.add(h.sentence()));
            substance.removeIf(s -> campaign.contains(s.sentence()));
        }
        for (TermHit s : substance) {
            int owner = nearest(s, hits);
            if (owner < 0) {
                owner = sectionOwner[s.sentence()];
            }
            if (owner >= 0) {
                owned.get(owner).add(s);
            }
        }
        List<PointGrade> grades = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            java.util.Set<Integer> span = new java.util.TreeSet<>();
            java.util.Set<Integer> prose = new java.util.TreeSet<>();
            hits.get(i).forEach(h -> span.add(h.sentence()));
            for (int t = 0; t < sectionOwner.length; t++) {
                if (sectionOwner[t] == i) {
                    span.add(t);
                }
            }
            span.stream().filter(t -> answer.text().isProse(t)).forEach(prose::add);
            final int point = i;
            long sectionProse = java.util.stream.IntStream.range(0, sectionOwner.length)
                    .filter(t -> sectionOwner[t] == point && answer.text().isProse(t)).count();
            grades.add(grade(points.get(i), hits.get(i), owned.get(i), copiedNear[i], span.size(), prose.size(), (int) sectionProse));
        }
        return grades;
    }

    /**
     * {@code span}: the sentences that name the point or stand in its section; {@code prose}: those of
     * them that read as sentences, not list fragments (a checklist of terms is not a discussion);
     * {@code sectionProse}: the prose sentences of the section its heading opens.
     */
    private PointGrade grade(TalkingPoint point, List<TermHit> hits, List<TermHit> substance, boolean copiedNear, int span, int prose,
                             int sectionProse) {
        if (hits.isEmpty()) {
            return new PointGrade(point.id(), point.label(), Level.MISSING, List.of(), List.of(), Optional.empty());
        }
        boolean argued = hits.stream().anyMatch(h -> ARGUED.contains(h.stance()));
        // a figure of its own or an effect argues at once; a reason argues a point that is discussed
        boolean onItsOwn = substance.stream().anyMatch(h -> h.lexicon().equals(words.substance().figures())
                || words.substance().effects().contains(h.lexicon()));
        // discussion alone develops a point only with several of its terms, not one word said again
        long terms = hits.stream().map(h -> h.text().toLowerCase(java.util.Locale.ROOT)).distinct().count();
        // a section of its own under a heading that names it is a discussion too, in whatever words
        boolean elaborated = prose >= words.elaborationSpan() && terms >= words.elaborationTerms()
                || sectionProse >= words.elaborationSpan();
        if (argued && (!substance.isEmpty() && (onItsOwn || span >= words.reasonSpan()) || elaborated)) {
            return new PointGrade(point.id(), point.label(), Level.DEVELOPED, hits, substance, Optional.empty());
        }
        return new PointGrade(point.id(), point.label(), Level.TOUCHED, hits, List.of(),
                Optional.of(words.gap(gap(hits, argued, copiedNear, !substance.isEmpty()))));
    }

    /** Which message says what a touched point lacks. */
    private static String gap(List<TermHit> hits, boolean argued, boolean copiedNear, boolean reasoned) {
        if (!argued) {
            Stance only = hits.get(0).stance();
            boolean same = hits.stream().allMatch(h -> h.stance() == only);
            return same ? "only-" + only.name().toLowerCase(java.util.Locale.ROOT) : "only-named";
        }
        // a reason beside a point said in one sentence is there, it is just not enough: do not tell the user it is missing
        return reasoned ? "reason-in-passing" : copiedNear ? "copied-figures" : "no-substance";
    }

    /**
     * The point whose hit is nearest to {@code s}, in its sentence or the one before, or -1. A
     * tie goes to the hit before it: substance follows what it supports.
     */
    private static int nearest(TermHit s, List<List<TermHit>> hits) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < hits.size(); i++) {
            for (TermHit h : hits.get(i)) {
                if (h.sentence() != s.sentence() && h.sentence() != s.sentence() - 1 || !ARGUED.contains(h.stance())) {
                    continue; // a point pushed off or only asked is not argued by the reason beside it
                }
                int distance = h.endToken() <= s.firstToken() ? s.firstToken() - h.endToken() : h.firstToken() - s.endToken() + 1;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                }
            }
        }
        return best;
    }

    /**
     * For each sentence, the point named by the heading of its section ("Quantify, honestly" over
     * the lines that do the sums), or -1: substance with no point near it belongs to its section.
     */
    private static int[] sectionOwners(AnalysedAnswer answer, List<List<TermHit>> hits) {
        int sentences = answer.text().sentences();
        int[] headingOwner = new int[sentences];
        java.util.Arrays.fill(headingOwner, -1);
        for (int i = 0; i < hits.size(); i++) {
            for (TermHit h : hits.get(i)) {
                if (headingOwner[h.sentence()] < 0 && answer.text().isHeading(h.sentence())) {
                    headingOwner[h.sentence()] = i;
                }
            }
        }
        int[] owner = new int[sentences];
        int current = -1;
        for (int s = 0; s < sentences; s++) {
            if (answer.text().isHeading(s)) {
                current = headingOwner[s];
            }
            owner[s] = current;
        }
        return owner;
    }

    /** A span named by two points goes to the point whose term is longer; on a tie, to the one named less elsewhere. */
    private static void resolveSharedWords(List<List<TermHit>> hits) {
        for (int i = 0; i < hits.size(); i++) {
            for (int j = i + 1; j < hits.size(); j++) {
                List<TermHit> a = hits.get(i);
                List<TermHit> b = hits.get(j);
                List<TermHit> dropA = new ArrayList<>();
                List<TermHit> dropB = new ArrayList<>();
                for (TermHit x : a) {
                    for (TermHit y : b) {
                        if (x.firstToken() < y.endToken() && y.firstToken() < x.endToken()) {
                            int lx = x.endToken() - x.firstToken();
                            int ly = y.endToken() - y.firstToken();
                            boolean keepX = lx != ly ? lx > ly : a.size() <= b.size();
                            (keepX ? dropB : dropA).add(keepX ? y : x);
                        }
                    }
                }
                a.removeAll(dropA);
                b.removeAll(dropB);
            }
        }
    }
}
