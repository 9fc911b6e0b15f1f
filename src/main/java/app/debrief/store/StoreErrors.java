package app.debrief.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Turns SQLite's result codes into messages a user can act on. Codes, not message text, decide:
 * the text differs between SQLite versions.
 */
final class StoreErrors {

    static final int BUSY = 5;
    static final int READONLY = 8;
    static final int IOERR = 10;
    static final int CORRUPT = 11;
    static final int FULL = 13;
    static final int CANTOPEN = 14;
    static final int PERM = 3;
    static final int NOTADB = 26;

    private StoreErrors() {
    }

    /** The primary result code (extended codes carry it in the low byte). */
    static int code(SQLException e) {
        return e.getErrorCode() & 0xFF;
    }

    /** A file that is not a database, or a damaged one: it is moved aside, never repaired in place. */
    static boolean isDamage(SQLException e) {
        int code = code(e);
        return code == CORRUPT || code == NOTADB;
    }

    /** The file itself refuses writes while its folder takes them: then the file is what to fix. */
    private static boolean readOnlyFile(Path file, Path folder) {
        return Files.isRegularFile(file) && !Files.isWritable(file) && Files.isWritable(folder);
    }

    static StoreException translate(SQLException e, Path file, String doing) {
        Path folder = file.toAbsolutePath().getParent();
        String detail = e.getMessage();
        return switch (code(e)) {
            case READONLY, PERM, CANTOPEN -> readOnlyFile(file, folder)
                    ? new StoreException("cannot " + doing + ": the history file " + file.toAbsolutePath() + " is read-only (its folder"
                    + " can be written); make the file writable again (chmod u+w, or clear Read-only in its properties)", e)
                    : new StoreException("cannot " + doing + ": the data folder " + folder
                    + " cannot be written (read-only, or not ours to write)", e);
            case FULL -> new StoreException("cannot " + doing + ": the disk holding the data folder " + folder + " is full", e);
            case IOERR -> new StoreException("cannot " + doing + ": the disk holding the data folder " + folder
                    + " reported an error (" + detail + ")", e);
            case BUSY -> new StoreException("cannot " + doing + ": " + file
                    + " stayed locked by another Debrief window for too long; try again", e);
            case CORRUPT, NOTADB -> new StoreException("cannot " + doing + ": " + file
                    + " is damaged; restart Debrief to set it aside and start afresh", e);
            default -> new StoreException("cannot " + doing + " in " + file + " (" + detail + ")", e);
        };
    }
}
