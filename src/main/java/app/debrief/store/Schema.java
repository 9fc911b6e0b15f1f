package app.debrief.store;

import java.util.List;

/**
 * The store's schema as an ordered list of migrations. Append new steps; never edit a released
 * one, since files in the field were made by it. {@code history} and {@code export} read a file
 * as it is, without migrating it (reading writes nothing: see {@link AttemptStore#openForReading}),
 * so a step must keep what those reads use (the attempts, feedback and grades columns of step 1),
 * or those commands must learn to read the older layout.
 *
 * <p>The long texts (phase times, prompt snapshot, answer) are the last columns of a row: SQLite
 * reads a row's columns in order, and a column behind a 5 KB answer would mean reading its
 * overflow pages for every row a list touches.
 *
 * <p>Times are UTC epoch milliseconds. Full-text search covers submitted answers and grade notes
 * only: drafts are saved many times a minute, and indexing each save would make typing pay for
 * search. The triggers index an answer when it is submitted (or restored after a delete), drop it
 * when it is deleted, and follow the notes whenever they change. The index holds exactly what a
 * search may return, so a search reads it alone and FTS5 can rank without a join.
 */
final class Schema {

    private Schema() {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "attempts, feedback, self-grades and full-text search", List.of(
                    """
                    CREATE TABLE attempts (
                      id             INTEGER PRIMARY KEY,
                      uid            TEXT    NOT NULL UNIQUE,
                      prompt_id      TEXT    NOT NULL,
                      track          TEXT    NOT NULL CHECK (track IN ('PM', 'PMM')),
                      kind           TEXT    NOT NULL,
                      title          TEXT    NOT NULL,
                      mode           TEXT    NOT NULL CHECK (mode IN ('PRACTICE', 'MOCK')),
                      status         TEXT    NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'ABANDONED')),
                      started_at     INTEGER NOT NULL,
                      submitted_at   INTEGER,
                      updated_at     INTEGER NOT NULL,
                      budget_seconds INTEGER NOT NULL,
                      elapsed_ms     INTEGER NOT NULL DEFAULT 0,
                      words          INTEGER NOT NULL DEFAULT 0,
                      deleted_at     INTEGER,
                      phase_times    TEXT    NOT NULL DEFAULT '[]',
                      prompt_json    TEXT    NOT NULL,
                      answer         TEXT    NOT NULL DEFAULT ''
                    )""",
                    // The filter columns, in an index that draft saves never change: counting and paging the
                    // history read it alone, never the rows with their answers.
                    "CREATE INDEX attempts_by_start ON attempts (started_at, id, deleted_at, status, track, kind, prompt_id)",
                    "CREATE INDEX attempts_by_prompt ON attempts (prompt_id, status, submitted_at)",
                    "CREATE INDEX attempts_unfinished ON attempts (updated_at) WHERE status = 'IN_PROGRESS'",
                    """
                    CREATE TABLE feedback (
                      attempt_id      INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
                      checker_version TEXT    NOT NULL,
                      flagged         TEXT    NOT NULL,
                      json            TEXT    NOT NULL
                    )""",
                    """
                    CREATE TABLE grades (
                      attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
                      item       TEXT    NOT NULL CHECK (item IN ('MISTAKE', 'TALKING_POINT')),
                      item_id    TEXT    NOT NULL,
                      score      INTEGER NOT NULL,
                      note       TEXT    NOT NULL DEFAULT '',
                      PRIMARY KEY (attempt_id, item, item_id)
                    )""",
                    """
                    CREATE VIRTUAL TABLE attempt_text USING fts5 (
                      answer, notes, tokenize = 'porter unicode61 remove_diacritics 2'
                    )""",
                    """
                    CREATE TRIGGER attempt_text_on_insert AFTER INSERT ON attempts
                    WHEN new.status = 'SUBMITTED' AND new.deleted_at IS NULL
                    BEGIN
                      INSERT INTO attempt_text (rowid, answer, notes) VALUES (new.id, new.answer, '');
                    END""",
                    """
                    CREATE TRIGGER attempt_text_on_submit AFTER UPDATE OF status, answer, deleted_at ON attempts
                    WHEN new.status = 'SUBMITTED' AND new.deleted_at IS NULL
                    BEGIN
                      DELETE FROM attempt_text WHERE rowid = new.id;
                      INSERT INTO attempt_text (rowid, answer, notes) VALUES (new.id, new.answer,
                        (SELECT coalesce(group_concat(note, ' '), '') FROM grades WHERE attempt_id = new.id));
                    END""",
                    """
                    CREATE TRIGGER attempt_text_on_soft_delete AFTER UPDATE OF deleted_at ON attempts
                    WHEN new.deleted_at IS NOT NULL
                    BEGIN
                      DELETE FROM attempt_text WHERE rowid = new.id;
                    END""",
                    """
                    CREATE TRIGGER attempt_text_on_delete AFTER DELETE ON attempts
                    BEGIN
                      DELETE FROM attempt_text WHERE rowid = old.id;
                    END""",
                    notesTrigger("INSERT", "new"),
                    notesTrigger("UPDATE", "new"),
                    notesTrigger("DELETE", "old"))),
            // Which window writes an unfinished attempt's draft (see DraftOwners). A table of its own, not a
            // column of attempts: a column added there would sit behind the answer, and the claim is renewed
            // every few seconds while the answer screen is open.
            new Migration(2, "draft owners: the one window that writes an unfinished attempt's draft", List.of(
                    """
                    CREATE TABLE draft_owners (
                      attempt_id INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
                      owner      TEXT    NOT NULL,
                      seen_at    INTEGER NOT NULL
                    )""")),
            // A follow-up answer is an attempt of its own (its draft is saved, resumed and checked like any
            // answer, and found by search), tied here to the attempt it follows up. Lists, progress and
            // exports show it only with that attempt. It is hidden and restored with that attempt, so the
            // search index, which holds what a search may return, drops and regains its text too.
            new Migration(3, "follow-ups: answers to the interviewer's questions after an attempt", List.of(
                    """
                    CREATE TABLE follow_ups (
                      attempt_id INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
                      main_id    INTEGER NOT NULL REFERENCES attempts (id),
                      round      INTEGER NOT NULL,
                      question   TEXT    NOT NULL,
                      probes     TEXT    NOT NULL,
                      minutes    INTEGER NOT NULL,
                      reason     TEXT    NOT NULL,
                      UNIQUE (main_id, round)
                    )""",
                    """
                    CREATE TRIGGER follow_ups_hidden_with_attempt AFTER UPDATE OF deleted_at ON attempts
                    WHEN new.deleted_at IS NOT NULL AND old.deleted_at IS NULL
                    BEGIN
                      UPDATE attempts SET deleted_at = new.deleted_at
                      WHERE deleted_at IS NULL AND id IN (SELECT attempt_id FROM follow_ups WHERE main_id = new.id);
                    END""",
                    """
                    CREATE TRIGGER follow_ups_restored_with_attempt AFTER UPDATE OF deleted_at ON attempts
                    WHEN new.deleted_at IS NULL AND old.deleted_at IS NOT NULL
                    BEGIN
                      UPDATE attempts SET deleted_at = NULL
                      WHERE deleted_at = old.deleted_at AND id IN (SELECT attempt_id FROM follow_ups WHERE main_id = new.id);
                    END""")),
            LoopRows.migration(4));

    static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** Keeps the notes column of an attempt's search row equal to its grades' notes. */
    private static String notesTrigger(String event, String row) {
        return "CREATE TRIGGER attempt_text_notes_on_" + event.toLowerCase(java.util.Locale.ROOT) + " AFTER " + event
                + " ON grades BEGIN UPDATE attempt_text SET notes = (SELECT coalesce(group_concat(note, ' '), '') FROM grades"
                + " WHERE attempt_id = " + row + ".attempt_id) WHERE rowid = " + row + ".attempt_id; END";
    }
}
