package app.debrief.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The WHERE clause of a {@link HistoryQuery}: fixed SQL text, with every value a bound parameter.
 * Follow-up answers are never listed on their own: they show with their attempt.
 */
record HistorySql(String where, List<Object> args) {

    static HistorySql of(HistoryQuery q) {
        StringBuilder where = new StringBuilder(" WHERE a.deleted_at IS NULL" + FollowUpStore.MAIN_ONLY);
        List<Object> args = new ArrayList<>();
        where.append(LoopRows.OUTSIDE_OPEN_LOOPS);
        q.track().ifPresent(t -> add(where, args, " AND a.track = ?", t));
        q.kind().ifPresent(k -> add(where, args, " AND a.kind = ?", k));
        q.promptId().ifPresent(p -> add(where, args, " AND a.prompt_id = ?", p));
        q.from().ifPresent(f -> add(where, args, " AND a.started_at >= ?", f));
        q.to().ifPresent(t -> add(where, args, " AND a.started_at < ?", t));
        if (!q.statuses().isEmpty()) {
            where.append(" AND a.status IN (").append(String.join(", ", Collections.nCopies(q.statuses().size(), "?"))).append(')');
            q.statuses().stream().sorted().forEach(args::add);
        }
        return new HistorySql(where.toString(), List.copyOf(args));
    }

    private static void add(StringBuilder where, List<Object> args, String clause, Object value) {
        where.append(clause);
        args.add(value);
    }

    Object[] argsWith(Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
