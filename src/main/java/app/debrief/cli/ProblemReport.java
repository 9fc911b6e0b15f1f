package app.debrief.cli;

import app.debrief.content.ContentProblem;

import java.io.PrintWriter;
import java.util.List;

/** Content problems as compiler-style lines on standard error. */
final class ProblemReport {

    private ProblemReport() {
    }

    /** Lines for skipped packs, so a user sees why their pack is missing from a listing. */
    static void warn(PrintWriter err, List<ContentProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        problems.forEach(p -> err.println(p));
        err.println("debrief: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in prompt packs; the packs concerned were skipped (run 'debrief validate').");
        err.flush();
    }
}
