package app.debrief.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Faults for tests outside this package: a store whose file may not grow, as on a full disk. */
public final class StoreFaults {

    private StoreFaults() {
    }

    /**
     * From now on, writes that need more room in the file fail as on a full disk ({@code false} gives
     * the room back). The file's free pages are used up too: a full disk leaves none, and a hand-in
     * would otherwise fit into pages freed by earlier drafts.
     */
    public static void diskFull(AttemptStore store, boolean full) {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + store.file()); Statement s = raw.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            if (full) {
                s.execute("CREATE TABLE IF NOT EXISTS disk_filler (b BLOB)");
                store.capSize(true);
                s.execute("PRAGMA max_page_count = 1");
                try {
                    while (true) {
                        s.execute("INSERT INTO disk_filler VALUES (randomblob(1000))");
                    }
                } catch (SQLException e) {
                    if ((e.getErrorCode() & 0xFF) != StoreErrors.FULL) {
                        throw e;
                    }
                }
            } else {
                store.capSize(false);
                s.execute("DROP TABLE IF EXISTS disk_filler");
            }
        } catch (SQLException e) {
            throw new AssertionError("could not " + (full ? "fill" : "free") + " the disk of " + store.file(), e);
        }
    }
}
