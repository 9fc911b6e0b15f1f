package app.debrief.content;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads text the user hands us (answers, prompt packs, exports) strictly: a missing file, a
 * folder, a binary file, UTF-16 text or bytes that are not UTF-8 each get their own plain message
 * instead of garbled text or a stack trace.
 */
public final class TextFiles {

    /** Larger inputs are refused before they are read; 1 MB answers stay far below this. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int SNIFF = 8 * 1024;

    private TextFiles() {
    }

    /** A user input that cannot be used as text; the message names the file. */
    public static final class UnreadableText extends Exception {
        private final String reason;

        public UnreadableText(String file, String reason) {
            super(file + ": " + reason);
            this.reason = reason;
        }

        /** What is wrong, without the file's name. */
        public String reason() {
            return reason;
        }
    }

    public static String readUtf8(Path file) throws UnreadableText {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new UnreadableText(name, "is a folder, not a file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableText(name, "is " + size(size) + "; the limit is " + size(MAX_BYTES));
            }
            return decode(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableText(name, "no such file");
        } catch (IOException e) {
            throw new UnreadableText(name, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    public static String readUtf8(String name, InputStream in) throws UnreadableText {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UnreadableText(name, "is more than " + size(MAX_BYTES) + ", the limit");
            }
            return decode(name, bytes);
        } catch (IOException e) {
            throw new UnreadableText(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * A strict UTF-8 reader over a file of any size, for reading it a piece at a time: what is wrong
     * with its start (a folder, binary, UTF-16) is said here; a bad byte further on makes a read fail
     * with a {@link CharacterCodingException}.
     */
    public static Reader reader(Path file) throws UnreadableText {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new UnreadableText(name, "is a folder, not a file");
        }
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
            try {
                in.mark(SNIFF);
                byte[] start = in.readNBytes(SNIFF);
                in.reset();
                Optional<String> wrong = notUtf8Text(start);
                if (wrong.isPresent()) {
                    throw new UnreadableText(name, wrong.get());
                }
                if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
                    in.skipNBytes(3);
                }
                return new InputStreamReader(in, strictUtf8());
            } catch (IOException | UnreadableText | RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableText(name, "no such file");
        } catch (IOException e) {
            throw new UnreadableText(name, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** Decodes strictly; drops a leading byte-order mark, which editors on Windows like to add. */
    public static String decode(String name, byte[] bytes) throws UnreadableText {
        Optional<String> wrong = notUtf8Text(bytes);
        if (wrong.isPresent()) {
            throw new UnreadableText(name, wrong.get());
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = strictUtf8().decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new UnreadableText(name, "is not valid UTF-8 (bad byte at offset " + buffer.position() + ")");
        } catch (CharacterCodingException e) {
            throw new UnreadableText(name, "is not valid UTF-8");
        }
    }

    /** A byte-order mark of UTF-16 or UTF-32 (text, but not UTF-8), or a NUL byte (binary). */
    private static Optional<String> notUtf8Text(byte[] bytes) {
        int[] b = new int[Math.min(4, bytes.length)];
        Arrays.setAll(b, i -> bytes[i] & 0xFF);
        String encoding = b.length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 ? "UTF-32 (little-endian)"
                : b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF ? "UTF-32 (big-endian)"
                : b.length >= 2 && b[0] == 0xFF && b[1] == 0xFE ? "UTF-16 (little-endian)"
                : b.length >= 2 && b[0] == 0xFE && b[1] == 0xFF ? "UTF-16 (big-endian)" : null;
        if (encoding != null) {
            return Optional.of("is " + encoding + " text with a byte-order mark, not UTF-8; save it as UTF-8 and try again");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of("looks like a binary file (a NUL byte at offset " + i + "), not text");
            }
        }
        return Optional.empty();
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** "17,000,000 bytes (16.2 MB)": exact, and readable. */
    static String size(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,d bytes (%.1f MB)", bytes, bytes / (1024.0 * 1024.0));
    }
}
