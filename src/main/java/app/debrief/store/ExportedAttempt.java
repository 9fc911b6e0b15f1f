package app.debrief.store;

import app.debrief.rubric.Feedback;

import java.util.List;
import java.util.Optional;

/**
 * An attempt with everything that belongs to it, as an export carries it. {@code uid} is the
 * attempt's identity across machines: importing an attempt whose uid is already in the store
 * adds nothing. The attempt's numeric id is local and is not kept by an import.
 */
public record ExportedAttempt(String uid, Attempt attempt, Optional<Feedback> feedback, List<SelfGrade> grades) {
    public ExportedAttempt {
        grades = List.copyOf(grades);
    }
}
