package app.debrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command line with a data folder: its exit code and what it printed. */
public record CliRun(int code, String out, String err) {

    static final ObjectMapper JSON = new ObjectMapper();

    public static CliRun of(Path dataDir, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        RootCommand root = new RootCommand(dir -> {
            throw new AssertionError("the app must not open from a command");
        }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code = RootCommand.commandLine(root, new PrintWriter(out), new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    public JsonNode json() throws IOException {
        return JSON.readTree(out);
    }
}
