package app.debrief.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static app.debrief.store.Fixtures.T0;
import static app.debrief.store.Fixtures.draft;
import static app.debrief.store.Fixtures.feedback;
import static app.debrief.store.Fixtures.pmPrompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two windows on one data folder (two stores on one file): one writes a draft at a time, and the other is told. */
class DraftOwnersTest {

    @TempDir
    Path dir;
    AttemptStore first;
    AttemptStore second;
    Attempt attempt;

    @BeforeEach
    void open() {
        first = AttemptStore.open(dir.resolve("debrief.db")).store();
        second = AttemptStore.open(dir.resolve("debrief.db")).store();
        attempt = first.start(pmPrompt(), Mode.PRACTICE, T0);
        assertThat(first.saveDraft(draft(attempt.id(), "typed in the first window", 1_000), T0.plusSeconds(1)))
                .isEqualTo(DraftWrite.WRITTEN);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    String stored() {
        return first.attempt(attempt.id()).orElseThrow().answer();
    }

    @Test
    void aDraftAnotherWindowWritesIsNotGivenAndNotWritten() {
        assertThat(second.claimDraft(attempt.id(), false, T0.plusSeconds(2)))
                .isEqualTo(new DraftClaim.HeldElsewhere(T0));
        assertThat(second.saveDraft(draft(attempt.id(), "typed in the second window", 2_000), T0.plusSeconds(2)))
                .isEqualTo(DraftWrite.TAKEN_OVER);
        assertThat(stored()).isEqualTo("typed in the first window");
    }

    @Test
    void takingOverHandsTheLatestTextOverAndTheFirstWindowWritesNothingMore() {
        assertThat(second.claimDraft(attempt.id(), true, T0.plusSeconds(2))).isInstanceOfSatisfying(DraftClaim.Claimed.class,
                c -> assertThat(c.attempt().answer()).isEqualTo("typed in the first window"));
        assertThat(first.saveDraft(draft(attempt.id(), "typed in the first window, and more", 3_000), T0.plusSeconds(3)))
                .isEqualTo(DraftWrite.TAKEN_OVER);
        assertThat(first.renewDraftClaim(attempt.id(), T0.plusSeconds(3))).isEqualTo(DraftWrite.TAKEN_OVER);
        assertThatThrownBy(() -> first.submit(draft(attempt.id(), "handed in from the first", 4_000), feedback(pmPrompt()),
                T0.plusSeconds(4))).isInstanceOfSatisfying(DraftRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(DraftWrite.TAKEN_OVER));
        assertThat(second.saveDraft(draft(attempt.id(), "continued in the second", 5_000), T0.plusSeconds(5)))
                .isEqualTo(DraftWrite.WRITTEN);
        assertThat(stored()).isEqualTo("continued in the second");
        assertThat(first.attempt(attempt.id()).orElseThrow().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void aClaimThatIsNoLongerRenewedBelongsToAWindowThatDiedAndIsTakenWithoutAsking() {
        Instant renewed = T0.plus(DraftOwners.RENEW_EVERY);
        assertThat(first.renewDraftClaim(attempt.id(), renewed)).isEqualTo(DraftWrite.WRITTEN);
        Instant stillAlive = renewed.plus(DraftOwners.STALE_AFTER).minusMillis(1);
        assertThat(second.claimDraft(attempt.id(), false, stillAlive)).isEqualTo(new DraftClaim.HeldElsewhere(renewed));
        assertThat(second.claimDraft(attempt.id(), false, stillAlive.plusMillis(1))).isInstanceOf(DraftClaim.Claimed.class);
    }

    @Test
    void aWindowThatLeavesLetsTheOtherClaimAtOnce() {
        first.releaseDraft(attempt.id());
        second.releaseDraft(attempt.id());
        assertThat(second.claimDraft(attempt.id(), false, T0.plusSeconds(2))).isInstanceOf(DraftClaim.Claimed.class);
        assertThat(first.saveDraft(draft(attempt.id(), "after leaving", 2_000), T0.plusSeconds(2))).isEqualTo(DraftWrite.TAKEN_OVER);
    }

    @Test
    void onceHandedInNoWindowCanClaimOrWriteTheDraft() {
        first.submit(draft(attempt.id(), "final", 9_000), feedback(pmPrompt()), T0.plusSeconds(9));
        assertThat(second.claimDraft(attempt.id(), true, T0.plusSeconds(10))).isEqualTo(new DraftClaim.Closed());
        assertThat(first.saveDraft(draft(attempt.id(), "late", 10_000), T0.plusSeconds(10))).isEqualTo(DraftWrite.CLOSED);
        assertThat(first.renewDraftClaim(attempt.id(), T0.plusSeconds(10))).isEqualTo(DraftWrite.CLOSED);
        assertThat(RawSqlite.number(dir.resolve("debrief.db"), "SELECT count(*) FROM draft_owners")).as("the claim went with the hand-in")
                .isZero();
    }
}
