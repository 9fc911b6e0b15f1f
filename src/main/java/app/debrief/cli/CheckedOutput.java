package app.debrief.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. A PrintWriter swallows the error of a full
 * disk or a closed pipe and goes on; at the end the command line asks this stream, and exits 1
 * with one line saying so instead of claiming success.
 */
final class CheckedOutput extends FilterOutputStream {

    private IOException failure;

    CheckedOutput(OutputStream out) {
        super(out);
    }

    /** Why writing failed, if it did. */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        guard(() -> out.write(bytes, offset, length));
    }

    @Override
    public void flush() throws IOException {
        guard(out::flush);
    }

    private interface Io {
        void run() throws IOException;
    }

    private void guard(Io io) throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            io.run();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
