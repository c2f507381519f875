package org.kaname.ui.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.Holder;
import org.kaname.edit.SetEvidence;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editable tables of the measure form at 1280×800 show their texts whole: a long note or URL wraps in its cell,
 * the kind column is as wide as its longest choice, and no header or cell ends in "…" (issue 15 A1).
 */
@ExtendWith(ApplicationExtension.class)
class EditableTablesFitTest {
    private static final String NOTE = "Shibuya drafts its own skill standard after the national one and builds its "
            + "training of DX leaders on it; the note goes on well beyond what one line of the column can hold.";
    private static final String URL = "https://ai-government-portal.com/dx%E6%8E%A8%E9%80%B2%E3%81%AE%E5%9F%BA"
            + "%E7%9B%A4%E6%95%B4%E5%82%99%E3%83%BB%E4%BA%BA%E6%9D%90%E8%82%B2%E6%88%90/";

    @TempDir
    static Path dir;
    ScreenFixture fixture;
    MeasuresScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ScreenFixture(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        fixture.editor.apply(new SetEvidence(Holder.MEASURE, "S1-1",
                List.of(new Evidence("A peer municipality's published roadmap for DX leaders", URL,
                        EvidenceKind.PEER_CASE, NOTE))));
        screen = new MeasuresScreen(fixture.context);
        Scene scene = new Scene((Parent) screen.node(), 1280, 800);
        Styles.apply(scene, "System");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        screen.dispose();
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEvidenceRowsLongNoteAndUrlAreShownWholeInTheMeasureForm(FxRobot robot) {
        TreeView<TreeKey> tree = robot.lookup("#measureTree").queryAs(TreeView.class);
        robot.interact(() -> tree.getSelectionModel().select(find(tree.getRoot(), TreeKey.measure("S1-1"))));
        WaitForAsyncUtils.waitForFxEvents();
        Node evidence = robot.lookup("#measureEvidence").query();

        assertThat(cut(evidence)).isEmpty();
        assertThat(cut(robot.lookup("#measureIndicators").query())).isEmpty();
        List<String> drawn = robot.lookup("#measureEvidence .wrapped-cell-text").queryAllAs(Text.class).stream()
                .filter(Node::isVisible).map(Text::getText).toList();
        assertThat(drawn).contains(NOTE, URL);
    }

    /** The labels (headers, cells) under {@code root} whose drawn text was shortened with an ellipsis. */
    private static List<String> cut(Node root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.isVisible() && t.getText() != null
                        && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString())) {
                    cut.add(l.getText() + " → " + t.getText());
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, cut));
        }
    }

    private static TreeItem<TreeKey> find(TreeItem<TreeKey> item, TreeKey key) {
        if (key.equals(item.getValue())) {
            return item;
        }
        for (TreeItem<TreeKey> c : item.getChildren()) {
            TreeItem<TreeKey> f = find(c, key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
