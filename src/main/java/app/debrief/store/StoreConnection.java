package app.debrief.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one SQLite connection of a store, used by one thread at a time. Statements are prepared
 * once and kept; every value goes in as a bound parameter. Write transactions start with
 * {@code BEGIN IMMEDIATE}, so a second process waits on the busy timeout at the start instead
 * of failing half-way when its read snapshot turns stale.
 */
final class StoreConnection implements AutoCloseable {

    /** Reads one row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Work done with the connection held. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final Path file;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    StoreConnection(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    Path file() {
        return file;
    }

    /**
     * Runs {@code work} alone on the connection, each statement its own transaction (fine for reads
     * and for single-statement writes); SQLite failures become {@link StoreException}s saying what failed.
     */
    synchronized <T> T run(String doing, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw StoreErrors.translate(e, file, doing);
        }
    }

    /** Runs {@code work} in one write transaction: all of it is kept, or none. */
    synchronized <T> T write(String doing, Work<T> work) {
        return transaction("BEGIN IMMEDIATE", doing, work);
    }

    /** Runs {@code work} in one read transaction, so that it sees one state of the file throughout. */
    synchronized <T> T snapshot(String doing, Work<T> work) {
        return transaction("BEGIN", doing, work);
    }

    private <T> T transaction(String begin, String doing, Work<T> work) {
        try {
            execute(begin);
            try {
                T result = work.run();
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(e);
                throw e;
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e, file, doing);
        }
    }

    private void rollback(Throwable cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself after some errors (a full disk); then there is nothing left to undo.
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(e);
            }
        }
    }

    void execute(String sql) throws SQLException {
        if (sql.startsWith("PRAGMA")) {
            // One-off, and a PRAGMA may answer with a row: a kept statement would stay "in progress"
            // and block VACUUM INTO. A fresh one is closed at once.
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
            return;
        }
        try {
            statement(sql).execute();
        } catch (SQLException e) {
            forget(sql);
            throw e;
        }
    }

    int update(String sql, Object... args) throws SQLException {
        try {
            return bind(sql, args).executeUpdate();
        } catch (SQLException e) {
            forget(sql);
            throw e;
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = bind(sql, args).executeQuery()) {
            while (rs.next()) {
                rows.add(row.read(rs));
            }
        } catch (SQLException e) {
            forget(sql);
            throw e;
        }
        return rows;
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... args) throws SQLException {
        List<T> rows = list(sql, row, args);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** A statement that failed mid-way (a full disk) is left unusable by the driver: prepare it afresh next time. */
    private void forget(String sql) {
        PreparedStatement ps = prepared.remove(sql);
        if (ps != null) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // it is dropped either way
            }
        }
    }

    long number(String sql, Object... args) throws SQLException {
        return one(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    private PreparedStatement bind(String sql, Object... args) throws SQLException {
        PreparedStatement ps = statement(sql);
        ps.clearParameters();
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int at = i + 1;
            if (a == null) {
                ps.setNull(at, Types.NULL);
            } else if (a instanceof Instant t) {
                ps.setLong(at, t.toEpochMilli());
            } else if (a instanceof Enum<?> e) {
                ps.setString(at, e.name());
            } else if (a instanceof Optional<?> o) {
                throw new IllegalArgumentException("unwrap Optionals before binding (parameter " + at + ")");
            } else {
                ps.setObject(at, a);
            }
        }
        return ps;
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /** The raw connection, for the few steps (migrations, checks) that run before the store is in use. */
    Connection raw() {
        return connection;
    }

    @Override
    public synchronized void close() {
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing the connection below releases it anyway
            }
        }
        prepared.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            throw StoreErrors.translate(e, file, "close the history");
        }
    }
}
