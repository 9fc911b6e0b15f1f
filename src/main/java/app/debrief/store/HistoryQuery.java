package app.debrief.store;

import app.debrief.bank.Track;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which attempts the history shows and how: filters (each optional), an order, and a page.
 * {@code from} is inclusive and {@code to} exclusive, both on the start time; an empty
 * {@code statuses} means every status. Soft-deleted attempts never show.
 */
public record HistoryQuery(Optional<Track> track, Optional<String> kind, Optional<String> promptId,
                           Optional<Instant> from, Optional<Instant> to, Set<AttemptStatus> statuses,
                           HistorySort sort, int offset, int limit) {

    /** A page is at most this long, so no screen loads the whole history at once. */
    public static final int MAX_LIMIT = 1_000;

    public HistoryQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    /** Every attempt, newest first, the first {@code limit} of them. */
    public static HistoryQuery newest(int limit) {
        return new HistoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), HistorySort.NEWEST, 0, limit);
    }

    public HistoryQuery withTrack(Track value) {
        return new HistoryQuery(Optional.of(value), kind, promptId, from, to, statuses, sort, offset, limit);
    }

    public HistoryQuery withKind(String value) {
        return new HistoryQuery(track, Optional.of(value), promptId, from, to, statuses, sort, offset, limit);
    }

    public HistoryQuery withPrompt(String id) {
        return new HistoryQuery(track, kind, Optional.of(id), from, to, statuses, sort, offset, limit);
    }

    /** Attempts started in {@code [fromInclusive, toExclusive)}. */
    public HistoryQuery between(Instant fromInclusive, Instant toExclusive) {
        return new HistoryQuery(track, kind, promptId, Optional.of(fromInclusive), Optional.of(toExclusive), statuses, sort, offset, limit);
    }

    public HistoryQuery withStatuses(AttemptStatus first, AttemptStatus... more) {
        return new HistoryQuery(track, kind, promptId, from, to, EnumSet.of(first, more), sort, offset, limit);
    }

    public HistoryQuery sortedBy(HistorySort value) {
        return new HistoryQuery(track, kind, promptId, from, to, statuses, value, offset, limit);
    }

    public HistoryQuery page(int newOffset, int newLimit) {
        return new HistoryQuery(track, kind, promptId, from, to, statuses, sort, newOffset, newLimit);
    }

    /** The page after this one. */
    public HistoryQuery next() {
        return page(offset + limit, limit);
    }
}
