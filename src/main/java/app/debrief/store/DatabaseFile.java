package app.debrief.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Opens the database file for the store: makes the folder, connects with the settings the store
 * relies on, checks the file, and migrates it. A file that is not a database or is damaged is
 * moved aside (with its -wal and -shm) to {@code <name>.corrupt-<timestamp>}, never overwritten or
 * deleted, and a fresh file takes its place.
 */
final class DatabaseFile {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFile.class);
    static final int BUSY_TIMEOUT_MS = 5_000;
    static final int WAL_CHECKPOINT_PAGES = 10_000;
    static final long WAL_SIZE_LIMIT_BYTES = 16L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** An open, checked and migrated connection, and what to tell the user if the old file had to go. */
    record Ready(StoreConnection connection, Optional<String> notice) {
    }

    private final Path file;
    private final SchemaMigrations migrations;
    private final Clock clock;

    DatabaseFile(Path file, List<Migration> migrations, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.migrations = new SchemaMigrations(migrations);
        this.clock = clock;
    }

    Ready open() {
        refuseFolder();
        makeFolder(file.getParent());
        Optional<String> notice = Optional.empty();
        if (Files.exists(file)) {
            try {
                inspect();
            } catch (SQLException e) {
                if (!StoreErrors.isDamage(e)) {
                    throw StoreErrors.translate(e, file, "open the history");
                }
                LOG.warn("{} is not a readable database ({}); moving it aside", file, e.getMessage());
                Path aside = moveAside();
                notice = Optional.of("Your practice history file " + file + " was damaged and could not be read."
                        + " It was moved, untouched, to " + aside + "; Debrief started a new, empty history.");
            }
        }
        try {
            return new Ready(openForWriting(), notice);
        } catch (SQLException e) {
            throw StoreErrors.translate(e, file, notice.isPresent() ? "start a new history" : "open the history");
        }
    }

    /**
     * Opens the file for reading only, writing nothing at all: no folder, no migration, no file moved
     * aside, so a user on a full disk or in a read-only folder still gets their history out. A missing
     * file reads as an empty history. A file of an older schema is read as it is (reads use the columns
     * of the first version; see Schema).
     */
    Ready openReadOnly() {
        refuseFolder();
        try {
            if (!Files.exists(file)) {
                refuseUnusableFolder(file.getParent());
                StoreConnection empty = new StoreConnection(new SQLiteConfig().createConnection("jdbc:sqlite::memory:"), file);
                migrations.migrate(empty);
                return new Ready(empty, Optional.empty());
            }
            return new Ready(connectReadOnly(), Optional.empty());
        } catch (SQLException e) {
            throw StoreErrors.translate(e, file, "read the history");
        }
    }

    /**
     * SQLite reads a WAL file through its -shm index, which it makes beside the file. Where it cannot
     * (a read-only folder, a full disk), a file without pending WAL content is read as immutable: no
     * index, no lock. Pending content needs the index; then the message says so.
     */
    private StoreConnection connectReadOnly() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        StoreConnection db = new StoreConnection(config.createConnection("jdbc:sqlite:" + file), file);
        try {
            migrations.refuseNewer(db);
            return db;
        } catch (SQLException first) {
            db.close();
            int code = StoreErrors.code(first);
            if (code != StoreErrors.READONLY && code != StoreErrors.CANTOPEN && code != StoreErrors.IOERR) {
                throw first;
            }
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (sizeOf(wal) > 0) {
                throw new StoreException("cannot read the history without writing: " + wal + " holds recent changes that"
                        + " SQLite must first take into " + file.getFileName() + ", and it cannot here (" + first.getMessage()
                        + "); start Debrief once where the data folder can be written", first);
            }
            LOG.info("{} read as immutable: {}", file, first.getMessage());
            StoreConnection immutable = new StoreConnection(config.createConnection("jdbc:sqlite:file:"
                    + file.toUri().getRawPath() + "?immutable=1"), file);
            try {
                migrations.refuseNewer(immutable);
                return immutable;
            } catch (SQLException | RuntimeException e) {
                immutable.close();
                throw e;
            }
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 1;
        }
    }

    /** A data folder not made yet holds nothing yet; one that cannot be made (a file in the way) is said as such. */
    private static void refuseUnusableFolder(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return;
            }
            if (Files.exists(p)) {
                throw new StoreException("cannot open the history: the data folder " + folder
                        + (p.equals(folder) ? " is a file, not a folder" : " cannot be created (" + p + " is a file)"));
            }
        }
    }

    /** A folder where the file should be is not damage, nor a disk error: it is said as it is. */
    private void refuseFolder() {
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open the history: " + file + " is a folder, where Debrief keeps its history file;"
                    + " move it away, or choose another data folder with --data-dir");
        }
    }

    /**
     * Looks at an existing file through a read-only connection: it cannot write, so it never
     * checkpoints a WAL into a damaged file, nor converts a newer Debrief's file, before we decide.
     */
    private void inspect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (StoreConnection db = new StoreConnection(config.createConnection("jdbc:sqlite:" + file), file)) {
            migrations.refuseNewer(db);
            check(db);
        }
    }

    private StoreConnection openForWriting() throws SQLException {
        StoreConnection db = connect();
        try {
            migrations.migrate(db);
            // A cheap real write: a folder or file we may not write shows here, at open, not at the first save.
            db.execute("PRAGMA user_version = " + migrations.latest());
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private StoreConnection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        StoreConnection db = new StoreConnection(config.createConnection("jdbc:sqlite:" + file), file);
        try {
            // A checkpoint costs an fsync or two (5 to 20 ms on a VM disk). SQLite's default runs one every
            // 1,000 pages, which puts one in every ~300 autosaves of a 5 KB draft; every 10,000 keeps them out
            // of an autosave's p99 (one in ~25 minutes of typing), and the size limit shrinks the WAL after.
            db.execute("PRAGMA wal_autocheckpoint = " + WAL_CHECKPOINT_PAGES);
            db.execute("PRAGMA journal_size_limit = " + WAL_SIZE_LIMIT_BYTES);
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Damage shows as an exception or as rows other than "ok"; either way it is treated the same. */
    private void check(StoreConnection db) throws SQLException {
        List<String> problems = db.list("PRAGMA quick_check", rs -> rs.getString(1));
        if (!problems.equals(List.of("ok"))) {
            throw new SQLException("integrity check failed: " + String.join("; ", problems.subList(0, Math.min(3, problems.size()))),
                    null, StoreErrors.CORRUPT);
        }
    }

    private void makeFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("cannot open the history: the data folder " + folder + " is a file, not a folder", e);
        } catch (IOException e) {
            throw new StoreException("cannot open the history: the data folder " + folder + " cannot be created ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("cannot open the history: the data folder " + folder + " cannot be written (read-only)");
        }
    }

    private Path moveAside() {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        try {
            Files.move(file, aside);
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot open the history: " + file + " is damaged and could not be moved aside ("
                    + e.getMessage() + "); move it away by hand", e);
        }
        LOG.warn("moved the damaged {} to {}", file, aside);
        return aside;
    }
}
