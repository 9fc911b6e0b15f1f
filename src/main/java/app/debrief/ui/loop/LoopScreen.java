package app.debrief.ui.loop;

import app.debrief.ui.common.Navigator;
import app.debrief.ui.common.Screen;
import app.debrief.ui.common.UiServices;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A sitting of a loop on screen, where it stands: read off the FX thread, then shown as its break,
 * its round, the grading or the packet. The shown part decides how the screen is left.
 */
public final class LoopScreen implements Screen {

    private final StackPane root = new StackPane();
    private Screen shown;

    public LoopScreen(UiServices services, Navigator navigator, long sittingId) {
        root.setId("loop");
        Label loading = new Label("Opening the loop\u2026");
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        root.getChildren().setAll(loading);
        services.executor().run(() -> LoopPlace.of(services, sittingId), place -> show(part(services, navigator, place)), e -> {
            Label failed = new Label("The loop could not be opened: " + e.getMessage());
            failed.setWrapText(true);
            failed.getStyleClass().add(Styles.DANGER);
            root.getChildren().setAll(failed);
        });
    }

    private static Screen part(UiServices services, Navigator navigator, LoopPlace place) {
        if (place instanceof LoopPlace.Break b) {
            return new BreakView(new BreakViewModel(services, navigator, b.sitting()));
        }
        if (place instanceof LoopPlace.Round r) {
            return new RoundScreen(services, new RoundViewModel(services, navigator, r.sitting(), r.attempt()));
        }
        if (place instanceof LoopPlace.Grading g) {
            return new GradingView(new GradingViewModel(services, navigator, g.sitting(), g.rounds()));
        }
        return new PacketView(new PacketViewModel(services, navigator, ((LoopPlace.Packet) place).packet()));
    }

    private void show(Screen part) {
        shown = part;
        root.getChildren().setAll(part.node());
    }

    /** What is shown (a test asks, to wait for it). */
    public Screen shown() {
        return shown;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void leave(Runnable proceed) {
        if (shown == null) {
            proceed.run();
        } else {
            shown.leave(proceed);
        }
    }

    @Override
    public void closing() {
        if (shown != null) {
            shown.closing();
        }
    }

    @Override
    public String toString() {
        return "LoopScreen[" + (shown == null ? "loading" : shown.getClass().getSimpleName()) + "]";
    }
}
