package app.debrief.bank;

import app.debrief.content.BundledContent;
import app.debrief.content.ContentFile;
import app.debrief.content.ContentProblem;
import app.debrief.rubric.RubricReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A malformed pack is reported at its file, line and column, skipped, and the rest still loads. */
class PromptPackReaderTest {

    static final Map<String, PromptKind> KINDS = RubricReader.bundled().kinds();

    static String pack(String id, String promptId, String extra) {
        return """
                {
                  "pack": "%s",
                  "title": "Test pack",
                  "prompts": [
                    {
                      "id": "%s",
                      "track": "PM",
                      "kind": "system-design",
                      "title": "Design a batch API",
                      "question": "Design it.",
                      "minutes": 40,%s
                      "talkingPoints": [
                        { "id": "latency", "label": "Latency", "cues": ["p95", "ttft"] },
                        { "id": "cost", "label": "Cost", "cues": ["per million tokens", "gpu hours"] }
                      ]
                    }
                  ]
                }
                """.formatted(id, promptId, extra);
    }

    PromptPackReader.Outcome read(String text) {
        return new PromptPackReader(KINDS).read("mine.json", text);
    }

    @Test
    void aValidPackLoadsItsPrompts() {
        PromptPackReader.Outcome outcome = read(pack("mine", "pm-sd-mine", ""));
        assertThat(outcome.problems()).isEmpty();
        Prompt prompt = outcome.pack().orElseThrow().prompts().get(0);
        assertThat(prompt.id()).isEqualTo("pm-sd-mine");
        assertThat(prompt.talkingPoints()).hasSize(2);
        assertThat(prompt.source()).isEqualTo("mine.json");
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumn() {
        String broken = pack("mine", "pm-sd-mine", "").replace("\"minutes\": 40,", "\"minutes\": 40,,");
        List<ContentProblem> problems = read(broken).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith("mine.json:11:").contains("invalid JSON");
    }

    @Test
    void aMisspeltFieldIsReportedAtTheFieldName() {
        String text = pack("mine", "pm-sd-mine", "\n      \"minuts\": 5,");
        List<ContentProblem> problems = read(text).problems();
        assertThat(problems).extracting(ContentProblem::toString)
                .containsExactly("mine.json:12:7: unknown field 'minuts' in a prompt (allowed: followUps, id, kind, minutes, phases, question, reference, talkingPoints, title, track, warnedTerms)");
    }

    @Test
    void everyProblemOfAPackIsReportedAtOnce() {
        String text = pack("Mine Pack", "pm-sd-mine", "").replace("\"track\": \"PM\"", "\"track\": \"pm\"")
                .replace("\"minutes\": 40", "\"minutes\": 400");
        assertThat(read(text).problems()).extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "'pack' must be kebab-case (a-z, 0-9 and single hyphens), found 'Mine Pack'",
                "'track' must be \"PM\" or \"PMM\", found \"pm\"",
                "'minutes' must be between 1 and 120, found 400");
        assertThat(read(text).pack()).isEmpty();
    }

    @Test
    void phasesMustAddUpToTheBudget() {
        String text = pack("mine", "pm-sd-mine", """

                      "phases": [ { "name": "Clarify", "minutes": 5 }, { "name": "Design", "minutes": 20 } ],""");
        assertThat(read(text).problems()).extracting(ContentProblem::message)
                .containsExactly("the phases add up to 25 minutes but 'minutes' is 40");
    }

    @Test
    void aKindOfTheOtherTrackIsRefused() {
        String text = pack("mine", "pm-sd-mine", "").replace("\"system-design\"", "\"battle-card\"");
        assertThat(read(text).problems()).extracting(ContentProblem::message)
                .containsExactly("kind 'battle-card' belongs to the PMM track, not PM");
    }

    @Test
    void aDuplicateIdAcrossPacksNamesBothFilesAndTheOtherPacksStillLoad() {
        PromptBankLoader.Loaded loaded = new PromptBankLoader(KINDS).load(List.of(
                new ContentFile("first.json", pack("first", "pm-sd-same", "")),
                new ContentFile("second.json", pack("second", "pm-sd-same", "")),
                new ContentFile("broken.json", "{ not json"),
                new ContentFile("third.json", pack("third", "pm-sd-other", ""))));
        assertThat(loaded.problems()).extracting(ContentProblem::toString).containsExactly(
                "second.json:6:13: prompt id 'pm-sd-same' is already used in first.json",
                "broken.json:1:3: invalid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name");
        assertThat(loaded.bank().all()).extracting(Prompt::id).containsExactly("pm-sd-same", "pm-sd-other");
        assertThat(loaded.bank().byId("pm-sd-same").orElseThrow().source()).isEqualTo("first.json");
    }

    @Test
    void theBundledPacksAreValidAndCoverBothTracks() {
        PromptBankLoader.Loaded loaded = new PromptBankLoader(KINDS).load(BundledContent.packs());
        assertThat(loaded.problems()).isEmpty();
        PromptBank bank = loaded.bank();
        Map<String, Long> counts = new java.util.TreeMap<>();
        bank.all().forEach(p -> counts.merge(p.kind(), 1L, Long::sum));
        assertThat(counts).containsEntry("system-design", counts.get("system-design"));
        assertThat(counts.get("system-design")).isGreaterThanOrEqualTo(10);
        assertThat(counts.get("tradeoff")).isGreaterThanOrEqualTo(6);
        assertThat(counts.get("prioritization")).isGreaterThanOrEqualTo(2);
        assertThat(counts.get("launch-plan")).isGreaterThanOrEqualTo(6);
        assertThat(counts.get("battle-card")).isGreaterThanOrEqualTo(4);
        assertThat(counts.get("pricing")).isGreaterThanOrEqualTo(2);
        assertThat(counts.get("exec-explainer")).isGreaterThanOrEqualTo(2);
        assertThat(bank.all()).allSatisfy(p -> assertThat(p.talkingPoints()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(bank.forTrack(Track.PM).stream().filter(p -> p.kind().equals("system-design")))
                .allSatisfy(p -> assertThat(p.minutes()).isBetween(35, 45));
        assertThat(bank.all().stream().filter(p -> p.kind().equals("exec-explainer")))
                .anySatisfy(p -> assertThat(p.minutes()).isEqualTo(5));
    }

    @Test
    void aMistypedIdSuggestsTheNearestOnes() {
        PromptBank bank = new PromptBankLoader(KINDS).load(BundledContent.packs()).bank();
        assertThat(bank.nearestIds("pm-sd-streaming", 3)).contains("pm-sd-streaming-responses");
        assertThat(bank.nearestIds("pmm-lp-mistral-smal-2", 3)).isNotEmpty();
        assertThat(bank.nearestIds("zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 3)).isEmpty();
    }
}
