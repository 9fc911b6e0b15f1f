package app.debrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The built jar runs as the contract says: {@code java -jar target/debrief.jar …}, dependencies in target/lib. */
class PackagedJarIT {

    @TempDir
    Path dataDir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "debrief.jar").toString(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectOutput(dataDir.resolve("out.txt").toFile())
                .redirectError(dataDir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(dataDir.resolve("out.txt")), Files.readString(dataDir.resolve("err.txt")));
    }

    @Test
    void theJarChecksAnAnswerAndPrintsTheJsonContract() throws Exception {
        Path answer = dataDir.resolve("answer.txt");
        Files.writeString(answer, "We will keep the weights private and sell only through our API. Success is GitHub stars.",
                StandardCharsets.UTF_8);
        Result r = run("check", "--track", "pmm", "--json", answer.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("track").asText()).isEqualTo("PMM");
        JsonNode open = null;
        for (JsonNode m : json.get("mistakes")) {
            if (m.get("id").asText().equals("ignores-open-source")) {
                open = m;
            }
        }
        assertThat(open).isNotNull();
        assertThat(open.get("flagged").asBoolean()).isTrue();
    }

    @Test
    void theJarListsPromptsAndFailsCleanlyOnBadInput() throws Exception {
        Result list = run("prompts", "--track", "pm");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("pm-sd-");
        Result missing = run("check", "--track", "pm", "nope.txt");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt: no such file").doesNotContain("Exception");
        assertThat(run("validate").code()).isZero();
    }

    @Test
    void theJarOpensTheStoreAndListsAnEmptyHistory() throws Exception {
        Result history = run("history", "--json");
        assertThat(history.code()).as(history.err()).isZero();
        assertThat(new ObjectMapper().readTree(history.out()).size()).isZero();
        assertThat(dataDir.resolve("debrief.db")).as("reading writes nothing").doesNotExist();
        Result imported = run("import", Path.of("installer", "check", "export-two-attempts.json").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(dataDir.resolve("debrief.db")).exists();
    }
}
