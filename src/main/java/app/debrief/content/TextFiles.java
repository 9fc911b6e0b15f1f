package app.debrief.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads text the user hands us (answers, prompt packs, exports) strictly: a missing file, a
 * folder, a binary file or bytes that are not UTF-8 each get their own plain message instead of
 * garbled text or a stack trace.
 */
public final class TextFiles {

    /** Larger inputs are refused before they are read; 1 MB answers stay far below this. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

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
                throw new UnreadableText(name, "is " + size / (1024 * 1024) + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB");
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
                throw new UnreadableText(name, "more than " + MAX_BYTES / (1024 * 1024) + " MB; that is the limit");
            }
            return decode(name, bytes);
        } catch (IOException e) {
            throw new UnreadableText(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Decodes strictly; drops a leading byte-order mark, which editors on Windows like to add. */
    public static String decode(String name, byte[] bytes) throws UnreadableText {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableText(name, "looks like a binary file (a NUL byte at offset " + i + "), not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new UnreadableText(name, "is not valid UTF-8 (bad byte at offset " + buffer.position() + ")");
        } catch (CharacterCodingException e) {
            throw new UnreadableText(name, "is not valid UTF-8");
        }
    }
}
