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
            assertThat(to.importAttempts(read.attempts())).isEqualTo(new ImportResult(2, 0, 0));
            List<ExportedAttempt> copied = exported(to);
            for (int i = 0; i < 2; i++) {
                ExportedAttempt a = original.get(i);
                ExportedAttempt b = copied.get(i);
                assertThat(b.uid()).isEqualTo(a.uid());
                assertThat(b.feedback()).isEqualTo(a.feedback());
                assertThat(b.grades()).isEqualTo(a.grades());
                assertThat(b.attempt()).usingRecursiveComparison().ignoringFields("id").isEqualTo(a.attempt());
            }
            assertThat(to.importAttempts(read.attempts())).as("the second time adds nothing").isEqualTo(new ImportResult(0, 2, 0));
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
    void oneUidTwiceIsReportedWhenTheTwoDifferAndSkippedWhenTheyAreTheSame() {
        String json;
        try (AttemptStore from = store("a")) {
            Fixtures.submitted(from, pmPrompt(), T0, "the attempt as first exported");
            json = json(from);
        }
        String element = json.substring(json.indexOf("{", json.indexOf("\"attempts\"")), json.lastIndexOf("]")).strip();
        String twice = json.replace(element, element + ",\n" + element);
        ExportReader.Result same = ExportReader.read("merged.json", twice);
        assertThat(same.problems()).isEmpty();
        assertThat(same.attempts()).as("the same attempt twice is one attempt").hasSize(1);

        String changed = element.replace("the attempt as first exported", "the attempt, edited since");
        String clash = json.replace(element, element + ",\n" + changed);
        int secondUid = clash.indexOf("\"uid\"", clash.indexOf("\"uid\"") + 1);
        int line = (int) clash.substring(0, secondUid).chars().filter(c -> c == '\n').count() + 1;
        int firstLine = (int) clash.substring(0, clash.indexOf("\"uid\"")).chars().filter(c -> c == '\n').count() + 1;
        ExportReader.Result read = ExportReader.read("merged.json", clash);
        assertThat(read.attempts()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).as("at the second one's uid").isEqualTo(line);
            assertThat(p.message()).contains("is also the uid of the attempt on line " + firstLine).contains("differs");
        });
    }

    @Test
    void attemptsReachTheImportBeforeTheRestOfTheFileIsRead() {
        String json;
        try (AttemptStore from = store("a")) {
            for (int i = 0; i < 40; i++) {
                Fixtures.submitted(from, pmPrompt(), T0.plusSeconds(3600L * i), "answer number " + i + " ".repeat(2_000));
            }
            json = json(from);
        }
        long[] readSoFar = {0};
        List<Long> readAtEachAttempt = new ArrayList<>();
        java.io.Reader counting = new java.io.FilterReader(new java.io.StringReader(json)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                int n = super.read(buffer, offset, length);
                readSoFar[0] += Math.max(0, n);
                return n;
            }
        };
        ExportReader.Checked checked = ExportReader.read("export.json", counting, a -> readAtEachAttempt.add(readSoFar[0]));
        assertThat(checked.problems()).isEmpty();
        assertThat(readAtEachAttempt).hasSize(40);
        assertThat(readAtEachAttempt.get(0)).as("read when the first attempt was handed on, of %d", json.length())
                .isLessThan(json.length() / 4);
        assertThat(readAtEachAttempt).as("and the rest as it went").isSorted().last().isNotEqualTo(readAtEachAttempt.get(0));
    }

    @Test
    void anImportLargerThanAStagingBatchLandsWholeOrNotAtAll() {
        List<ExportedAttempt> all;
        try (AttemptStore from = store("a")) {
            for (int i = 0; i < ImportStaging.BATCH * 2 + 7; i++) {
                Fixtures.submitted(from, pmPrompt(), T0.plusSeconds(60L * i), "answer " + i, "role-drift");
            }
            all = exported(from);
        }
        List<ExportedAttempt> broken = new ArrayList<>(all);
        ExportedAttempt last = broken.get(broken.size() - 1);
        SelfGrade twice = new SelfGrade(GradeItem.MISTAKE, "role-drift", 2, "");
        broken.set(broken.size() - 1, new ExportedAttempt(last.uid(), last.attempt(), last.feedback(), List.of(twice, twice)));
        try (AttemptStore to = store("b")) {
            assertThatThrownBy(() -> to.importAttempts(broken)).isInstanceOf(StoreException.class);
            assertThat(to.history(HistoryQuery.newest(10)).total()).as("the batches before were not kept").isZero();
            assertThat(to.importAttempts(all)).isEqualTo(new ImportResult(all.size(), 0, 0));
            assertThat(to.history(HistoryQuery.newest(10)).total()).isEqualTo(all.size());
            assertThat(to.search(String.valueOf(all.size() - 1), 0, 10)).as("the last batch is searchable too").hasSize(1);
            assertThat(to.progress(HistoryQuery.newest(1_000))).allSatisfy(p -> assertThat(p.flaggedMistakes()).containsExactly("role-drift"));
        }
    }

    @Test
    void anAnswerLongerThanTheJsonParsersUsualLimitExportsAndImportsBack() {
        String longAnswer = "p95 under 300 ms. ".repeat(1_200_000);
        assertThat(longAnswer.length()).as("over Jackson's default of 20 million characters").isGreaterThan(20_000_000);
        String json;
        try (AttemptStore from = store("a")) {
            Fixtures.submitted(from, pmPrompt(), T0, longAnswer);
            json = json(from);
        }
        ExportReader.Result read = ExportReader.read("export.json", json);
        assertThat(read.problems()).isEmpty();
        try (AttemptStore to = store("b")) {
            to.importAttempts(read.attempts());
            assertThat(to.attempt(to.recent(1).get(0).id()).orElseThrow().answer()).isEqualTo(longAnswer);
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

    /** An attempt with one answered follow-up and one still being written. */
    static Attempt withFollowUps(AttemptStore store) {
        Attempt main = Fixtures.submitted(store, pmPrompt(), T0, "Streaming over SSE.", "marketing-fluff");
        Attempt first = store.followUps().ask(main.id(), new app.debrief.bank.FollowUp("What is the p95 budget?", List.of("latency"), 3),
                "Asked because your answer said nothing about the latency budget.", T0.plusSeconds(700));
        store.submit(Fixtures.draft(first.id(), "TTFT under 300 ms at p95, part by part.", 170_000),
                Fixtures.feedback(first.prompt()), T0.plusSeconds(880));
        Attempt second = store.followUps().ask(main.id(), new app.debrief.bank.FollowUp("And the brand?", List.of("marketing-fluff"), 2),
                "Asked because the checker flagged it.", T0.plusSeconds(900));
        store.saveDraft(Fixtures.draft(second.id(), "half written", 30_000), T0.plusSeconds(930));
        return main;
    }

    @Test
    void followUpsTravelWithTheirAttemptThroughAnExportAndAreImportedOnce() {
        String json;
        List<FollowUpAnswer> original;
        try (AttemptStore from = store("a")) {
            Attempt main = withFollowUps(from);
            original = from.followUps().of(main.id());
            json = json(from);
        }
        assertThat(json).contains("\"followUps\"", "\"question\" : \"What is the p95 budget?\"", "\"elapsedMillis\" : 170000");
        ExportReader.Result read = ExportReader.read("export.json", json);
        assertThat(read.problems()).isEmpty();
        try (AttemptStore to = store("b")) {
            assertThat(to.importAttempts(read.attempts())).isEqualTo(new ImportResult(1, 0, 2));
            long main = to.recent(1).get(0).id();
            List<FollowUpAnswer> copied = to.followUps().of(main);
            assertThat(copied).hasSize(2);
            for (int i = 0; i < 2; i++) {
                assertThat(copied.get(i)).usingRecursiveComparison().ignoringFields("mainId", "attempt.id").isEqualTo(original.get(i));
            }
            assertThat(to.latestUnfinished().orElseThrow().answer()).as("the follow-up draft is resumable there too").isEqualTo("half written");
            assertThat(to.importAttempts(read.attempts())).as("the second time adds nothing").isEqualTo(new ImportResult(0, 1, 0));
            assertThat(to.followUps().of(main)).hasSize(2);
            assertThat(to.search("part", 0, 10)).singleElement().satisfies(h -> assertThat(h.attemptId()).isEqualTo(main));
        }
    }

    @Test
    void anAttemptImportedBeforeItsFollowUpsWereAnsweredGainsThemFromALaterExport() {
        String before;
        String after;
        try (AttemptStore from = store("a")) {
            Attempt main = Fixtures.submitted(from, pmPrompt(), T0, "Streaming over SSE.");
            before = json(from);
            Attempt asked = from.followUps().ask(main.id(), new app.debrief.bank.FollowUp("p95?", List.of("latency"), 3), "Asked.", T0);
            from.submit(Fixtures.draft(asked.id(), "300 ms", 1_000), Fixtures.feedback(asked.prompt()), T0.plusSeconds(5));
            after = json(from);
        }
        try (AttemptStore to = store("b")) {
            to.importAttempts(ExportReader.read("before.json", before).attempts());
            assertThat(to.importAttempts(ExportReader.read("after.json", after).attempts())).isEqualTo(new ImportResult(0, 1, 1));
            assertThat(to.history(HistoryQuery.newest(10)).attempts()).singleElement().satisfies(s -> assertThat(s.followUps()).isEqualTo(1));
        }
    }

    @Test
    void aBrokenFollowUpStopsTheWholeImportAndIsNamedByLineAndField() {
        String json;
        try (AttemptStore from = store("a")) {
            withFollowUps(from);
            json = json(from);
        }
        String broken = json.replace("\"minutes\" : 3,", "\"minutes\" : \"three\",");
        ExportReader.Result read = ExportReader.read("export.json", broken);
        assertThat(read.attempts()).isEmpty();
        int line = (int) broken.substring(0, broken.indexOf("\"three\"")).chars().filter(c -> c == '\n').count() + 1;
        assertThat(read.problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("export.json:" + line + ":").contains("'minutes' must be a whole number"));
    }
}
