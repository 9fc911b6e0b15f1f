package app.debrief.ui;

import app.debrief.bank.Prompt;
import app.debrief.settings.Settings;
import app.debrief.store.Attempt;
import app.debrief.store.Mode;
import app.debrief.ui.picker.PickerViewModel;
import app.debrief.ui.shell.Shell;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen at the smallest supported window (1024x700) and a large one (1600x1000), in the
 * light and the dark theme, filled with the longest prompt title and labels of the bank: no
 * button, heading or label may be cut short, and no control may lie outside the window. The
 * screenshots are written to target/layout/ for a person to look at.
 *
 * <p>To cover a new screen, add an entry to {@link #screens()}: a name and how to get there
 * (what to open, and what to wait for before the screen is complete).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenLayoutTest {

    static final Path OUT = Path.of("target", "layout");

    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    static final List<Size> SIZES = List.of(new Size(1024, 700), new Size(1600, 1000));

    /** How to bring a screen up, with the longest content, in a freshly built shell. */
    interface Opening {
        void open(ScreenContext on) throws Exception;
    }

    record ScreenCase(String name, Opening opening) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every screen of the app. */
    static Stream<ScreenCase> screens() {
        return Stream.of(
                new ScreenCase("home", on -> {
                    on.show(Shell::home);
                    on.waitFor("recent attempts and the resume banner", () -> !on.<ListView<?>>find("#recent-attempts").getItems().isEmpty()
                            && on.find("#resume-banner").isVisible());
                }),
                new ScreenCase("picker", on -> {
                    on.show(s -> s.pick(on.longest.track()));
                    ListView<PickerViewModel.PromptRow> list = on.find("#prompt-list");
                    on.waitFor("the prompts, with their last results", () -> list.getItems().stream()
                            .anyMatch(r -> r.prompt().equals(on.longest) && !r.lastResult().isEmpty()));
                    on.robot.interact(() -> list.getItems().stream().filter(r -> r.prompt().equals(on.longest)).findFirst()
                            .ifPresent(r -> list.getSelectionModel().select(r)));
                }),
                new ScreenCase("answer", on -> {
                    Attempt fresh = on.fixture.store.start(on.longest, Mode.MOCK, java.time.Instant.now(on.fixture.clock));
                    on.show(s -> s.answer(fresh));
                    on.waitFor("the editor", () -> on.lookup("#editor") != null);
                    if (!on.longest.phases().isEmpty()) {
                        on.fixture.clock.advance(Duration.ofMinutes(on.longest.phases().get(0).minutes() + 2));
                        on.waitFor("the first phase over its share", () -> on.<Label>find("#phase").getText().contains("over"));
                    }
                }),
                new ScreenCase("answer-follow-up", on -> {
                    app.debrief.practice.Interviewer interviewer = new app.debrief.practice.Interviewer(on.fixture.store);
                    Attempt followUp = on.fixture.store.followUps().of(on.older).stream().findFirst().map(f -> f.attempt())
                            .orElseGet(() -> interviewer.ask(on.older, interviewer.next(on.older).orElseThrow(),
                                    java.time.Instant.now(on.fixture.clock)).attempt());
                    on.show(s -> s.answer(followUp));
                    on.waitFor("the follow-up's note", () -> on.find("#follow-up-note").isVisible());
                }),
                new ScreenCase("feedback-offer", on -> {
                    java.util.Optional<app.debrief.practice.ChosenFollowUp> offer = new app.debrief.practice.Interviewer(on.fixture.store)
                            .next(on.older);
                    on.show(s -> s.debrief(on.older, offer));
                    on.waitFor("the findings and the offer", () -> on.lookup("#findings") instanceof Pane p && !p.getChildren().isEmpty()
                            && on.find("#follow-up-offer").isVisible());
                }),
                new ScreenCase("feedback-follow-ups", on -> {
                    on.show(s -> s.debrief(on.newer, java.util.Optional.empty()));
                    on.waitFor("the follow-ups", () -> on.find("#follow-up-2").isVisible());
                }),
                new ScreenCase("feedback-reference", on -> {
                    on.show(s -> s.feedback(on.newer));
                    on.waitFor("the findings", () -> on.lookup("#findings") instanceof Pane p && !p.getChildren().isEmpty());
                    on.robot.interact(() -> on.<javafx.scene.control.TabPane>find("#feedback-tabs").getSelectionModel().select(2));
                    on.waitFor("the reference answer", () -> on.find("#reference").isVisible());
                }),
                new ScreenCase("feedback", on -> {
                    on.show(s -> s.feedback(on.newer));
                    on.waitFor("the findings", () -> on.lookup("#findings") instanceof Pane p && !p.getChildren().isEmpty());
                    // A grade just given: the header says it is saved.
                    on.robot.interact(() -> on.robot.lookup(".self-grade .toggle-button").queryAll().stream()
                            .map(ToggleButton.class::cast).filter(b -> !b.isSelected()).findFirst().ifPresent(ToggleButton::fire));
                    on.waitFor("the grade saved", () -> on.<Label>find("#grade-status").getText().contains("saved"));
                }),
                new ScreenCase("history", on -> {
                    on.show(Shell::history);
                    TableView<?> table = on.find("#history-table");
                    on.waitFor("the first page", () -> !table.getItems().isEmpty());
                    on.robot.interact(() -> table.getSelectionModel().select(0));
                }),
                new ScreenCase("history-search", on -> {
                    on.show(Shell::history);
                    on.robot.interact(() -> on.<TextField>find("#history-search").setText(ScreenContext.LONG_QUERY));
                    on.waitFor("the search results", () -> !on.<ListView<?>>find("#search-results").getItems().isEmpty()
                            && on.<Label>find("#history-status").getText().contains("match"));
                }),
                new ScreenCase("compare", on -> {
                    on.show(s -> s.compare(on.older, on.newer));
                    on.waitFor("the comparison", () -> !on.<Label>find("#compare-summary").getText().isEmpty());
                }),
                new ScreenCase("progress", on -> {
                    on.show(Shell::progress);
                    on.waitFor("practise next", () -> on.lookup("#practise-next") instanceof Pane p && p.getChildren().size() > 1);
                }),
                new ScreenCase("loop-start", on -> {
                    long id = on.sitting(0, false);
                    on.show(s -> s.loop(id));
                    on.waitFor("the loop's plan", () -> on.lookup("#loop-plan") != null);
                }),
                new ScreenCase("loop-break", on -> {
                    long id = on.sitting(1, false);
                    on.show(s -> s.loop(id));
                    on.waitFor("the break's countdown", () -> on.lookup("#loop-break-countdown") != null
                            && on.<Label>find("#loop-break-countdown").getText().contains("starts in"));
                }),
                new ScreenCase("loop-round", on -> {
                    long id = on.sitting(1, false);
                    on.fixture.store.loops().startRound(id, java.time.Instant.now(on.fixture.clock));
                    on.show(s -> s.loop(id));
                    on.waitFor("the round's editor", () -> on.lookup("#editor") != null && on.lookup("#loop-round-heading") != null);
                }),
                new ScreenCase("loop-follow-up", on -> {
                    long id = on.sitting(1, false);
                    Seeder.roundToFollowUp(on.fixture, id, 2, java.time.Instant.now(on.fixture.clock));
                    on.show(s -> s.loop(id));
                    on.waitFor("the follow-up's editor", () -> on.lookup("#loop-follow-up #editor") != null);
                }),
                new ScreenCase("loop-grading", on -> {
                    long id = on.sitting(4, false);
                    on.show(s -> s.loop(id));
                    on.waitFor("the rounds to grade", () -> on.lookup("#loop-reveal") != null);
                    on.robot.interact(() -> on.<ToggleButton>find("#self-grade-1-strong-no-hire").fire());
                }),
                new ScreenCase("loop-packet", on -> {
                    long id = on.sitting(4, true);
                    on.show(s -> s.loop(id));
                    on.waitFor("the packet", () -> on.lookup("#packet-lean") != null);
                }),
                new ScreenCase("loop-packet-rounds", on -> {
                    long id = on.sitting(4, true);
                    on.show(s -> s.loop(id));
                    on.waitFor("the packet", () -> on.lookup("#packet-round-4") != null);
                    on.robot.interact(() -> on.<javafx.scene.control.ScrollPane>find("#loop-packet").setVvalue(0.55));
                }),
                new ScreenCase("history-loop", on -> {
                    on.sitting(4, true);
                    on.show(Shell::history);
                    javafx.scene.control.ComboBox<?> loops = on.find("#filter-loop");
                    on.waitFor("the loops sat", () -> loops.getItems().size() > 1);
                    on.robot.interact(() -> loops.getSelectionModel().select(1));
                    TableView<?> table = on.find("#history-table");
                    on.waitFor("the loop's rounds", () -> table.getItems().size() == 4);
                }),
                new ScreenCase("progress-charts", on -> {
                    on.show(Shell::progress);
                    on.waitFor("the charts", () -> on.lookup("#calibration-chart") != null && on.lookup("#calibration-chart").isVisible());
                    on.robot.interact(() -> on.<javafx.scene.control.ScrollPane>find("#progress").setVvalue(0.7));
                }),
                new ScreenCase("progress-loops", on -> {
                    on.sitting(4, true);
                    on.show(Shell::progress);
                    on.waitFor("the loops' charts", () -> on.lookup("#loop-lean-chart") != null && on.lookup("#loop-lean-chart").isVisible());
                    // Scrolled so that the loops' heading is at the top, the lean under it.
                    on.robot.interact(() -> {
                        javafx.scene.control.ScrollPane page = on.find("#progress");
                        double top = page.getContent().sceneToLocal(on.find("#loop-progress").localToScene(0, 0)).getY();
                        double room = page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
                        page.setVvalue(Math.min(1, top / room));
                    });
                }));
    }

    UiFixture fixture;
    Stage stage;
    ScreenContext context;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = UiFixture.onFx();
        context = ScreenContext.seed(fixture);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void noButtonOrHeadingIsCutAndNothingLiesOutsideTheWindow(ScreenCase screen, FxRobot robot) throws Exception {
        List<String> faults = new ArrayList<>();
        for (Size size : SIZES) {
            for (Settings.Theme theme : Settings.Theme.values()) {
                context.robot = robot;
                robot.interact(() -> {
                    if (context.shell != null) {
                        context.shell.closing();
                    }
                    context.shell = fixture.showShell(stage, size.width(), size.height(), theme);
                });
                screen.opening().open(context);
                FxWait.settle();
                String shot = screen.name() + "-" + size + "-" + theme.name().toLowerCase(Locale.ROOT);
                List<String> found = new ArrayList<>();
                robot.interact(() -> {
                    assertThat(stage.getScene().getWidth()).as("the window's width").isEqualTo(size.width());
                    found.addAll(LayoutFaults.of(stage.getScene()));
                });
                Snapshots.save(robot, stage.getScene(), OUT.resolve(shot + ".png"));
                found.forEach(f -> faults.add(shot + ": " + f));
            }
        }
        assertThat(faults).as("what a user would see cut or outside the window (screenshots in " + OUT + ")").isEmpty();
    }


    /** The seeded store and the shell a screen is opened in. */
    static final class ScreenContext {

        /** As long a query as a user might type, all of whose words are in the seeded answers. */
        static final String LONG_QUERY = "weights private walled garden customers reach model only through our API brand vision "
                + "developers delight";

        final UiFixture fixture;
        final Prompt longest;
        final long older;
        final long newer;
        FxRobot robot;
        Shell shell;

        private ScreenContext(UiFixture fixture, Prompt longest, long older, long newer) {
            this.fixture = fixture;
            this.longest = longest;
            this.older = older;
            this.newer = newer;
        }

        /**
         * A history of realistic attempts, two of them (graded, flagged) at the prompt with the longest
         * title, and an unfinished draft of it.
         */
        static ScreenContext seed(UiFixture fixture) {
            java.time.Instant t = java.time.Instant.parse("2026-11-01T09:00:00Z");
            Seeder.seed(fixture, 40, t);
            Prompt longest = fixture.services.bank().all().stream()
                    .max(java.util.Comparator.comparingInt((Prompt p) -> p.title().length()).thenComparing(Prompt::id)).orElseThrow();
            long older = submit(fixture, longest, "We keep the weights private and build a walled garden: customers reach the model "
                    + "only through our API. Our brand vision is that developers feel delight.", t.plus(Duration.ofDays(2)));
            long newer = submit(fixture, longest, "We keep the weights private and build a walled garden: customers reach the model "
                    + "only through our API. Our brand vision is that developers feel delight, and procurement gets SOC 2.",
                    t.plus(Duration.ofDays(3)));
            followUps(fixture, newer, t.plus(Duration.ofDays(3)));
            Attempt draft = fixture.store.start(longest, Mode.PRACTICE, t.plus(Duration.ofDays(4)));
            fixture.store.saveDraft(new app.debrief.store.Draft(draft.id(), "Start from who may train on prompts.", 65_000, List.of()),
                    t.plus(Duration.ofDays(4)));
            return new ScreenContext(fixture, longest, older, newer);
        }

        /** The two follow-ups the interviewer asks after {@code attempt}, answered with a figure and a brand line. */
        private static void followUps(UiFixture fixture, long attempt, java.time.Instant at) {
            app.debrief.practice.Interviewer interviewer = new app.debrief.practice.Interviewer(fixture.store);
            String[] answers = {"It costs us about $0.14 per million tokens at an assumed $2.50 per GPU-hour, because the overnight "
                    + "capacity is otherwise idle; the licence stays Apache 2.0 and the weights stay downloadable.",
                    "Our brand vision is that developers feel delight."};
            for (String answer : answers) {
                app.debrief.practice.ChosenFollowUp chosen = interviewer.next(attempt).orElseThrow();
                Attempt asked = interviewer.ask(attempt, chosen, at).attempt();
                fixture.store.submit(new app.debrief.store.Draft(asked.id(), answer, 150_000, List.of()),
                        fixture.services.checker().check(answer, app.debrief.rubric.CheckContext.of(asked.prompt())), at.plusSeconds(200));
            }
        }

        /** Graded as a candidate would: every applicable mistake 2 of 4, every talking point touched. */
        private static long submit(UiFixture fixture, Prompt p, String answer, java.time.Instant at) {
            return Seeder.submit(fixture, p, Mode.PRACTICE, answer, at, 27 * 60_000L + 13_000, f -> {
                List<app.debrief.store.SelfGrade> grades = new ArrayList<>();
                f.mistakes().stream().filter(m -> m.applies()).forEach(m -> grades.add(
                        new app.debrief.store.SelfGrade(app.debrief.store.GradeItem.MISTAKE, m.id(), 2, "")));
                f.talkingPoints().forEach(t -> grades.add(
                        new app.debrief.store.SelfGrade(app.debrief.store.GradeItem.TALKING_POINT, t.id(), 1, "")));
                return grades;
            });
        }

        /** A sitting of the PMM onsite, as {@link Seeder#loop} makes it. */
        long sitting(int handedIn, boolean finished) {
            return Seeder.loop(fixture, handedIn, finished);
        }

        void show(java.util.function.Consumer<Shell> go) {
            robot.interact(() -> go.accept(shell));
        }

        Node lookup(String query) {
            Node[] found = new Node[1];
            robot.interact(() -> found[0] = shell.root().lookup(query));
            return found[0];
        }

        @SuppressWarnings("unchecked")
        <T extends Node> T find(String query) {
            Node n = lookup(query);
            if (n == null) {
                throw new AssertionError("nothing on screen matches " + query);
            }
            return (T) n;
        }

        void waitFor(String what, Supplier<Boolean> condition) throws Exception {
            FxWait.until(what, () -> {
                try {
                    return condition.get();
                } catch (AssertionError notYet) {
                    return false;
                }
            }, () -> "; the screen shows " + shell.current());
        }
    }
}
