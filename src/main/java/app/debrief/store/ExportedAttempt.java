package app.debrief.store;

import app.debrief.rubric.Feedback;

import java.util.List;
import java.util.Optional;

/**
 * An attempt with everything that belongs to it, as an export carries it, its follow-ups too.
 * {@code uid} is the attempt's identity across machines: importing an attempt whose uid is already
 * in the store adds nothing (but the follow-ups the store lacks). The attempt's numeric id is local
 * and is not kept by an import.
 */
public record ExportedAttempt(String uid, Attempt attempt, Optional<Feedback> feedback, List<SelfGrade> grades,
                              List<FollowUpAnswer> followUps) {
    public ExportedAttempt {
        grades = List.copyOf(grades);
        followUps = List.copyOf(followUps);
    }

    /** An attempt no follow-up was asked after. */
    public ExportedAttempt(String uid, Attempt attempt, Optional<Feedback> feedback, List<SelfGrade> grades) {
        this(uid, attempt, feedback, grades, List.of());
    }
}
