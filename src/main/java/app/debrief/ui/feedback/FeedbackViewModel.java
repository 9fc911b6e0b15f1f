package app.debrief.ui.feedback;

import app.debrief.practice.ChosenFollowUp;
import app.debrief.review.ReferenceOutline;
import app.debrief.rubric.Feedback;
import app.debrief.rubric.Mistake;
import app.debrief.rubric.MistakeFinding;
import app.debrief.rubric.Rubric;
import app.debrief.rubric.TalkingPointFinding;
import app.debrief.store.Attempt;
import app.debrief.store.FollowUpAnswer;
import app.debrief.store.GradeItem;
import app.debrief.store.SelfGrade;
import app.debrief.text.Plural;
import app.debrief.practice.Durations;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.UiServices;
import app.debrief.ui.followup.FollowUpItem;
import app.debrief.ui.followup.FollowUpOffer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The debrief of one attempt: the checker's findings with their evidence, the talking points,
 * the time, and the candidate's own grade beside each finding, saved as it is given. Where the
 * grade and the checker disagree, it says so. Then the follow-ups asked after it (and, in practice
 * right after a hand-in, the one offered next) and the reference answer, part by part.
 */
public final class FeedbackViewModel {

    /** One mistake of the rubric as judged by the checker and by the candidate. */
    public final class Finding {
        private final Mistake mistake;
        private final MistakeFinding finding;
        private final int colour;
        private final IntegerProperty grade = new SimpleIntegerProperty(0);
        private final StringProperty note = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper disagreement = new ReadOnlyStringWrapper("");

        Finding(Mistake mistake, MistakeFinding finding, int colour) {
            this.mistake = mistake;
            this.finding = finding;
            this.colour = colour;
            grade.addListener((o, was, now) -> {
                disagreement.set(disagreement(now.intValue()));
                gradesChanged();
            });
            note.addListener((o, was, now) -> gradesChanged());
        }

        private String disagreement(int score) {
            if (score == 0 || !finding.applies()) {
                return "";
            }
            boolean avoided = score >= mistake.grade().avoidedFrom();
            if (finding.flagged() && avoided) {
                return "You rated this as avoided; the checker flagged it. Look at the highlighted words.";
            }
            if (!finding.flagged() && !avoided) {
                return "You were harder on yourself than the checker, which found no sign of it.";
            }
            return "";
        }

        public Mistake mistake() {
            return mistake;
        }

        public MistakeFinding finding() {
            return finding;
        }

        /** The highlight colour of this mistake, the same on every screen. */
        public int colour() {
            return colour;
        }

        public IntegerProperty gradeProperty() {
            return grade;
        }

        public StringProperty noteProperty() {
            return note;
        }

        public ReadOnlyStringProperty disagreementProperty() {
            return disagreement.getReadOnlyProperty();
        }
    }

    /** A talking point with the candidate's grade of it. */
    public final class Point {
        private final TalkingPointFinding finding;
        private final IntegerProperty grade = new SimpleIntegerProperty(-1);

        Point(TalkingPointFinding finding) {
            this.finding = finding;
            grade.addListener((o, was, now) -> gradesChanged());
        }

        public TalkingPointFinding finding() {
            return finding;
        }

        /** -1 when not graded yet, else a score of the rubric's talking-point scale. */
        public IntegerProperty gradeProperty() {
            return grade;
        }
    }

    private final UiServices services;
    private final Navigator navigator;
    private final long attemptId;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Attempt> attempt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gradeStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();
    private final ObservableList<FollowUpItem> followUps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReferenceOutline> reference = new ReadOnlyObjectWrapper<>();
    private final FollowUpOffer offer;
    private final boolean justHandedIn;
    private final ReadOnlyBooleanWrapper focusFollowUps = new ReadOnlyBooleanWrapper(false);
    private boolean restoring;

    public FeedbackViewModel(UiServices services, Navigator navigator, long attemptId) {
        this(services, navigator, attemptId, Optional.empty(), false);
    }

    /**
     * {@code justHandedIn}: the debrief right after a hand-in, which after a follow-up opens on the
     * follow-ups; {@code offer}, in practice, the follow-up the interviewer offers next.
     */
    public FeedbackViewModel(UiServices services, Navigator navigator, long attemptId, Optional<ChosenFollowUp> offer, boolean justHandedIn) {
        this.services = services;
        this.navigator = navigator;
        this.attemptId = attemptId;
        this.offer = new FollowUpOffer(services, navigator, attemptId, offer);
        this.justHandedIn = justHandedIn;
    }

    private record Loaded(Attempt attempt, Feedback feedback, List<SelfGrade> grades, List<FollowUpAnswer> followUps,
                          ReferenceOutline reference) {
    }

    /** Reads the attempt (the one a follow-up follows up, if asked for a follow-up's answer) with its follow-ups. */
    public void load() {
        services.executor().run(() -> {
            long id = services.store().followUps().asked(attemptId).map(FollowUpAnswer::mainId).orElse(attemptId);
            Attempt a = services.store().attempt(id).orElseThrow(() -> new IllegalStateException("attempt " + id + " is gone"));
            Feedback f = services.store().feedback(id).orElseThrow(() -> new IllegalStateException("attempt " + id + " has no feedback"));
            List<FollowUpAnswer> asked = services.store().followUps().of(id);
            ReferenceOutline outline = ReferenceOutline.of(a.prompt(), services.bank().byId(a.prompt().id())
                    .filter(p -> p.track() == a.track() && p.kind().equals(a.prompt().kind())), f,
                    asked.stream().flatMap(x -> x.feedback().stream()).toList());
            return new Loaded(a, f, services.store().grades(id), asked, outline);
        }, this::show, e -> error.set("This attempt could not be read: " + e.getMessage()));
    }

    private void show(Loaded data) {
        restoring = true;
        Rubric rubric = services.rubric();
        List<Finding> list = new ArrayList<>();
        for (MistakeFinding f : data.feedback().mistakes()) {
            int index = indexOf(rubric, f.id());
            Optional<Mistake> mistake = rubric.mistake(f.id());
            if (mistake.isEmpty()) {
                continue; // a mistake the rubric has since dropped: its stored finding is kept, not shown
            }
            list.add(new Finding(mistake.get(), f, index));
        }
        // Flagged first, then clear, then those that do not apply; rubric order within each.
        list.sort(Comparator.comparingInt((Finding x) -> !x.finding.applies() ? 2 : x.finding.flagged() ? 0 : 1)
                .thenComparingInt(x -> x.colour));
        Map<String, SelfGrade> grades = data.grades().stream()
                .collect(Collectors.toMap(g -> g.item() + "/" + g.itemId(), Function.identity(), (x, y) -> y));
        for (Finding f : list) {
            SelfGrade g = grades.get(GradeItem.MISTAKE + "/" + f.mistake.id());
            if (g != null) {
                f.grade.set(g.score());
                f.note.set(g.note());
            }
        }
        List<Point> pts = new ArrayList<>();
        for (TalkingPointFinding t : data.feedback().talkingPoints()) {
            Point p = new Point(t);
            SelfGrade g = grades.get(GradeItem.TALKING_POINT + "/" + t.id());
            if (g != null) {
                p.grade.set(g.score());
            }
            pts.add(p);
        }
        findings.setAll(list);
        points.setAll(pts);
        followUps.setAll(FollowUpItem.of(data.followUps()));
        reference.set(data.reference());
        focusFollowUps.set(justHandedIn && !data.followUps().isEmpty());
        attempt.set(data.attempt());
        summary.set(summaryOf(data.attempt(), data.feedback()));
        loaded.set(true);
        restoring = false;
    }

    private static int indexOf(Rubric rubric, String id) {
        for (int i = 0; i < rubric.mistakes().size(); i++) {
            if (rubric.mistakes().get(i).id().equals(id)) {
                return i;
            }
        }
        return rubric.mistakes().size();
    }

    private static String summaryOf(Attempt a, Feedback f) {
        long applicable = f.mistakes().stream().filter(MistakeFinding::applies).count();
        long flagged = f.flagged().size();
        long developed = f.talkingPoints().stream().filter(TalkingPointFinding::covered).count();
        long touched = f.talkingPoints().stream().filter(t -> t.level() == app.debrief.rubric.points.Level.TOUCHED).count();
        double minutes = a.elapsedMillis() / 60_000.0;
        double perMinute = minutes < 0.05 ? 0 : f.words() / minutes;
        String wpm = perMinute >= 10 ? String.valueOf(Math.round(perMinute)) : String.format(Locale.ROOT, "%.1f", perMinute);
        long over = a.elapsedMillis() - a.budgetSeconds() * 1000L;
        return flagged + " of " + Plural.of(applicable, "mistake") + " flagged"
                + (f.talkingPoints().isEmpty() ? "" : " \u00b7 " + developed + " of " + Plural.of(f.talkingPoints().size(), "talking point")
                + " developed" + (touched > 0 ? ", " + touched + " touched" : ""))
                + " \u00b7 " + Durations.clock(a.elapsedMillis()) + " of " + Durations.clock(a.budgetSeconds() * 1000L)
                + (over >= 1000 ? " (" + Durations.clock(over) + " over)" : "")
                + " \u00b7 " + Plural.of(f.words(), "word") + " \u00b7 " + wpm + " words a minute";
    }

    private void gradesChanged() {
        if (restoring) {
            return;
        }
        List<SelfGrade> grades = new ArrayList<>();
        for (Finding f : findings) {
            if (f.grade.get() > 0 || !f.note.get().isBlank()) {
                grades.add(new SelfGrade(GradeItem.MISTAKE, f.mistake.id(), f.grade.get(), f.note.get()));
            }
        }
        for (Point p : points) {
            if (p.grade.get() >= 0) {
                grades.add(new SelfGrade(GradeItem.TALKING_POINT, p.finding.id(), p.grade.get(), ""));
            }
        }
        gradeStatus.set("Saving\u2026");
        long id = attempt.get().id();
        services.executor().run(() -> {
            services.store().saveGrades(id, grades);
            return grades.size();
        }, n -> gradeStatus.set(n == 0 ? "" : "Your grades are saved"), e -> gradeStatus.set("Grades not saved: " + e.getMessage()));
    }

    /** How many applicable mistakes the candidate has graded, e.g. "2 of 4 graded". */
    public String gradedCount() {
        long applicable = findings.stream().filter(f -> f.finding.applies()).count();
        long graded = findings.stream().filter(f -> f.finding.applies() && f.grade.get() > 0).count();
        return String.format(Locale.ROOT, "%d of %d graded", graded, applicable);
    }

    public void home() {
        navigator.home();
    }

    public void again() {
        Attempt a = attempt.get();
        if (a != null) {
            navigator.pick(a.track());
        }
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<Point> points() {
        return points;
    }

    public ReadOnlyObjectProperty<Attempt> attemptProperty() {
        return attempt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gradeStatusProperty() {
        return gradeStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    public Rubric rubric() {
        return services.rubric();
    }

    /** The follow-ups asked after this attempt, in order. */
    public ObservableList<FollowUpItem> followUps() {
        return followUps;
    }

    /** The reference answer, part by part with the levels this answer reached; null until loaded. */
    public ReadOnlyObjectProperty<ReferenceOutline> referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    /** The follow-up offered next, in practice right after a hand-in. */
    public FollowUpOffer offer() {
        return offer;
    }

    /** True when the debrief should open on the follow-ups: one was just answered. */
    public ReadOnlyBooleanProperty focusFollowUpsProperty() {
        return focusFollowUps.getReadOnlyProperty();
    }
}
