package app.debrief.store;

import java.util.List;

/** One page of the history and how many attempts match the filters in all. */
public record HistoryPage(List<AttemptSummary> attempts, int total, HistoryQuery query) {
    public HistoryPage {
        attempts = List.copyOf(attempts);
    }

    public boolean hasMore() {
        return query.offset() + attempts.size() < total;
    }
}
