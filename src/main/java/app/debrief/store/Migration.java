package app.debrief.store;

import java.util.List;

/** One step of the schema: from {@code version - 1} to {@code version}, as plain SQL statements. */
record Migration(int version, String description, List<String> statements) {
    Migration {
        statements = List.copyOf(statements);
    }
}
