package app.debrief.bank;

import app.debrief.content.BundledContent;
import app.debrief.rubric.RubricReader;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled bank is enough to prepare a whole loop: at least 100 prompts, 50 per track, every
 * kind of the rubric at least 4 times, and every prompt ready for the interviewer to talk back
 * (follow-ups that probe something real, a reference part for every talking point).
 */
class BundledBankTest {

    static final Map<String, PromptKind> KINDS = RubricReader.bundled().kinds();
    static final PromptBank BANK = new PromptBankLoader(KINDS).load(BundledContent.packs()).bank();

    @Test
    void theBankHoldsAHundredPromptsFiftyPerTrackAndFourOfEveryKind() {
        assertThat(BANK.all()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(BANK.forTrack(Track.PM)).hasSizeGreaterThanOrEqualTo(50);
        assertThat(BANK.forTrack(Track.PMM)).hasSizeGreaterThanOrEqualTo(50);
        Map<String, Long> perKind = new TreeMap<>(BANK.all().stream().collect(Collectors.groupingBy(Prompt::kind, Collectors.counting())));
        assertThat(perKind.keySet()).containsExactlyInAnyOrderElementsOf(KINDS.keySet());
        assertThat(perKind.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(4));
    }

    @Test
    void everyPromptHasThreeFollowUpsThatProbeItsPointsOrItsMistakes() {
        for (Prompt p : BANK.all()) {
            Set<String> points = p.talkingPoints().stream().map(TalkingPoint::id).collect(Collectors.toSet());
            Set<String> mistakes = KINDS.get(p.kind()).mistakes();
            assertThat(p.followUps()).as(p.id()).hasSizeGreaterThanOrEqualTo(3);
            for (FollowUp f : p.followUps()) {
                assertThat(f.probes()).as(p.id() + ": " + f.question()).isNotEmpty()
                        .allSatisfy(probe -> assertThat(points.contains(probe) || mistakes.contains(probe)).as(probe).isTrue());
                assertThat(f.minutes()).as(p.id()).isBetween(2, 5);
            }
        }
    }

    @Test
    void everyTalkingPointHasAReferencePartInOrder() {
        for (Prompt p : BANK.all()) {
            assertThat(p.reference()).extracting(ReferencePart::point).as(p.id())
                    .containsExactlyElementsOf(p.talkingPoints().stream().map(TalkingPoint::id).toList());
            assertThat(p.reference()).allSatisfy(r -> assertThat(r.text()).as(p.id() + "/" + r.point()).hasSizeGreaterThan(40));
        }
    }

    @Test
    void everyTalkingPointIsWrittenAsConceptsWithSynonyms() {
        for (Prompt p : BANK.all()) {
            for (TalkingPoint t : p.talkingPoints()) {
                assertThat(t.concepts()).as(p.id() + "/" + t.id()).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.terms()).hasSizeGreaterThanOrEqualTo(2));
                assertThat(t.terms()).as(p.id() + "/" + t.id()).hasSizeGreaterThanOrEqualTo(4);
            }
        }
    }
}
