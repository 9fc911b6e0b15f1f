package app.debrief.ui.loop;

import app.debrief.loop.DebriefPacket;
import app.debrief.loop.PacketBuilder;
import app.debrief.loop.RoundResult;
import app.debrief.practice.Interviewer;
import app.debrief.store.Attempt;
import app.debrief.store.LoopSitting;
import app.debrief.store.LoopStage;
import app.debrief.store.LoopStore;
import app.debrief.ui.common.UiServices;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where a sitting stands, with what its screen needs, read from the store (off the FX thread). */
sealed interface LoopPlace {

    LoopSitting sitting();

    record Break(LoopSitting sitting) implements LoopPlace {
    }

    /** A round being answered, or its follow-up; {@code attempt} resumes where the clock stopped. */
    record Round(LoopSitting sitting, Attempt attempt) implements LoopPlace {
    }

    record Grading(LoopSitting sitting, List<RoundResult> rounds) implements LoopPlace {
    }

    record Packet(LoopSitting sitting, DebriefPacket packet) implements LoopPlace {
    }

    /**
     * Reads the sitting. A round resumes on the answer it is on: its own, or its follow-up's once that
     * was asked. A round whose answer was handed in just before a crash goes on as the hand-in would
     * have: to its follow-up, asked now, or when there is none to ask (or it is in too), to what follows.
     */
    static LoopPlace of(UiServices services, long sittingId) {
        LoopStore loops = services.store().loops();
        LoopSitting s = loops.sitting(sittingId).orElseThrow(() -> new IllegalArgumentException("no loop sitting " + sittingId));
        if (s.stage() == LoopStage.ROUND) {
            Attempt main = loops.startRound(sittingId, Instant.now(services.clock()));
            Optional<Attempt> answering = loops.answering(loops.sitting(sittingId).orElseThrow());
            if (answering.isPresent()) {
                return new Round(s, RoundViewModel.resumed(answering.get(), s.stageMillis()));
            }
            if (RoundViewModel.interviewer(services, s).afterHandIn(main, Instant.now(services.clock())) instanceof Interviewer.Ask ask) {
                return new Round(s, ask.attempt());
            }
            s = loops.roundHandedIn(sittingId, s.round(), Instant.now(services.clock()));
        }
        return switch (s.stage()) {
            case BREAK -> new Break(s);
            case GRADING -> new Grading(s, PacketBuilder.rounds(services.store(), services.bank(), s));
            default -> new Packet(s, new PacketBuilder(services.store(), services.bank(), services.rubric(),
                    services.loops().committee(), services.clock(), services.zone()).build(s));
        };
    }
}
