package org.kaname.ui.shared;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.DialogLook;

/**
 * Shown when a change was refused because someone else had changed the same value first: for each value, the other
 * person's value, who set it and when, and the value this user wanted. 「相手の値を残す」 is the default (Enter, and
 * Esc or closing the window do the same): nothing more happens. 「自分の値で上書き」 (Alt+O) applies the user's edit
 * again. Large type and plain rows, so it can be read on a projector while a room decides.
 */
public final class ConflictDialog {
    /** What the user chose. */
    public enum Choice { KEEP_THEIRS, OVERWRITE }

    /** Rows shown before the rest is summed up as 「ほか n 件」: an import may conflict on many cells at once. */
    static final int MAX_ROWS = 30;
    /** Rows shown as they are; more scroll. */
    static final int SCROLL_AFTER = 6;

    private final Window owner;
    private final Messages messages;
    private final List<ConflictRow> rows;
    private final ZoneId zone;

    public ConflictDialog(Window owner, Locale locale, List<ConflictRow> rows, ZoneId zone) {
        this.owner = owner;
        this.messages = Messages.of(SharedTexts.BUNDLE, locale);
        this.rows = List.copyOf(rows);
        this.zone = zone;
    }

    public Choice showAndWait() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("conflict.title"));
        Choice[] choice = {Choice.KEEP_THEIRS};
        Parent root = build(() -> {
            choice[0] = Choice.KEEP_THEIRS;
            stage.close();
        }, () -> {
            choice[0] = Choice.OVERWRITE;
            stage.close();
        });
        DialogLook.apply(owner, root, ConnectDialog.STYLESHEET);
        stage.setScene(new Scene(root));
        stage.setOnShown(e -> root.lookup("#conflictKeepTheirs").requestFocus());
        stage.showAndWait();
        return choice[0];
    }

    /** The dialog's content; {@code keep} and {@code overwrite} run on the two buttons. */
    Parent build(Runnable keep, Runnable overwrite) {
        Controls controls = new Controls(messages);
        Label title = new Label(messages.get("conflict.title"));
        title.setId("conflictTitle");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label intro = controls.help("conflict.intro");
        intro.setId("conflictIntro");

        GridPane grid = new GridPane();
        grid.setId("conflictGrid");
        grid.getStyleClass().add("conflict-grid");
        // Who and when never wrap inside the time; the values and the item share the rest.
        double[] minWidths = {200, 160, 220, 160};
        for (double min : minWidths) {
            ColumnConstraints col = new ColumnConstraints();
            col.setHgrow(Priority.ALWAYS);
            col.setMinWidth(min);
            grid.getColumnConstraints().add(col);
        }
        String[] heads = {"conflict.target", "conflict.theirs", "conflict.who", "conflict.mine"};
        for (int c = 0; c < heads.length; c++) {
            Label head = cell(messages.get(heads[c]), "conflict-head");
            grid.add(head, c, 0);
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern(
                Messages.isEnglish(messages.locale()) ? "MMM d, HH:mm:ss" : "M月d日 HH:mm:ss", messages.locale());
        int r = 1;
        for (ConflictRow row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            grid.add(cell(row.target(), "conflict-cell"), 0, r);
            Label theirs = cell(shown(row.theirs()), "conflict-cell");
            theirs.getStyleClass().add("conflict-theirs");
            theirs.setId("conflictTheirs" + r);
            grid.add(theirs, 1, r);
            String at = row.theirTime() == null ? "" : when.format(row.theirTime().atZone(zone));
            Label who = cell(messages.get("conflict.whoWhen", row.theirUser(), at).strip(), "conflict-cell");
            // A time is read whole: never broken across lines.
            who.setWrapText(false);
            who.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(who, 2, r);
            Label mine = cell(shown(row.mine()), "conflict-cell");
            mine.setId("conflictMine" + r);
            grid.add(mine, 3, r);
            r++;
        }
        if (rows.size() > MAX_ROWS) {
            grid.add(cell(messages.get("conflict.more", rows.size() - MAX_ROWS), "conflict-cell"), 0, r, 4, 1);
        }
        javafx.scene.Node table = grid;
        if (rows.size() > SCROLL_AFTER) {
            // Many values (an import): they scroll, the buttons stay on the screen.
            ScrollPane scroll = new ScrollPane(grid);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setPrefViewportHeight(420);
            scroll.setFocusTraversable(false);
            table = scroll;
        }

        Button keepButton = controls.button("conflictKeepTheirs", "conflict.keepTheirs", keep);
        keepButton.setDefaultButton(true);
        keepButton.setCancelButton(true);
        Button overwriteButton = controls.button("conflictOverwrite", "conflict.overwrite", overwrite);
        ButtonBar.setButtonData(keepButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(overwriteButton, ButtonBar.ButtonData.OTHER);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(keepButton, overwriteButton);

        VBox root = new VBox(12, title, intro, table, buttons);
        root.setId("conflictDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(920);
        return root;
    }

    private String shown(String value) {
        return value == null || value.isEmpty() ? messages.get("conflict.empty") : value;
    }

    private static Label cell(String text, String style) {
        Label l = Controls.wrapped(null, style);
        l.setText(text);
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }
}
