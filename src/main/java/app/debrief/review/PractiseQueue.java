package app.debrief.review;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import app.debrief.bank.PromptKind;
import app.debrief.bank.Track;
import app.debrief.rubric.Rubric;
import app.debrief.store.ProgressPoint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What to practise next, chosen from the candidate's own record. */
public final class PractiseQueue {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final List<Prompt> prompts;
    private final Map<String, ReviewState> reviews;
    private final LocalDate today;
    private final ZoneId zone;
    private final List<Suggestion> queue = new ArrayList<>();
    private final Set<String> chosen = new LinkedHashSet<>();

    private PractiseQueue(List<Prompt> prompts, Map<String, ReviewState> reviews, LocalDate today, ZoneId zone) {
        this.prompts = prompts;
        this.reviews = reviews;
        this.today = today;
        this.zone = zone;
    }

    /**
     * Up to {@code size} distinct prompts of the bank (optionally of one track, whose history alone
     * then counts), in this order:
     * <ol>
     * <li>prompts due for review by {@link Sm2} (answer quality by {@link AnswerQuality}), most
     * overdue first, then the weakest last answer;</li>
     * <li>for each mistake flagged in at least a third of the latest six answers it applied to
     * (most often flagged first), one prompt that tests it, never answered or longest unseen first;</li>
     * <li>prompts never answered, taking the kinds of prompt in turn;</li>
     * <li>prompts answered before, the longest unseen first.</li>
     * </ol>
     * Ties fall to the bank's order, so the same inputs always give the same queue. Each comes with
     * one sentence for the user, e.g. "Due for review: you scored 2/5 on 3 Nov; SM-2 brings it back
     * after 1 day." Dates are the user's ({@code zone}); the clock says what day it is.
     */
    public static List<Suggestion> build(PromptBank bank, List<ProgressPoint> history, Rubric rubric, Clock clock, ZoneId zone,
                                         Optional<Track> track, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("a queue cannot be shorter than empty: " + size);
        }
        List<ProgressPoint> mine = history.stream()
                .filter(p -> track.map(t -> p.track() == t).orElse(true))
                .sorted(Comparator.comparing(ProgressPoint::submittedAt).thenComparingLong(ProgressPoint::attemptId))
                .toList();
        Map<String, ReviewState> reviews = new HashMap<>();
        for (ProgressPoint p : mine) {
            int quality = AnswerQuality.of(p, rubric);
            reviews.merge(p.promptId(), Sm2.first(p.promptId(), quality, p.submittedAt(), zone),
                    (state, ignored) -> Sm2.next(state, quality, p.submittedAt(), zone));
        }
        List<Prompt> prompts = track.map(bank::forTrack).orElseGet(bank::all);
        PractiseQueue q = new PractiseQueue(prompts, reviews, LocalDate.ofInstant(clock.instant(), zone), zone);
        q.dueForReview(size);
        q.weakSpots(WeakSpot.in(mine, rubric), size);
        q.notYetPractised(bank, size);
        q.longestUnseen(size);
        return List.copyOf(q.queue);
    }

    private void dueForReview(int size) {
        prompts.stream()
                .filter(p -> review(p).filter(r -> !r.due().isAfter(today)).isPresent())
                .sorted(Comparator.comparing((Prompt p) -> review(p).orElseThrow().due())
                        .thenComparingInt(p -> review(p).orElseThrow().lastQuality()))
                .forEach(p -> {
                    ReviewState r = review(p).orElseThrow();
                    add(p, Reason.DUE_REVIEW, "Due for review: you scored " + r.lastQuality() + "/5 on " + day(r.lastAt())
                            + "; SM-2 brings it back after " + days(r.intervalDays()) + ".", size);
                });
    }

    private void weakSpots(List<WeakSpot> spots, int size) {
        for (WeakSpot spot : spots) {
            prompts.stream()
                    .filter(p -> !chosen.contains(p.id()))
                    .filter(p -> spot.mistake().checkFor(p.track(), Optional.of(p.kind())).isPresent())
                    .min(Comparator.comparing((Prompt p) -> review(p).map(ReviewState::lastAt).orElse(Instant.MIN)))
                    .ifPresent(p -> add(p, Reason.WEAK_SPOT, spot.explanation(), size));
        }
    }

    private void notYetPractised(PromptBank bank, int size) {
        // The first new prompt of each kind, then the second of each…: a mix, not one kind at a time.
        Map<String, Integer> seenOfKind = new LinkedHashMap<>();
        Map<Prompt, Integer> turn = new LinkedHashMap<>();
        prompts.stream().filter(p -> review(p).isEmpty())
                .forEach(p -> turn.put(p, seenOfKind.merge(p.kind(), 1, Integer::sum)));
        turn.keySet().stream()
                .sorted(Comparator.comparingInt(turn::get))
                .forEach(p -> add(p, Reason.NOT_YET_PRACTISED, "You have not practised this prompt yet ("
                        + bank.kind(p.kind()).map(PromptKind::label).orElse(p.kind()) + ").", size));
    }

    private void longestUnseen(int size) {
        prompts.stream()
                .filter(p -> review(p).isPresent())
                .sorted(Comparator.comparing((Prompt p) -> review(p).orElseThrow().lastAt()))
                .forEach(p -> {
                    ReviewState r = review(p).orElseThrow();
                    long ago = ChronoUnit.DAYS.between(LocalDate.ofInstant(r.lastAt(), zone), today);
                    add(p, Reason.LONGEST_UNSEEN, "You last answered this on " + day(r.lastAt()) + " (" + ago(ago) + ") and scored "
                            + r.lastQuality() + "/5.", size);
                });
    }

    private void add(Prompt p, Reason reason, String explanation, int size) {
        if (queue.size() < size && chosen.add(p.id())) {
            queue.add(new Suggestion(p, reason, explanation, review(p).map(ReviewState::due)));
        }
    }

    private Optional<ReviewState> review(Prompt p) {
        return Optional.ofNullable(reviews.get(p.id()));
    }

    private String day(Instant at) {
        LocalDate date = LocalDate.ofInstant(at, zone);
        return (date.getYear() == today.getYear() ? DAY : DAY_OF_YEAR).format(date);
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    private static String ago(long days) {
        return days <= 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
    }
}
