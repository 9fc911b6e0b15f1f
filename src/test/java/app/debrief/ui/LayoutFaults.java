package app.debrief.ui;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a user would see as broken in a laid-out scene: a label or button whose text is cut
 * ("Another pro…": the text it shows differs from its text), and a control that lies partly
 * outside the window or, inside a scrolling pane or list, sticks out of its sides (scrolling
 * reaches what is below, never what is beside). Only what is shown counts: hidden nodes are
 * passed over. The text a list or table cell shows for its row is data, not a label, and is left
 * to its column (a table's long titles are cut, and whole in the debrief); the labels inside a
 * row's graphic, and the value a choice box shows, are checked.
 */
final class LayoutFaults {

    /** Half a pixel either way is rounding, not a fault. */
    private static final double SLACK = 0.5;

    private LayoutFaults() {
    }

    static List<String> of(Scene scene) {
        List<String> faults = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        visit(scene.getRoot(), window, false, false, faults);
        return faults;
    }

    /**
     * {@code area}: where a node may lie, in scene coordinates; {@code scrolls}: whether it may run
     * past the bottom; {@code inList}: whether it is in a list's or table's rows.
     */
    private static void visit(Node node, Bounds area, boolean scrolls, boolean inList, List<String> faults) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && !(inList && node instanceof Cell<?>)) {
            elided(l).ifPresent(shown -> faults.add("cut: " + describe(node) + " shows \u201c" + shown + "\u201d of \u201c" + l.getText() + "\u201d"));
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (node instanceof Control && b.getWidth() > 0 && b.getHeight() > 0) {
            boolean outside = b.getMinX() < area.getMinX() - SLACK || b.getMaxX() > area.getMaxX() + SLACK
                    || b.getMinY() < area.getMinY() - SLACK && !scrolls || b.getMaxY() > area.getMaxY() + SLACK && !scrolls;
            if (outside) {
                faults.add("outside: " + describe(node) + " at " + rect(b) + ", beyond " + rect(area));
            }
        }
        if (node instanceof Parent p) {
            boolean rows = node instanceof javafx.scene.control.skin.VirtualFlow<?> || node instanceof org.fxmisc.flowless.VirtualFlow<?, ?>;
            boolean scroller = rows || node instanceof ScrollPane;
            Bounds inner = scroller ? intersect(area, b) : area;
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, inner, scrolls || scroller, inList || rows, faults);
            }
        }
    }

    /**
     * The text a labeled control shows, when it is not its whole text. The shown text is the skin's
     * text node (LabeledText), a child of the control or, for a titled pane, of its title.
     */
    static Optional<String> elided(Labeled l) {
        String text = l.getText();
        if (text == null || text.isEmpty() || l.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return Optional.empty();
        }
        return shownText(l).flatMap(shown -> shown.equals(l.isMnemonicParsing() ? text.replace("_", "") : text)
                ? Optional.empty() : Optional.of(shown));
    }

    private static Optional<String> shownText(Parent labeled) {
        java.util.ArrayDeque<Node> queue = new java.util.ArrayDeque<>(labeled.getChildrenUnmodifiable());
        while (!queue.isEmpty()) {
            Node n = queue.removeFirst();
            if (n instanceof Text t && n.getClass().getSimpleName().equals("LabeledText")) {
                return Optional.of(t.getText() == null ? "" : t.getText());
            }
            if (n instanceof Parent p && !(n instanceof Labeled)) {
                queue.addAll(p.getChildrenUnmodifiable());
            }
        }
        return Optional.empty();
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder(name(node));
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                path.insert(0, name(p) + " > ");
                break;
            }
        }
        return path.toString();
    }

    private static String name(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }

    private static String rect(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
