package app.debrief.loop;

import app.debrief.bank.PromptBank;
import app.debrief.bank.PromptBankLoader;
import app.debrief.bank.Track;
import app.debrief.content.BundledContent;
import app.debrief.content.ContentFile;
import app.debrief.rubric.RubricReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Loops files are validated like packs: every problem located, a bad loop skipped, the others kept. */
class LoopsReaderTest {

    static final PromptBank BANK = new PromptBankLoader(RubricReader.bundled().kinds()).load(BundledContent.packs()).bank();

    @TempDir
    Path dir;

    @Test
    void theBundledLoopsAreAPmAndAPmmOnsiteAndA25MinuteScreenPerTrack() {
        LoopLibrary.Loaded loaded = LoopLibrary.load(BANK, dir);
        assertThat(loaded.problems()).isEmpty();
        for (Track track : Track.values()) {
            List<Loop> loops = loaded.library().forTrack(track);
            assertThat(loops).anyMatch(l -> l.rounds().size() >= 3 && l.rounds().size() <= 4);
            assertThat(loops).anyMatch(l -> l.answerMinutes() == 25 && l.title().contains("screen"));
        }
        assertThat(loaded.library().byId("pmm-onsite").orElseThrow().rounds()).contains(new LoopRound.Fixed("pmm-ex-open-weights-cfo", 5));
    }

    @Test
    void eachProblemIsReportedAtItsLineAndColumnAndOnlyTheBadLoopIsSkipped() {
        String text = """
                {
                  "loops": [
                    { "id": "good", "track": "PM", "title": "Fine", "rounds": [ { "kind": "tradeoff", "minutes": 20 } ] },
                    { "id": "bad", "track": "PM", "title": "Wrong kinds",
                      "rounds": [
                        { "kind": "battle-card", "minutes": 20 },
                        { "prompt": "pm-to-kv-cache-memroy", "minutes": 20 },
                        { "kind": "tradeoff", "prompt": "pm-to-kv-cache-memory", "minutes": 20 },
                        { "kind": "tradeoff", "minutes": 0, "colour": "red" }
                      ] }
                  ]
                }
                """;
        LoopsReader.Outcome outcome = new LoopsReader(BANK).read("my.loops.json", text, Map.of());
        assertThat(outcome.loops()).extracting(Loop::id).containsExactly("good");
        assertThat(outcome.problems()).extracting(Object::toString).containsExactly(
                "my.loops.json:6:19: kind 'battle-card' is of the PMM track, not PM",
                "my.loops.json:7:21: no prompt 'pm-to-kv-cache-memroy'; did you mean pm-to-kv-cache-memory?",
                "my.loops.json:8:9: a round names a 'kind' (a prompt of that kind is drawn) or a 'prompt' (its id), exactly one of them",
                "my.loops.json:9:45: unknown field 'colour' in a round (allowed: kind, minutes, prompt)",
                "my.loops.json:9:42: 'minutes' must be between 1 and 120, found 0");
    }

    @Test
    void aUsersLoopsFileSitsBesideTheirPacksAndAnIdTakenByTheBundledLoopsNamesTheirFile() throws IOException {
        Files.writeString(dir.resolve("mine.loops.json"), """
                { "loops": [
                  { "id": "pm-onsite", "track": "PM", "title": "Mine", "rounds": [ { "kind": "tradeoff", "minutes": 20 } ] },
                  { "id": "pm-quick", "track": "PM", "title": "Quick", "breakMinutes": 0, "rounds": [ { "kind": "metrics", "minutes": 10 } ] }
                ] }
                """);
        Files.writeString(dir.resolve("pm-extra.json"), "{}");
        LoopLibrary.Loaded loaded = LoopLibrary.load(BANK, dir);
        assertThat(loaded.problems()).extracting(Object::toString).containsExactly(
                dir.resolve("mine.loops.json") + ":2:11: loop id 'pm-onsite' is already used in prompts/loops.json");
        assertThat(loaded.library().byId("pm-quick")).isPresent();
        assertThat(BundledContent.isLoops("pm-extra.json")).as("a pack is not a loops file").isFalse();
    }

    @Test
    void theBankSkipsLoopsFilesSoTheyAreNotReportedAsBrokenPacks() {
        PromptBankLoader.Loaded loaded = new PromptBankLoader(RubricReader.bundled().kinds())
                .load(List.of(new ContentFile("/home/x/prompts/loops.json", "{ \"loops\": [] }")));
        assertThat(loaded.problems()).isEmpty();
    }
}
