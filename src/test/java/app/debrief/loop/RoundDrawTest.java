package app.debrief.loop;

import app.debrief.bank.Prompt;
import app.debrief.bank.PromptBank;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A round of a kind draws among the prompts of that kind the candidate has answered least. */
class RoundDrawTest {

    static final PromptBank BANK = LoopsReaderTest.BANK;
    static final Loop PMM = LoopLibrary.read(BANK, List.of(app.debrief.content.BundledContent.loops())).library().byId("pmm-onsite").orElseThrow();

    @Test
    void theLeastAnsweredPromptsOfTheKindAreDrawnAndTheFixedOneIsKept() {
        Map<String, Integer> seen = new HashMap<>();
        List<Prompt> launchPlans = BANK.all().stream().filter(p -> p.kind().equals("launch-plan")).toList();
        launchPlans.forEach(p -> seen.put(p.id(), 3));
        Prompt fresh = launchPlans.get(4);
        seen.put(fresh.id(), 1);
        Set<String> drawnFirst = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            List<Prompt> drawn = RoundDraw.draw(PMM, BANK, seen, new Random(seed));
            drawnFirst.add(drawn.get(0).id());
            assertThat(drawn).extracting(Prompt::kind).containsExactly("launch-plan", "battle-card", "pricing", "exec-explainer");
            assertThat(drawn.get(3).id()).isEqualTo("pmm-ex-open-weights-cfo");
        }
        assertThat(drawnFirst).containsExactly(fresh.id());
    }

    @Test
    void eachRoundCarriesItsOwnBudgetAndThePhasesKeepTheirShares() {
        Prompt drawn = RoundDraw.draw(PMM, BANK, Map.of(), new Random(1)).get(1);
        assertThat(drawn.minutes()).isEqualTo(25);
        Prompt longer = RoundDraw.budgeted(BANK.byId("pm-to-int8-int4-fp8").orElseThrow(), 15);
        assertThat(longer.minutes()).isEqualTo(15);
        assertThat(longer.phases()).extracting(app.debrief.bank.Phase::name).containsExactly("Frame", "Analyse", "Recommend");
        assertThat(longer.phases().stream().mapToInt(app.debrief.bank.Phase::minutes).sum()).isEqualTo(15);
        assertThat(longer.phases()).allMatch(p -> p.minutes() >= 1);
    }
}
