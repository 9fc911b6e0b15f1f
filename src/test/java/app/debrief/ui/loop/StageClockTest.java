package app.debrief.ui.loop;

import app.debrief.store.LoopSitting;
import app.debrief.store.LoopStage;
import app.debrief.ui.Seeder;
import app.debrief.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A break's clock is kept like a round's: a loop killed during the break resumes it within a second. */
class StageClockTest {

    UiFixture fixture;
    final List<String> failures = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        fixture = UiFixture.direct();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    LoopSitting sitting(long id) {
        return fixture.store.loops().sitting(id).orElseThrow();
    }

    @Test
    void aBreaksClockIsSavedEverySecondAndWhenTheWindowCloses() {
        long id = Seeder.loop(fixture, 1, false);
        assertThat(sitting(id).stage()).as("round 1 handed in: the break before round 2").isEqualTo(LoopStage.BREAK);
        StageClock clock = new StageClock(fixture.services, id, sitting(id).round(), 0);
        clock.start();
        fixture.clock.advance(Duration.ofMillis(2_500));
        clock.tick(failures::add);
        assertThat(sitting(id).stageMillis()).isEqualTo(2_500);
        fixture.clock.advance(Duration.ofMillis(400));
        clock.tick(failures::add);
        assertThat(sitting(id).stageMillis()).as("not a second since the last save").isEqualTo(2_500);
        fixture.clock.advance(Duration.ofMillis(300));
        clock.stop();
        assertThat(sitting(id).stageMillis()).isEqualTo(3_200);
        assertThat(failures).isEmpty();
    }
}
