package app.debrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a script sees it: output, JSON contract, exit codes and messages. */
class CommandLineTest {

    static final String FLUFFY = "Our brand vision is that developers feel delight. The experience should be magical. "
            + "Every persona will love it and feel the emotion of the brand.";

    @TempDir
    Path dataDir;

    CliRun run(String stdin, String... args) {
        return CliRun.of(dataDir, stdin, args);
    }

    Path write(String name, String text) throws IOException {
        Path file = dataDir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void promptsListsBothTracksAndFiltersByTrack() throws IOException {
        CliRun all = run("", "prompts", "--json");
        assertThat(all.code()).isZero();
        JsonNode prompts = all.json();
        assertThat(prompts.size()).isGreaterThanOrEqualTo(38);
        CliRun pmm = run("", "prompts", "--track", "pmm", "--json");
        assertThat(pmm.json()).allSatisfy(p -> assertThat(p.get("track").asText()).isEqualTo("PMM"));
        assertThat(pmm.json().get(0).has("talkingPoints")).isTrue();
        CliRun table = run("", "prompts", "--track", "PM");
        assertThat(table.out()).contains("pm-sd-streaming-responses").doesNotContain("pmm-");
    }

    @Test
    void promptsJsonGivesEachPromptItsFollowUpsAndItsReferenceByTheContractsNames() throws IOException {
        JsonNode prompts = run("", "prompts", "--json").json();
        for (JsonNode p : prompts) {
            assertThat(p.get("followUps").size()).as(p.get("id").asText()).isGreaterThanOrEqualTo(3);
            for (JsonNode f : p.get("followUps")) {
                assertThat(fieldNames(f)).containsExactly("question", "probes", "minutes");
                assertThat(f.get("question").isTextual()).isTrue();
                assertThat(f.get("probes").isArray()).isTrue();
                assertThat(f.get("minutes").asInt()).isBetween(2, 5);
            }
            for (JsonNode r : p.get("reference")) {
                assertThat(fieldNames(r)).containsExactly("point", "text");
            }
            assertThat(p.get("reference").size()).isEqualTo(p.get("talkingPoints").size());
        }
        JsonNode batch = java.util.stream.StreamSupport.stream(prompts.spliterator(), false)
                .filter(p -> p.get("id").asText().equals("pm-sd-batch-inference-api")).findFirst().orElseThrow();
        assertThat(batch.get("followUps").toString()).contains("\"probes\":[\"unit-economics\",\"unquantified\"],\"minutes\":4");
        assertThat(batch.get("reference").get(0).get("point").asText()).isEqualTo("job-api-shape");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void checkJsonHoldsEveryMistakeOfTheRubricWithEvidence() throws IOException {
        Path answer = write("answer.txt", FLUFFY);
        CliRun run = run("", "check", "--prompt", "pm-sd-streaming-responses", "--json", answer.toString());
        assertThat(run.code()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("track").asText()).isEqualTo("PM");
        assertThat(json.get("prompt").asText()).isEqualTo("pm-sd-streaming-responses");
        assertThat(json.get("words").asInt()).isEqualTo(25);
        List<String> ids = new ArrayList<>();
        json.get("mistakes").forEach(m -> ids.add(m.get("id").asText()));
        assertThat(ids).contains("marketing-fluff", "ignores-open-source", "ignores-enterprise", "role-drift");
        JsonNode fluff = json.get("mistakes").get(ids.indexOf("marketing-fluff"));
        assertThat(fluff.get("flagged").asBoolean()).isTrue();
        assertThat(fluff.get("title").asText()).isNotBlank();
        assertThat(fluff.get("why").asText()).isNotBlank();
        JsonNode first = fluff.get("evidence").get(0);
        assertThat(FLUFFY.substring(first.get("start").asInt(), first.get("end").asInt())).isEqualTo(first.get("text").asText());
        assertThat(json.get("talkingPoints").size()).isGreaterThanOrEqualTo(2);
        assertThat(json.get("talkingPoints").get(0).has("covered")).isTrue();
        for (JsonNode point : json.get("talkingPoints")) {
            assertThat(point.get("level").asText()).isIn("developed", "touched", "missing");
            assertThat(point.get("covered").asBoolean()).as("covered means developed").isEqualTo(point.get("level").asText().equals("developed"));
        }
    }

    @Test
    void checkWithATrackReadsStandardInputAndAppliesTheWholeTrack() throws IOException {
        CliRun run = run(FLUFFY, "check", "--track", "pmm", "--json", "-");
        assertThat(run.code()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("prompt").isNull()).isTrue();
        for (JsonNode m : json.get("mistakes")) {
            if (m.get("id").asText().equals("unexplained-jargon") || m.get("id").asText().equals("marketing-fluff")) {
                assertThat(m.get("applies").asBoolean()).as(m.get("id").asText()).isTrue();
            }
        }
        assertThat(json.get("talkingPoints").size()).isZero();
    }

    @Test
    void checkPrintsAReadableReportWithoutJson() throws IOException {
        Path answer = write("answer.txt", FLUFFY);
        CliRun run = run("", "check", "--track", "pm", answer.toString());
        assertThat(run.out()).contains("X  marketing-fluff").contains("evidence: \"brand vision\"");
    }

    @Test
    void badInputExitsOneWithAMessageNamingTheFileAndNoStackTrace() throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("folder"));
        Path binary = dataDir.resolve("binary.bin");
        Files.write(binary, new byte[]{'h', 'i', 0, 1, 2});
        Path latin1 = dataDir.resolve("latin1.txt");
        Files.write(latin1, "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = write("empty.txt", "  \n\t ");
        Path missing = dataDir.resolve("missing.txt");
        assertBad(run("", "check", "--track", "pm", missing.toString()), missing + ": no such file");
        assertBad(run("", "check", "--track", "pm", dir.toString()), dir + ": is a folder, not a file");
        assertBad(run("", "check", "--track", "pm", binary.toString()), binary + ": looks like a binary file (a NUL byte at offset 2)");
        assertBad(run("", "check", "--track", "pm", latin1.toString()), latin1 + ": is not valid UTF-8 (bad byte at offset 3)");
        assertBad(run("", "check", "--track", "pm", empty.toString()), empty + ": the answer is empty");
        assertBad(run("", "check", "--track", "pm", "-"), "standard input: the answer is empty");
        assertBad(run(FLUFFY, "check", "--prompt", "pm-sd-streaming", "-"),
                "unknown prompt 'pm-sd-streaming'; did you mean pm-sd-streaming-responses");
    }

    @Test
    void wrongInputIsNamedForWhatItIs() throws IOException {
        Path utf16 = dataDir.resolve("utf16.txt");
        Files.write(utf16, ("\uFEFF" + FLUFFY).getBytes(StandardCharsets.UTF_16LE));
        assertBad(run("", "check", "--track", "pm", utf16.toString()),
                utf16 + ": is UTF-16 (little-endian) text with a byte-order mark, not UTF-8; save it as UTF-8");
        Path utf16be = dataDir.resolve("utf16be.txt");
        Files.write(utf16be, ("\uFEFF" + FLUFFY).getBytes(StandardCharsets.UTF_16BE));
        assertBad(run("", "check", "--track", "pm", utf16be.toString()), utf16be + ": is UTF-16 (big-endian) text");
        Path large = dataDir.resolve("large.json");
        Files.write(large, new byte[17_000_000]);
        CliRun validate = run("", "validate", large.toString());
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.err()).contains(large + ":1:1: is 17,000,000 bytes (16.2 MB); the limit is 16,777,216 bytes (16.0 MB)");
    }

    @Test
    void aRubricInTheUsersPromptsFolderIsNotCheckedAsAPack() throws IOException {
        String without = run("", "validate").out();
        Path rubric = write("prompts/rubric.json", app.debrief.content.BundledContent.rubric().text());
        CliRun validate = run("", "validate");
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).as("the same packs as without it").startsWith("ok: ").isEqualTo(without);
        assertThat(validate.err()).contains(rubric + ": not read: the rubric in use is the one bundled with Debrief");
        CliRun prompts = run("", "prompts");
        assertThat(prompts.err()).as("the app loads no pack from it").isEmpty();
        assertThat(run("", "validate", rubric.toString()).code()).as("named, it is checked as a rubric").isZero();
    }

    @Test
    void aRubricLexiconNamingAnUnknownListOfOtherSensesIsReportedWhereItIsNamed() throws IOException {
        String bundled = app.debrief.content.BundledContent.rubric().text();
        // the first lexicon that names the shared list, not the list's own definition (an object, not a name)
        String typo = bundled.replaceFirst("(\"otherSenses\": \\[\\s*\")a-file-not-the-weights\"", "$1a-file-not-the-weight\"");
        assertThat(typo).isNotEqualTo(bundled);
        Path rubric = write("rubric-typo.json", typo);
        assertBad(run("", "validate", rubric.toString()), "no list of other senses named 'a-file-not-the-weight'");
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("", "check", "--prompt", "x", "--track", "pm", "-").code()).isEqualTo(2);
        assertThat(run("", "check", "--track", "pm").code()).isEqualTo(2);
        assertThat(run("", "check", "--track", "cfo", "-").code()).isEqualTo(2);
        assertThat(run("", "nonsense").code()).isEqualTo(2);
    }

    @Test
    void aOneMegabyteAnswerIsChecked() throws IOException {
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append("Time to first token stays under 300 ms at p95 while our brand vision is delight 😍. مرحبا بالعالم. ");
        }
        Path answer = write("big.txt", big.toString());
        CliRun run = run("", "check", "--track", "pm", "--json", answer.toString());
        assertThat(run.code()).isZero();
        assertThat(run.json().get("words").asInt()).isGreaterThan(150_000);
    }

    @Test
    void validatePassesOnTheBundledContentAndReportsABrokenUserPackByLine() throws IOException {
        CliRun ok = run("", "validate");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).containsPattern("^ok: \\d+ packs, \\d+ prompts, rubric version \\d+");
        Path pack = write("prompts/mine.json", "{\n  \"pack\": \"mine\",\n  \"title\": \"Mine\",\n  \"prompts\": [ { \"id\": \"pm-sd-streaming-responses\" } ]\n}\n");
        CliRun bad = run("", "validate");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains(pack + ":4:16: missing field 'track'");
        CliRun named = run("", "validate", pack.toString());
        assertThat(named.code()).isEqualTo(1);
        assertThat(named.err()).contains(pack + ":4:16:");
    }

    @Test
    void aDuplicateOfABundledIdIsReportedNamingBothFiles() throws IOException {
        String text = Files.readString(Path.of("prompts/pm-tradeoffs.json"));
        Path copy = write("prompts/copy.json", text.replaceFirst("\"pm-tradeoffs\"", "\"copy\""));
        CliRun bad = run("", "validate", copy.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains(copy + ":").contains("is already used in prompts/pm-tradeoffs.json");
        CliRun list = run("", "prompts");
        assertThat(list.code()).as("a bad user pack is skipped, the rest still lists").isZero();
        assertThat(list.out()).contains("pm-to-");
        assertThat(list.err()).contains("were skipped");
    }
}
