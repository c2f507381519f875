package org.kaname.ui.scoring;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;

/**
 * The side panel beside the grid: the focused cell's criterion, its description and level descriptions with the
 * focused value marked (▶ and colour), the rationale editor, and what every rater gave.
 */
final class LevelPanel {
    private final ScoringViewModel vm;
    private final Messages messages;
    private final Label heading = new Label();
    private final Label description = new Label();
    private final VBox levels = new VBox(4);
    private final TextArea noteArea = new TextArea();
    private final Button saveNote;
    private final VBox raterValues = new VBox(4);
    private final ScrollPane root;
    private Runnable onDone = () -> { };

    LevelPanel(ScoringViewModel vm, Controls controls) {
        this.vm = vm;
        this.messages = controls.messages();
        heading.setId("criterionHeading");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        description.setId("criterionDescription");
        description.setWrapText(true);
        levels.setId("levelList");
        levels.setAccessibleText(messages.get("levels.accessible"));

        Label levelsTitle = controls.heading("levels.title", "section-title");

        controls.describe(noteArea, "noteArea", "note");
        noteArea.setWrapText(true);
        noteArea.setPrefRowCount(4);
        noteArea.addEventFilter(KeyEvent.KEY_PRESSED, this::noteKey);
        Label noteLabel = controls.labelFor("note", noteArea);
        noteLabel.getStyleClass().add("section-title");
        saveNote = controls.button("saveNote", "note.save", this::save);
        Label noteHelp = controls.help("note.help");

        Label ratersTitle = controls.heading("raters.title", "section-title");
        raterValues.setId("raterValues");

        VBox box = new VBox(10, heading, description, levelsTitle, levels, noteLabel, noteArea,
                new HBox(8, saveNote), noteHelp, ratersTitle, raterValues);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("level-panel");
        root = new ScrollPane(box);
        root.setId("levelPanel");
        root.setFitToWidth(true);
        vm.detailsProperty().addListener((o, a, d) -> show(d));
        show(vm.detailsProperty().get());
    }

    Node node() {
        return root;
    }

    /** What to do after the rationale is saved or the editor is left (the screen returns focus to the grid). */
    void setOnDone(Runnable action) {
        onDone = action;
    }

    /** Opens the rationale editor for the focused cell, or says why it cannot. */
    boolean openNoteEditor() {
        CellDetails d = vm.detailsProperty().get();
        if (d == null) {
            return false;
        }
        if (!d.canEditNote()) {
            vm.saveNote(d.measureId(), d.criterionId(), d.note()); // reports in the status line why it cannot
            return false;
        }
        noteArea.requestFocus();
        noteArea.selectAll();
        return true;
    }

    private void noteKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            CellDetails d = vm.detailsProperty().get();
            noteArea.setText(d == null ? "" : d.note());
            e.consume();
            onDone.run();
        }
    }

    private void save() {
        CellDetails d = vm.detailsProperty().get();
        if (d != null && vm.saveNote(d.measureId(), d.criterionId(), noteArea.getText())) {
            onDone.run();
        }
    }

    private void show(CellDetails d) {
        levels.getChildren().clear();
        raterValues.getChildren().clear();
        if (d == null) {
            heading.setText(messages.get("levels.none"));
            description.setText("");
            if (!noteArea.isFocused()) {
                noteArea.setText("");
            }
            noteArea.setDisable(true);
            saveNote.setDisable(true);
            return;
        }
        heading.setText(d.criterionName() + " — " + d.measureTitle());
        description.setText(d.criterionDescription());
        for (CellDetails.Level level : d.levels()) {
            String text = (level.current() ? "▶ " : "　 ") + level.value()
                    + (level.text().isEmpty() ? "" : "：" + level.text());
            Label l = new Label(text);
            l.setWrapText(true);
            l.getStyleClass().add("level");
            if (level.current()) {
                l.getStyleClass().add("level-current");
                l.setAccessibleText(messages.get("levels.current", level.value(), level.text()));
            }
            levels.getChildren().add(l);
        }
        if (!noteArea.isFocused()) {
            noteArea.setText(d.note());
        }
        noteArea.setDisable(!d.canEditNote());
        saveNote.setDisable(!d.canEditNote());
        for (CellDetails.RaterValue v : d.raterValues()) {
            String value = v.value().isEmpty() ? messages.get("raters.noValue") : v.value();
            Label l = new Label(v.raterName() + "：" + value + (v.note().isEmpty() ? "" : "\n" + v.note()));
            l.setWrapText(true);
            l.getStyleClass().add("rater-value");
            raterValues.getChildren().add(l);
        }
    }
}
