package app.debrief.store;

import app.debrief.bank.Track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reads behind the home screen, the history, search and progress: paged and filtered in SQL. */
final class HistoryQueries {

    /** Private-use characters: they do not occur in typed text, so they cannot be confused with it. */
    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";
    private static final int SNIPPET_TOKENS = 16;

    private final StoreConnection db;

    HistoryQueries(StoreConnection db) {
        this.db = db;
    }

    HistoryPage history(HistoryQuery q) {
        HistorySql filter = HistorySql.of(q);
        return db.snapshot("read the history", () -> {
            List<AttemptSummary> rows = db.list("SELECT " + AttemptRows.SUMMARY + AttemptRows.SUMMARY_FROM + filter.where()
                    + " ORDER BY " + q.sort().orderBy() + " LIMIT ? OFFSET ?", AttemptRows::summary, filter.argsWith(q.limit(), q.offset()));
            int total = (int) db.number("SELECT count(*) FROM attempts a" + filter.where(), filter.args().toArray());
            return new HistoryPage(rows, total, q);
        });
    }

    /** The summaries of the given attempts (deleted ones left out), in the order of {@code ids}. */
    List<AttemptSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return db.run("read attempts", () -> {
            java.util.Map<Long, AttemptSummary> byId = new java.util.HashMap<>();
            for (AttemptSummary a : db.list("SELECT " + AttemptRows.SUMMARY + AttemptRows.SUMMARY_FROM
                    + " WHERE a.deleted_at IS NULL AND a.id IN (" + marks + ")", AttemptRows::summary, ids.toArray())) {
                byId.put(a.id(), a);
            }
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        });
    }

    List<SearchHit> search(String text, int offset, int limit) {
        Optional<String> match = SearchQuery.of(text);
        if (match.isEmpty()) {
            return List.of();
        }
        // The index holds only submitted, undeleted attempts, so no join: with one, FTS5 could no longer
        // rank and cut to the page by itself, and made a snippet for every match (60 ms, not 10, on 10,000).
        // A follow-up's answer is found as its attempt's, named by its question: the lookups run only
        // for the rows of the page.
        return db.run("search the history", () -> db.list(
                "SELECT rowid, snippet(attempt_text, -1, ?, ?, '…', ?),"
                        + " (SELECT main_id FROM follow_ups WHERE attempt_id = attempt_text.rowid),"
                        + " (SELECT question FROM follow_ups WHERE attempt_id = attempt_text.rowid)"
                        + " FROM attempt_text WHERE attempt_text MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
                rs -> {
                    long main = rs.getLong(3);
                    return rs.wasNull() ? hit(rs.getLong(1), rs.getString(2)) : hit(main, rs.getString(2), Optional.of(rs.getString(4)));
                }, OPEN, CLOSE, SNIPPET_TOKENS, match.get(), limit, offset));
    }

    static SearchHit hit(long id, String marked) {
        return hit(id, marked, Optional.empty());
    }

    static SearchHit hit(long id, String marked, Optional<String> inFollowUp) {
        StringBuilder plain = new StringBuilder(marked.length());
        List<SearchHit.Highlight> highlights = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN.charAt(0)) {
                start = plain.length();
            } else if (c == CLOSE.charAt(0)) {
                if (start >= 0) {
                    highlights.add(new SearchHit.Highlight(start, plain.length()));
                }
                start = -1;
            } else {
                plain.append(c);
            }
        }
        return new SearchHit(id, plain.toString(), highlights, inFollowUp);
    }

    List<ProgressPoint> progress(HistoryQuery filter) {
        HistoryQuery submitted = filter.withStatuses(AttemptStatus.SUBMITTED);
        HistorySql where = HistorySql.of(submitted);
        return db.snapshot("read your progress", () -> {
            Map<Long, ProgressRow> rows = new LinkedHashMap<>();
            String chosen = "SELECT a.id, a.prompt_id, a.track, a.kind, a.mode, a.submitted_at, a.words, a.elapsed_ms,"
                    + " a.budget_seconds, f.flagged FROM attempts a LEFT JOIN feedback f ON f.attempt_id = a.id" + where.where()
                    + " ORDER BY a.submitted_at, a.id LIMIT ? OFFSET ?";
            db.list("WITH chosen AS (" + chosen + ") SELECT c.*, g.item, g.item_id, g.score, g.note FROM chosen c"
                    + " LEFT JOIN grades g ON g.attempt_id = c.id ORDER BY c.submitted_at, c.id, g.rowid", rs -> {
                ProgressRow row = rows.computeIfAbsent(rs.getLong(1), id -> new ProgressRow());
                if (row.point == null) {
                    row.point = new ProgressPoint(rs.getLong(1), rs.getString(2), Track.valueOf(rs.getString(3)), rs.getString(4),
                            Mode.valueOf(rs.getString(5)), Instant.ofEpochMilli(rs.getLong(6)), rs.getInt(7), rs.getLong(8),
                            rs.getInt(9), AttemptRows.flagged(rs.getString(10)), List.of());
                }
                if (rs.getString(11) != null) {
                    row.grades.add(AttemptRows.grade(rs, 11));
                }
                return row;
            }, where.argsWith(submitted.limit(), submitted.offset()));
            return rows.values().stream().map(ProgressRow::point).toList();
        });
    }

    private static final class ProgressRow {
        ProgressPoint point;
        final List<SelfGrade> grades = new ArrayList<>();

        ProgressPoint point() {
            ProgressPoint p = point;
            return new ProgressPoint(p.attemptId(), p.promptId(), p.track(), p.kind(), p.mode(), p.submittedAt(), p.words(),
                    p.elapsedMillis(), p.budgetSeconds(), p.flaggedMistakes(), grades);
        }
    }

    Map<String, PromptStats> promptStats() {
        return db.run("read the prompt statistics", () -> {
            Map<String, PromptStats> stats = new LinkedHashMap<>();
            db.list("SELECT a.prompt_id, count(*),"
                    + " (SELECT max(b.submitted_at) FROM attempts b WHERE b.prompt_id = a.prompt_id AND b.status = 'SUBMITTED'"
                    + "  AND b.deleted_at IS NULL),"
                    + " (SELECT f.flagged FROM attempts b JOIN feedback f ON f.attempt_id = b.id WHERE b.prompt_id = a.prompt_id"
                    + "  AND b.status = 'SUBMITTED' AND b.deleted_at IS NULL ORDER BY b.submitted_at DESC, b.id DESC LIMIT 1)"
                    + " FROM attempts a WHERE a.deleted_at IS NULL AND a.status <> 'ABANDONED'"
                    + " GROUP BY a.prompt_id ORDER BY a.prompt_id", rs -> {
                PromptStats s = new PromptStats(rs.getString(1), rs.getInt(2), AttemptRows.optionalInstant(rs, 3),
                        AttemptRows.flagged(rs.getString(4)));
                stats.put(s.promptId(), s);
                return s;
            });
            return Map.copyOf(stats);
        });
    }
}
