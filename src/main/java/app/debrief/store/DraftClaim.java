package app.debrief.store;

import java.time.Instant;

/** The answer to a window asking to write an unfinished attempt's draft. */
public sealed interface DraftClaim {

    /** The draft is this window's to write; {@code attempt} is as stored now (another window may have saved since). */
    record Claimed(Attempt attempt) implements DraftClaim {
    }

    /** Another window writes the draft; it last said so at {@code lastSeen}. */
    record HeldElsewhere(Instant lastSeen) implements DraftClaim {
    }

    /** The attempt is no longer in progress: there is no draft left to write. */
    record Closed() implements DraftClaim {
    }
}
