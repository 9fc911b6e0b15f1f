package app.debrief.ui.shell;

import app.debrief.bank.Prompt;
import app.debrief.bank.Track;
import app.debrief.practice.ChosenFollowUp;
import app.debrief.settings.Settings;
import app.debrief.settings.SettingsStore;
import app.debrief.store.Attempt;
import app.debrief.ui.answer.AnswerView;
import app.debrief.ui.answer.AnswerViewModel;
import app.debrief.ui.common.Icon;
import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.Screen;
import app.debrief.ui.common.UiServices;
import app.debrief.ui.feedback.FeedbackView;
import app.debrief.ui.feedback.FeedbackViewModel;
import app.debrief.ui.compare.CompareView;
import app.debrief.ui.compare.CompareViewModel;
import app.debrief.ui.history.HistoryView;
import app.debrief.ui.history.HistoryViewModel;
import app.debrief.ui.home.HomeView;
import app.debrief.ui.home.HomeViewModel;
import app.debrief.ui.loop.LoopProgressModel;
import app.debrief.ui.loop.LoopProgressPane;
import app.debrief.ui.loop.LoopScreen;
import app.debrief.ui.loop.LoopsPanel;
import app.debrief.ui.loop.LoopsPanelModel;
import app.debrief.ui.picker.PickerView;
import app.debrief.ui.picker.PickerViewModel;
import app.debrief.ui.progress.ProgressView;
import app.debrief.ui.progress.ProgressViewModel;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The window's frame: a header with navigation and the theme switch, and the current screen.
 * It is the {@link Navigator}: it builds each screen with its view model, and asks the screen
 * being left before it goes (the answer screen offers to keep the draft).
 */
public final class Shell implements Navigator {

    public static final KeyCombination HOME_KEY = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination HISTORY_KEY = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PROGRESS_KEY = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);
    private static final javafx.css.PseudoClass DARK = javafx.css.PseudoClass.getPseudoClass("dark");
    public static final KeyCombination THEME_KEY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final UiServices services;
    private final RememberedSettings settings;
    private final BorderPane root = new BorderPane();
    private final Button themeButton = new Button();
    private Screen current;

    public Shell(UiServices services, SettingsStore settingsStore, Settings settings) {
        this.services = services;
        this.settings = new RememberedSettings(settingsStore, settings, services.executor());
        root.setId("shell");
        root.getStyleClass().add("shell");
        root.setTop(header());
        applyTheme();
    }

    public Parent root() {
        return root;
    }

    /** The theme and the window's place, as remembered between runs. */
    public RememberedSettings settings() {
        return settings;
    }

    /** Keyboard shortcuts for what a user repeats; installed once the scene exists. */
    public void installShortcuts() {
        root.getScene().getAccelerators().put(HOME_KEY, this::home);
        root.getScene().getAccelerators().put(HISTORY_KEY, this::history);
        root.getScene().getAccelerators().put(PROGRESS_KEY, this::progress);
        root.getScene().getAccelerators().put(THEME_KEY, this::toggleTheme);
    }

    private static Label appName() {
        Label name = new Label("Debrief");
        name.getStyleClass().addAll(Styles.TITLE_3, "app-name");
        return name;
    }

    private Node header() {
        Label name = appName();
        Button home = new Button("Home", Icon.HOME.node());
        home.setId("nav-home");
        home.getStyleClass().add(Styles.FLAT);
        home.setTooltip(new Tooltip("Home (Ctrl+1)"));
        home.setOnAction(e -> home());
        Button history = new Button("History", Icon.HISTORY.node());
        history.setId("nav-history");
        history.getStyleClass().add(Styles.FLAT);
        history.setTooltip(new Tooltip("Every past attempt: filter, search, compare (Ctrl+2)"));
        history.setOnAction(e -> history());
        Button progress = new Button("Progress", Icon.PROGRESS.node());
        progress.setId("nav-progress");
        progress.getStyleClass().add(Styles.FLAT);
        progress.setTooltip(new Tooltip("Trends, time discipline, your grade against the checker, and what to practise next (Ctrl+3)"));
        progress.setOnAction(e -> progress());
        themeButton.setId("theme-toggle");
        themeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        themeButton.setOnAction(e -> toggleTheme());
        HBox bar = new HBox(8, name, new Spacer(8), home, history, progress, new Spacer(), themeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-header");
        return bar;
    }

    private void toggleTheme() {
        settings.update(s -> s.withTheme(s.theme() == Settings.Theme.DARK ? Settings.Theme.LIGHT : Settings.Theme.DARK));
        applyTheme();
    }

    private void applyTheme() {
        Settings.Theme theme = settings.current().theme();
        boolean dark = theme == Settings.Theme.DARK;
        useTheme(theme);
        themeButton.setGraphic((dark ? Icon.LIGHT_THEME : Icon.DARK_THEME).node());
        themeButton.setTooltip(new Tooltip((dark ? "Light" : "Dark") + " theme (Ctrl+Shift+L)"));
        root.pseudoClassStateChanged(DARK, dark);
    }

    /** Sets the theme of every window of the app. */
    public static void useTheme(Settings.Theme theme) {
        // The binary form of the theme: it loads several times faster than parsing its 170 KB of CSS.
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Debrief's own stylesheet, over the theme; the scene that shows the shell adds it. */
    public static String stylesheet() {
        return Shell.class.getResource("/app/debrief/ui/debrief.css").toExternalForm();
    }

    /** Builds and shows the next screen once the current one agrees to be left. */
    private void show(Supplier<Screen> next) {
        if (current == null) {
            swap(next.get());
        } else {
            current.leave(() -> swap(next.get()));
        }
    }

    private void swap(Screen next) {
        current = next;
        root.setCenter(next.node());
    }

    /** The window is closing: the current screen saves what it must. */
    public void closing() {
        if (current != null) {
            current.closing();
        }
    }

    public Screen current() {
        return current;
    }

    @Override
    public void home() {
        show(() -> {
            LoopsPanel.Parts loops = LoopsPanel.of(new LoopsPanelModel(services, this, new Random()));
            return new HomeView(new HomeViewModel(services, this), services.zone(), loops.banner(), loops.list());
        });
    }

    @Override
    public void pick(Track track) {
        show(() -> new PickerView(new PickerViewModel(services, this, track, new Random())));
    }

    @Override
    public void practise(Prompt prompt) {
        show(() -> new PickerView(new PickerViewModel(services, this, prompt, new Random())));
    }

    @Override
    public void answer(Attempt attempt) {
        show(() -> new AnswerView(new AnswerViewModel(services, this, attempt)));
    }

    @Override
    public void history() {
        show(() -> new HistoryView(new HistoryViewModel(services, this)));
    }

    @Override
    public void compare(long firstId, long secondId) {
        show(() -> new CompareView(new CompareViewModel(services, this, firstId, secondId)));
    }

    @Override
    public void progress() {
        show(() -> {
            ProgressViewModel progress = new ProgressViewModel(services, this);
            return new ProgressView(progress, LoopProgressPane.of(new LoopProgressModel(services, progress.trackProperty())));
        });
    }

    @Override
    public void feedback(long attemptId) {
        show(() -> new FeedbackView(new FeedbackViewModel(services, this, attemptId)));
    }

    @Override
    public void loop(long sittingId) {
        show(() -> new LoopScreen(services, this, sittingId));
    }

    @Override
    public void debrief(long attemptId, Optional<ChosenFollowUp> offer) {
        show(() -> new FeedbackView(new FeedbackViewModel(services, this, attemptId, offer, true)));
    }
}
