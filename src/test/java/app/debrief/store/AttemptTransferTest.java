package app.debrief.store;

import app.debrief.content.ContentProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.debrief.store.Fixtures.T0;
import static app.debrief.store.Fixtures.pmPrompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole attempts out and back in: the JSON round trip, skipping what is there, and all or nothing. */
class AttemptTransferTest {

    @TempDir
    Path dir;

    AttemptStore store(String name) {
        return AttemptStore.open(dir.resolve(name).resolve("debrief.db")).store();
    }

    static List<ExportedAttempt> exported(AttemptStore store) {
        List<ExportedAttempt> all = new ArrayList<>();
        store.export(Optional.empty(), all::add);
        return all;
    }

    static String json(AttemptStore store) {
        StringWriter text = new StringWriter();
        try (ExportWriter writer = new ExportWriter(text, T0)) {
            store.export(Optional.empty(), writer::write);
        }
        return text.toString();
    }

    @Test
    void anExportReadBackAndImportedElsewhereIsTheSameHistory() {
        String json;
        List<ExportedAttempt> original;
        try (AttemptStore from = store("a")) {
            Attempt done = Fixtures.submitted(from, pmPrompt(), T0, "Our brand vision.\n\nSecond paragraph, p95 in ms.", "marketing-fluff");
            from.saveGrades(done.id(), List.of(new SelfGrade(GradeItem.MISTAKE, "marketing-fluff", 2, "fluff | pipes\nand lines")));
            Attempt draft = from.start(pmPrompt(), Mode.MOCK, T0.plusSeconds(3600));
            from.saveDraft(Fixtures.draft(draft.id(), "half done", 5_000), T0.plusSeconds(3605));
            from.delete(from.start(pmPrompt(), Mode.PRACTICE, T0.plusSeconds(7200)).id(), T0.plusSeconds(7201));
            original = exported(from);
            json = json(from);
        }
        assertThat(original).as("deleted attempts are not exported").hasSize(2);
        ExportReader.Result read = ExportReader.read("export.json", json);
        assertThat(read.problems()).isEmpty();
        assertThat(read.attempts()).hasSize(2);
        try (AttemptStore to = store("b")) {
            assertThat(to.importAttempts(read.attempts())).isEqualTo(new ImportResult(2, 0));
            List<ExportedAttempt> copied = exported(to);
            for (int i = 0; i < 2; i++) {
                ExportedAttempt a = original.get(i);
                ExportedAttempt b = copied.get(i);
                assertThat(b.uid()).isEqualTo(a.uid());
                assertThat(b.feedback()).isEqualTo(a.feedback());
                assertThat(b.grades()).isEqualTo(a.grades());
                assertThat(b.attempt()).usingRecursiveComparison().ignoringFields("id").isEqualTo(a.attempt());
            }
            assertThat(to.importAttempts(read.attempts())).as("the second time adds nothing").isEqualTo(new ImportResult(0, 2));
            assertThat(to.history(HistoryQuery.newest(10)).total()).isEqualTo(2);
            assertThat(to.search("fluff", 0, 10)).as("imported notes are searchable").hasSize(1);
            assertThat(to.latestUnfinished().orElseThrow().answer()).isEqualTo("half done");
        }
    }

    @Test
    void anImportThatFailsHalfWayWritesNothing() {
        List<ExportedAttempt> batch;
        try (AttemptStore from = store("a")) {
            Fixtures.submitted(from, pmPrompt(), T0, "first");
            Fixtures.submitted(from, pmPrompt(), T0.plusSeconds(60), "second");
            batch = new ArrayList<>(exported(from));
        }
        ExportedAttempt second = batch.get(1);
        SelfGrade twice = new SelfGrade(GradeItem.MISTAKE, "role-drift", 2, "");
        batch.set(1, new ExportedAttempt(second.uid(), second.attempt(), second.feedback(), List.of(twice, twice)));
        try (AttemptStore to = store("b")) {
            assertThatThrownBy(() -> to.importAttempts(batch)).isInstanceOf(StoreException.class);
            assertThat(to.history(HistoryQuery.newest(10)).total()).as("the first attempt was rolled back too").isZero();
        }
    }

    @Test
    void aMalformedExportNamesEachProblemByLineColumnAndField() {
        String json;
        try (AttemptStore from = store("a")) {
            Fixtures.submitted(from, pmPrompt(), T0, "first");
            Fixtures.submitted(from, pmPrompt(), T0.plusSeconds(60), "second");
            json = json(from);
        }
        int secondStatus = json.indexOf("\"status\" : \"SUBMITTED\"", json.indexOf("\"uid\"", json.indexOf("\"uid\"") + 1));
        String broken = json.substring(0, secondStatus) + "\"status\" : \"DONE\"" + json.substring(secondStatus + "\"status\" : \"SUBMITTED\"".length());
        ExportReader.Result read = ExportReader.read("export.json", broken);
        assertThat(read.attempts()).isEmpty();
        int line = (int) broken.substring(0, secondStatus).chars().filter(c -> c == '\n').count() + 1;
        assertThat(read.problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("export.json:" + line + ":").contains("'status' must be one of IN_PROGRESS, SUBMITTED, ABANDONED"));
        assertThat(ExportReader.read("x.json", "{\"debriefExport\": 1, \"attempts\": [ {\"uid\": \"u\"} ]").problems())
                .extracting(ContentProblem::toString).anySatisfy(p -> assertThat(p).startsWith("x.json:1:").contains("invalid JSON"));
        assertThat(ExportReader.read("x.json", "{\"debriefExport\": 2, \"attempts\": []}").problems())
                .extracting(ContentProblem::toString).anySatisfy(p -> assertThat(p).contains("newer Debrief"));
        assertThat(ExportReader.read("x.json", "{\"debriefExport\": 1, \"attempts\": [ {\"uid\": \"u\", \"colour\": 1} ]}").problems())
                .extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("unknown field 'colour'"))
                .anySatisfy(p -> assertThat(p).contains("missing field 'startedAt'"));
    }
}
