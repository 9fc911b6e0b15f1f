package app.debrief.review;

import app.debrief.bank.Track;
import app.debrief.store.GradeItem;
import app.debrief.store.SelfGrade;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static app.debrief.review.ReviewFixtures.RUBRIC;
import static app.debrief.review.ReviewFixtures.T0;
import static app.debrief.review.ReviewFixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

class AnswerQualityTest {

    /**
     * Flagged mistakes ("-" for none) and self-grades (M: a mistake, T: a talking point, id:score).
     * Seven mistakes apply to a PM system design, five to a PMM launch plan, none to an unknown kind.
     */
    @ParameterizedTest(name = "{0} {1}, flagged {2}, grades {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            PM  | system-design | -                                      | -                            | 5
            PM  | system-design | marketing-fluff                        | -                            | 4
            PM  | system-design | marketing-fluff unquantified           | -                            | 4
            PM  | system-design | marketing-fluff unquantified off-topic | -                            | 3
            PM  | system-design | marketing-fluff unquantified off-topic role-drift | -                 | 2
            PM  | system-design | marketing-fluff unquantified off-topic role-drift vague-ai-claims ignores-enterprise ignores-open-source | - | 0
            PM  | system-design | -                                      | M:marketing-fluff:4 M:unquantified:4 | 5
            PM  | system-design | -                                      | M:marketing-fluff:3          | 4
            PM  | system-design | -                                      | M:marketing-fluff:1          | 2
            PM  | system-design | marketing-fluff unquantified off-topic | M:marketing-fluff:3          | 3
            PM  | system-design | marketing-fluff unquantified off-topic role-drift vague-ai-claims ignores-enterprise ignores-open-source | T:latency:2 | 2
            PM  | system-design | -                                      | M:made-up:1                  | 5
            PMM | launch-plan   | ignores-enterprise                     | -                            | 4
            PMM | launch-plan   | ignores-enterprise role-drift          | -                            | 3
            PMM | launch-plan   | ignores-enterprise role-drift off-topic | -                           | 2
            PMM | launch-plan   | unquantified                           | -                            | 5
            PMM | custom-kind   | -                                      | -                            | 3
            PMM | custom-kind   | -                                      | T:latency:2                  | 5
            PMM | custom-kind   | -                                      | T:latency:1 M:role-drift:1   | 1
            """)
    void qualityMixesTheCheckersClearedShareWithTheSelfGrades(Track track, String kind, String flagged, String grades, int expected) {
        List<String> flags = flagged.equals("-") ? List.of() : List.of(flagged.split(" "));
        SelfGrade[] selfGrades = grades.equals("-") ? new SelfGrade[0] : Arrays.stream(grades.split(" ")).map(g -> {
            String[] parts = g.split(":");
            return new SelfGrade(parts[0].equals("M") ? GradeItem.MISTAKE : GradeItem.TALKING_POINT, parts[1], Integer.parseInt(parts[2]), "");
        }).toArray(SelfGrade[]::new);
        assertThat(AnswerQuality.of(point(1, "p", track, kind, T0, flags, selfGrades), RUBRIC)).isEqualTo(expected);
    }
}
