package app.debrief.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Brings a database file up to the newest schema. The version lives in {@code PRAGMA
 * user_version}; each pending migration runs once, in its own transaction, after the file is
 * copied to {@code debrief.db.bak-<version>} (a brand-new file has nothing worth a copy). A file
 * from a newer Debrief is refused and left as it is: there is no way down.
 */
final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private final List<Migration> migrations;

    SchemaMigrations(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migrations must be numbered 1, 2, 3… in order; found "
                        + migrations.get(i).version() + " at position " + (i + 1));
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    int latest() {
        return migrations.size();
    }

    /** Refuses a file from a newer Debrief, before anything is written to it. */
    void refuseNewer(StoreConnection db) throws SQLException {
        int found = version(db);
        if (found > latest()) {
            throw new StoreException(db.file() + " was written by a newer version of Debrief (schema version " + found
                    + "; this version knows up to " + latest() + "). It was left untouched: update Debrief to open it,"
                    + " or choose another data folder with --data-dir.");
        }
    }

    void migrate(StoreConnection db) throws SQLException {
        refuseNewer(db);
        // Asked once: after the first step a brand-new file is no longer empty, and still holds nothing worth a copy.
        boolean brandNew = isEmpty(db);
        for (Migration m : migrations) {
            int current = version(db);
            if (current >= m.version()) {
                continue;
            }
            if (!brandNew) {
                backUp(db, current);
            }
            apply(db, m);
        }
    }

    private void apply(StoreConnection db, Migration m) throws SQLException {
        db.execute("BEGIN IMMEDIATE");
        try {
            // Another window may have migrated while this one waited for the lock.
            if (version(db) >= m.version()) {
                db.execute("COMMIT");
                return;
            }
            try (var s = db.raw().createStatement()) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                // PRAGMA takes no parameters; the value is our own constant.
                s.execute("PRAGMA user_version = " + m.version());
            }
            db.execute("COMMIT");
            LOG.info("{}: schema migrated to version {} ({})", db.file(), m.version(), m.description());
        } catch (SQLException | RuntimeException e) {
            try {
                db.execute("ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** Copies the live database, WAL included, with VACUUM INTO: a consistent copy even while another window writes. */
    private static void backUp(StoreConnection db, int version) throws SQLException {
        Path target = freeName(db.file().resolveSibling(db.file().getFileName() + ".bak-" + version));
        try (var ps = db.raw().prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toString());
            ps.execute();
        }
        LOG.info("{}: backed up to {} before migrating from schema version {}", db.file(), target, version);
    }

    private static Path freeName(Path wanted) {
        Path p = wanted;
        for (int n = 2; Files.exists(p); n++) {
            p = wanted.resolveSibling(wanted.getFileName() + "." + n);
        }
        return p;
    }

    static int version(StoreConnection db) throws SQLException {
        return (int) db.number("PRAGMA user_version");
    }

    private static boolean isEmpty(StoreConnection db) throws SQLException {
        return db.number("SELECT count(*) FROM sqlite_master") == 0;
    }
}
