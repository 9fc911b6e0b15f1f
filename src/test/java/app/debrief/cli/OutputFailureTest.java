package app.debrief.cli;

import app.debrief.store.AttemptStore;
import app.debrief.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Standard output that cannot be written (a full disk, a closed pipe) is exit 1 with one line, for every command that prints. */
class OutputFailureTest {

    @TempDir
    Path dir;

    /** Takes the first bytes, then fails as /dev/full does. */
    static final class FullDisk extends OutputStream {
        int room = 100;

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }

    record Run(int code, String err) {
    }

    Run run(OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = RootCommand.run(all, d -> {
            throw new AssertionError("no app from a command");
        }, new ByteArrayInputStream(new byte[0]), out, err);
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandThatPrintsSaysWhenItsOutputCouldNotBeWritten() throws IOException {
        try (AttemptStore store = AttemptStore.open(dir.resolve("data").resolve("debrief.db")).store()) {
            for (int i = 0; i < 5; i++) {
                Fixtures.submitted(store, Fixtures.pmPrompt(), Fixtures.T0.plusSeconds(3600L * i), "an answer " + i, "role-drift");
            }
        }
        Path answer = Files.writeString(dir.resolve("answer.txt"), "Our brand vision is pure delight. ".repeat(20));
        String[][] commands = {{"check", "--track", "pm", answer.toString()}, {"history"}, {"history", "--json"}, {"prompts"},
                {"export", "--format", "md"}, {"export", "--format", "json"}};
        for (String[] command : commands) {
            Run run = run(new FullDisk(), command);
            assertThat(run.code()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(run.err().lines()).as(String.join(" ", command)).singleElement().isEqualTo(
                    "debrief: could not write to standard output (No space left on device); what was written is incomplete");
        }
        Run fine = run(new ByteArrayOutputStream(), "history");
        assertThat(fine.code()).isZero();
        assertThat(fine.err()).isEmpty();
    }
}
