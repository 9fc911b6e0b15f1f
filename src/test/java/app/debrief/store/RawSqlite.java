package app.debrief.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Looks into a database file the way a stranger would: a plain JDBC connection, none of the store's code. */
final class RawSqlite {

    private RawSqlite() {
    }

    static String text(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(sql + " on " + file + ": " + e.getMessage(), e);
        }
    }

    static long number(Path file, String sql) {
        return Long.parseLong(text(file, sql));
    }

    static void execute(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql + " on " + file + ": " + e.getMessage(), e);
        }
    }
}
