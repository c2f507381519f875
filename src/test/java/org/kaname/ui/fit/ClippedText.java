package org.kaname.ui.fit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * The labels of a scene whose rendered text is cut off: a {@link Labeled} shows its text through a {@link Text} child,
 * and when the text does not fit, that child holds a shortened text ending in the ellipsis. Only what is shown counts:
 * hidden nodes (and everything under them) are skipped. An empty field whose prompt is wider than the field counts too:
 * the prompt is cut without an ellipsis.
 */
final class ClippedText {
    private ClippedText() {
    }

    /** One cut-off label: its whole text, what is shown, and where it sits. */
    record Clip(String text, String shown, String where) {
        @Override
        public String toString() {
            return where + ": «" + text + "» shown as «" + shown + "»";
        }
    }

    static List<Clip> in(Node root) {
        List<Clip> clips = new ArrayList<>();
        walk(root, clips);
        return clips;
    }

    private static void walk(Node node, List<Clip> clips) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && child.isVisible() && shown.getText() != null
                        && !shown.getText().equals(labeled.getText())
                        && shown.getText().endsWith(labeled.getEllipsisString())
                        && !labeled.getText().endsWith(labeled.getEllipsisString())) {
                    clips.add(new Clip(labeled.getText(), shown.getText(), where(labeled)));
                }
            }
        }
        if (node instanceof TextInputControl field && cutPrompt(field)) {
            clips.add(new Clip(field.getPromptText(), "(prompt wider than the field)", where(field)));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, clips);
            }
        }
    }

    /**
     * An empty field shows its prompt in one line, cut at the field's edge without an ellipsis: cut when the prompt,
     * in the field's font, is wider than the room inside the field's padding.
     */
    private static boolean cutPrompt(TextInputControl field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())
                || field instanceof javafx.scene.control.TextArea || field.getWidth() <= 0) {
            return false;
        }
        Text probe = new Text(prompt);
        probe.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return probe.getLayoutBounds().getWidth() > room + 0.5;
    }

    /** The id or style class of the label and of its nearest ancestors that have one, e.g. "#weights > .table-cell". */
    private static String where(Node node) {
        List<String> path = new ArrayList<>();
        for (Node n = node; n != null && path.size() < 3; n = n.getParent()) {
            if (n.getId() != null) {
                path.add(0, "#" + n.getId());
            } else if (n == node && !n.getStyleClass().isEmpty()) {
                path.add(0, "." + n.getStyleClass().get(n.getStyleClass().size() - 1));
            }
        }
        return String.join(" > ", path);
    }
}
