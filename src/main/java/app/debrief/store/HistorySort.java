package app.debrief.store;

/** Orders of the history list. Ties fall back to newest first, so paging is stable. */
public enum HistorySort {
    NEWEST("a.started_at DESC, a.id DESC"),
    OLDEST("a.started_at ASC, a.id ASC"),
    PROMPT("a.title COLLATE NOCASE ASC, a.started_at DESC, a.id DESC"),
    MOST_WORDS("a.words DESC, a.started_at DESC, a.id DESC"),
    LONGEST("a.elapsed_ms DESC, a.started_at DESC, a.id DESC"),
    BEST_SELF_GRADE("grade_avg IS NULL, grade_avg DESC, a.started_at DESC, a.id DESC");

    private final String orderBy;

    HistorySort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** Our own constant SQL, never text from a user. */
    String orderBy() {
        return orderBy;
    }
}
