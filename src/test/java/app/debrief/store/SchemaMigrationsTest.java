package app.debrief.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static app.debrief.store.Fixtures.T0;
import static app.debrief.store.Fixtures.pmPrompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ordered migrations: each runs once, in a transaction, after a copy of the file is made; a new file needs no copy. */
class SchemaMigrationsTest {

    /** The schema as released; the test migrations below come after it. */
    static final int LATEST = Schema.latestVersion();
    static final Migration ADD_COLUMN = new Migration(LATEST + 1, "a tag per attempt",
            List.of("ALTER TABLE attempts ADD COLUMN tag TEXT NOT NULL DEFAULT ''"));
    static final Migration ADD_TABLE = new Migration(LATEST + 2, "a table of goals",
            List.of("CREATE TABLE goals (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"));

    @TempDir
    Path dir;

    Path db() {
        return dir.resolve("debrief.db");
    }

    static List<Migration> withExtra(Migration... more) {
        List<Migration> all = new ArrayList<>(Schema.MIGRATIONS);
        all.addAll(List.of(more));
        return all;
    }

    List<String> backups() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".bak-")).sorted().toList();
        }
    }

    AttemptStore open(List<Migration> migrations) {
        return AttemptStore.open(db(), migrations, Clock.systemUTC()).store();
    }

    @Test
    void aNewFileStartsAtTheLatestVersionWithoutABackup() throws IOException {
        open(Schema.MIGRATIONS).close();
        assertThat(RawSqlite.number(db(), "PRAGMA user_version")).isEqualTo(Schema.latestVersion());
        assertThat(backups()).isEmpty();
    }

    @Test
    void aNewFileIsNotCopiedBeforeLaterStepsEither() throws IOException {
        open(withExtra(ADD_COLUMN, ADD_TABLE)).close();
        assertThat(RawSqlite.number(db(), "PRAGMA user_version")).isEqualTo(LATEST + 2);
        assertThat(backups()).as("after the first step the file holds tables, but still nothing worth a copy").isEmpty();
    }

    @Test
    void anEmptyFileIsTreatedAsNewToo() throws IOException {
        Files.createFile(db());
        open(Schema.MIGRATIONS).close();
        assertThat(backups()).isEmpty();
        assertThat(RawSqlite.number(db(), "PRAGMA user_version")).isEqualTo(Schema.latestVersion());
    }

    @Test
    void pendingMigrationsRunOnceInOrderEachAfterACopyOfTheFile() throws IOException {
        try (AttemptStore store = open(Schema.MIGRATIONS)) {
            Fixtures.submitted(store, pmPrompt(), T0, "kept through every migration");
        }
        try (AttemptStore store = open(withExtra(ADD_COLUMN, ADD_TABLE))) {
            assertThat(store.recent(10)).hasSize(1);
        }
        assertThat(RawSqlite.number(db(), "PRAGMA user_version")).isEqualTo(LATEST + 2);
        assertThat(backups()).containsExactly("debrief.db.bak-" + LATEST, "debrief.db.bak-" + (LATEST + 1));
        Path before = dir.resolve("debrief.db.bak-" + LATEST);
        assertThat(RawSqlite.number(before, "PRAGMA user_version")).isEqualTo(LATEST);
        assertThat(RawSqlite.text(before, "SELECT answer FROM attempts")).isEqualTo("kept through every migration");
        assertThat(RawSqlite.number(dir.resolve("debrief.db.bak-" + (LATEST + 1)),
                "SELECT count(*) FROM pragma_table_info('attempts') WHERE name = 'tag'"))
                .isEqualTo(1);
        open(withExtra(ADD_COLUMN, ADD_TABLE)).close();
        assertThat(backups()).as("nothing left to migrate, nothing copied").hasSize(2);
    }

    @Test
    void aFailingMigrationChangesNothingAndSaysWhichFile() throws IOException {
        try (AttemptStore store = open(Schema.MIGRATIONS)) {
            Fixtures.submitted(store, pmPrompt(), T0, "still here");
        }
        Migration broken = new Migration(LATEST + 1, "half broken", List.of(
                "ALTER TABLE attempts ADD COLUMN tag TEXT NOT NULL DEFAULT ''",
                "CREATE TABLE oops (id INTEGER PRIMARY KEY, ref INTEGER REFERENCES nowhere (id)) STRICT WITHOUT COLUMNS"));
        assertThatThrownBy(() -> open(withExtra(broken))).isInstanceOf(StoreException.class).hasMessageContaining(db().toString());
        assertThat(RawSqlite.number(db(), "PRAGMA user_version")).isEqualTo(LATEST);
        assertThat(RawSqlite.number(db(), "SELECT count(*) FROM pragma_table_info('attempts') WHERE name = 'tag'"))
                .as("the first statement was rolled back with the second").isZero();
        assertThat(RawSqlite.text(db(), "SELECT answer FROM attempts")).isEqualTo("still here");
        assertThat(backups()).containsExactly("debrief.db.bak-" + LATEST);
        try (AttemptStore store = open(Schema.MIGRATIONS)) {
            assertThat(store.recent(10)).hasSize(1);
        }
    }

    @Test
    void aFileFromBeforeDraftOwnersKeepsItsUnfinishedDraftAndCanClaimIt() throws IOException {
        long id;
        try (AttemptStore store = open(Schema.MIGRATIONS)) {
            id = store.start(pmPrompt(), Mode.PRACTICE, T0).id();
        }
        // Version 1 is the schema without the owners' table (or follow-ups): the file as the last release left it.
        RawSqlite.execute(db(), "DROP TABLE loop_rounds");
        RawSqlite.execute(db(), "DROP TABLE loop_sittings");
        RawSqlite.execute(db(), "DROP TRIGGER follow_ups_hidden_with_attempt");
        RawSqlite.execute(db(), "DROP TRIGGER follow_ups_restored_with_attempt");
        RawSqlite.execute(db(), "DROP TABLE follow_ups");
        RawSqlite.execute(db(), "DROP TABLE draft_owners");
        RawSqlite.execute(db(), "PRAGMA user_version = 1");
        RawSqlite.execute(db(), "UPDATE attempts SET answer = 'typed before the upgrade'");
        try (AttemptStore store = open(Schema.MIGRATIONS)) {
            assertThat(store.claimDraft(id, false, T0.plusSeconds(60))).isInstanceOfSatisfying(DraftClaim.Claimed.class,
                    c -> assertThat(c.attempt().answer()).isEqualTo("typed before the upgrade"));
            assertThat(store.saveDraft(Fixtures.draft(id, "typed after it", 1_000), T0.plusSeconds(61))).isEqualTo(DraftWrite.WRITTEN);
        }
        assertThat(backups()).as("a copy before each step").startsWith("debrief.db.bak-1");
    }

    @Test
    void migrationsMustBeNumberedInOrder() {
        assertThatThrownBy(() -> new SchemaMigrations(withExtra(ADD_TABLE))).isInstanceOf(IllegalArgumentException.class);
    }
}
