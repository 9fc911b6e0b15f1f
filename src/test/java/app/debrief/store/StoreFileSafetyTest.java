package app.debrief.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static app.debrief.store.Fixtures.T0;
import static app.debrief.store.Fixtures.pmPrompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file goes wrong: garbage, damage, a newer Debrief, a folder we may not write, a full disk. */
class StoreFileSafetyTest {

    static final Clock CLOCK = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    Path db() {
        return dir.resolve("debrief.db");
    }

    AttemptStore.Opened open() {
        return AttemptStore.open(db(), Schema.MIGRATIONS, CLOCK);
    }

    @Test
    void theFileIsInWalModeAtTheLatestSchemaVersionWithForeignKeysEnforced() {
        try (AttemptStore store = open().store()) {
            assertThatThrownBy(() -> store.saveGrades(9_999, List.of(new SelfGrade(GradeItem.MISTAKE, "role-drift", 2, ""))))
                    .as("a grade for an attempt that does not exist").isInstanceOf(StoreException.class);
        }
        assertThat(RawSqlite.text(db(), "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(RawSqlite.number(db(), "PRAGMA user_version")).isEqualTo(Schema.latestVersion());
    }

    @Test
    void aFileOfGarbageIsMovedAsideUntouchedAndAFreshStoreOpens() throws IOException {
        byte[] garbage = new byte[20_000];
        new Random(7).nextBytes(garbage);
        Files.write(db(), garbage);
        AttemptStore.Opened opened = open();
        try (AttemptStore store = opened.store()) {
            Path aside = dir.resolve("debrief.db.corrupt-20260301T090000Z");
            assertThat(aside).hasBinaryContent(garbage);
            assertThat(opened.notice()).hasValueSatisfying(n -> assertThat(n).contains(aside.toString()).contains("damaged"));
            Attempt a = store.start(pmPrompt(), Mode.PRACTICE, T0);
            assertThat(store.attempt(a.id())).isPresent();
        }
    }

    @Test
    void aDamagedDatabaseIsMovedAsideWithItsSideFilesAndNeverOverwritten() throws IOException {
        try (AttemptStore store = open().store()) {
            for (int i = 0; i < 60; i++) {
                Fixtures.submitted(store, pmPrompt(), T0.plusSeconds(i), "answer ".repeat(300) + i);
            }
        }
        byte[] bytes = Files.readAllBytes(db());
        assertThat(bytes.length).isGreaterThan(40_000);
        // Keep the header page, so it still looks like SQLite, and scribble over the b-tree pages behind it.
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(db(), bytes);
        byte[] wal = "left over from the crash".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(dir.resolve("debrief.db-wal"), wal);
        AttemptStore.Opened opened = open();
        try (AttemptStore store = opened.store()) {
            Path aside = dir.resolve("debrief.db.corrupt-20260301T090000Z");
            assertThat(aside).hasBinaryContent(bytes);
            assertThat(dir.resolve("debrief.db.corrupt-20260301T090000Z-wal")).hasBinaryContent(wal);
            assertThat(opened.notice()).hasValueSatisfying(n -> assertThat(n).contains(aside.toString()));
            assertThat(store.recent(10)).isEmpty();
        }
        AttemptStore.Opened again = open();
        again.store().close();
        assertThat(again.notice()).as("the fresh file is sound").isEmpty();
        // A second damaged file on the same second goes beside the first, never over it.
        Files.write(db(), new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        open().store().close();
        assertThat(dir.resolve("debrief.db.corrupt-20260301T090000Z")).hasBinaryContent(bytes);
        assertThat(dir.resolve("debrief.db.corrupt-20260301T090000Z-2")).exists();
    }

    @Test
    void aDatabaseFromANewerDebriefIsRefusedAndLeftExactlyAsItIs() throws IOException {
        open().store().close();
        RawSqlite.execute(db(), "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(db());
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessageContaining(db().toString()).hasMessageContaining("newer version of Debrief")
                .hasMessageContaining("schema version 99");
        assertThat(db()).hasBinaryContent(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".bak-") || n.contains(".corrupt-"));
        }
    }

    @Test
    void aReadOnlyDataFolderIsAClearErrorNamingTheFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target;
            if (permissionsAreEnforced(folder)) {
                target = folder;
            } else {
                // Running as root, where permissions are not enforced: a folder under a regular file fails for real.
                target = Files.writeString(dir.resolve("plain-file"), "x").resolve("data");
            }
            Path file = target.resolve("debrief.db");
            assertThatThrownBy(() -> AttemptStore.open(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("data folder " + target);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static boolean permissionsAreEnforced(Path readOnlyFolder) {
        try {
            Files.delete(Files.createFile(readOnlyFolder.resolve("probe")));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void aDataFolderThatIsAFileIsAClearErrorNamingIt() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("data"), "I am a file");
        assertThatThrownBy(() -> AttemptStore.open(notAFolder.resolve("debrief.db"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("data folder " + notAFolder).hasMessageContaining("is a file");
        Path under = notAFolder.resolve("deeper");
        assertThatThrownBy(() -> AttemptStore.open(under.resolve("debrief.db"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("data folder " + under).hasMessageContaining("cannot be created");
    }

    @Test
    void aFolderWhereTheHistoryFileShouldBeIsSaidAsSuch() throws IOException {
        Files.createDirectories(db());
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessageContaining(db() + " is a folder, where Debrief keeps its history file");
        assertThatThrownBy(() -> AttemptStore.openForReading(db())).isInstanceOf(StoreException.class)
                .hasMessageContaining(db() + " is a folder");
    }

    @Test
    void readingWritesNothingNotEvenAnOlderSchemasUpgrade() throws IOException {
        try (AttemptStore store = open().store()) {
            Fixtures.submitted(store, pmPrompt(), T0, "kept as it was");
        }
        // The file as the last release left it: schema 1, without the owners' table.
        RawSqlite.execute(db(), "DROP TABLE draft_owners");
        RawSqlite.execute(db(), "PRAGMA user_version = 1");
        byte[] before = Files.readAllBytes(db());
        try (AttemptStore store = AttemptStore.openForReading(db())) {
            assertThat(store.recent(10)).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AttemptStatus.SUBMITTED));
            List<ExportedAttempt> all = new java.util.ArrayList<>();
            store.export(java.util.Optional.empty(), all::add);
            assertThat(all).singleElement().satisfies(e -> assertThat(e.attempt().answer()).isEqualTo("kept as it was"));
        }
        assertThat(db()).hasBinaryContent(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".bak-"));
        }
    }

    @Test
    void readingAFolderWithoutAHistoryShowsAnEmptyOneAndMakesNothing() throws IOException {
        Path none = dir.resolve("not-yet").resolve("debrief.db");
        try (AttemptStore store = AttemptStore.openForReading(none)) {
            assertThat(store.recent(10)).isEmpty();
        }
        assertThat(dir.resolve("not-yet")).doesNotExist();
        Path blocked = Files.writeString(dir.resolve("a-file"), "x").resolve("data").resolve("debrief.db");
        assertThatThrownBy(() -> AttemptStore.openForReading(blocked)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be created").hasMessageContaining(dir.resolve("a-file") + " is a file");
    }

    @Test
    void aFullDiskFailsTheSaveWithAMessageNamingTheFolderAndKeepsWhatWasSaved() {
        try (AttemptStore store = open().store()) {
            Attempt a = store.start(pmPrompt(), Mode.PRACTICE, T0);
            store.saveDraft(Fixtures.draft(a.id(), "short draft", 1_000), T0.plusSeconds(1));
            store.capSize(true);
            assertThatThrownBy(() -> store.saveDraft(Fixtures.draft(a.id(), "long draft ".repeat(5_000), 2_000), T0.plusSeconds(2)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("is full").hasMessageContaining(dir.toString());
            assertThat(store.attempt(a.id()).orElseThrow().answer()).isEqualTo("short draft");
            store.capSize(false);
            store.saveDraft(Fixtures.draft(a.id(), "long draft ".repeat(5_000), 3_000), T0.plusSeconds(3));
            assertThat(store.attempt(a.id()).orElseThrow().elapsedMillis()).isEqualTo(3_000);
        }
    }
}
