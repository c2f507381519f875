package org.kaname.ui.workshop;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kaname.engine.workshop.RaterProgress;
import org.kaname.model.Rater;
import org.kaname.ui.Controls;

/**
 * The open round: whose sheet is being entered (with 「次の評価者」), the grid, the rationale of the focused cell and
 * each rater's progress (counts only, so it may be shown to the room).
 */
final class RoundEntryView {
    private final VBox root = new VBox(8);
    private final RoundGrid grid;
    private final TextArea note = new TextArea();

    RoundEntryView(WorkshopViewModel vm, Controls ui) {
        root.setId("roundEntry");
        grid = new RoundGrid(vm, ui.messages());

        ComboBox<Rater> chooser = ui.describe(new ComboBox<>(vm.roundRaters()), "roundRaterChooser", "entry.rater");
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Rater r) {
                return r == null ? "" : r.name();
            }

            @Override
            public Rater fromString(String s) {
                return null;
            }
        });
        Runnable fromVm = () -> chooser.getSelectionModel().select(vm.roundRaters().stream()
                .filter(r -> r.id().equals(vm.selectedRaterIdProperty().get())).findFirst().orElse(null));
        vm.selectedRaterIdProperty().addListener((o, a, b) -> fromVm.run());
        vm.roundRaters().addListener((ListChangeListener<Rater>) c -> fromVm.run());
        chooser.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedRaterIdProperty().set(r.id());
            }
        });
        fromVm.run();
        Button next = ui.button("nextRater", "entry.nextRater", () -> {
            vm.nextRater();
            grid.table().requestFocus();
            grid.focusCell(0, 0);
        });
        javafx.scene.control.CheckBox results = ui.checkBox("showIndicatorResults", "entry.showResults");
        results.selectedProperty().bindBidirectional(vm.feedback().shownProperty());
        HBox raterRow = new HBox(8, ui.labelFor("entry.rater.label", chooser), chooser, next, results);
        raterRow.setAlignment(Pos.CENTER_LEFT);

        ui.describe(note, "roundNote", "entry.note");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        vm.focusedNoteProperty().addListener((o, a, text) -> {
            if (!note.isFocused()) {
                note.setText(text);
            }
        });
        Button saveNote = ui.button("saveRoundNote", "entry.saveNote", () -> {
            if (vm.saveFocusedNote(note.getText())) {
                grid.table().requestFocus();
            }
        });
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                saveNote.fire();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                note.setText(vm.focusedNoteProperty().get());
                grid.table().requestFocus();
                e.consume();
            }
        });
        grid.setOnNoteRequested(note::requestFocus);
        HBox noteRow = new HBox(8, ui.labelFor("entry.note.label", note), note, saveNote);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(note, Priority.ALWAYS);

        ListView<RaterProgress> progress = ui.describe(new ListView<>(vm.progress()), "roundProgress",
                "entry.progress");
        progress.setPrefHeight(3 * 36 + 4);
        progress.setMinHeight(72);
        progress.setFocusTraversable(false);
        progress.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RaterProgress p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("complete");
                setText(empty || p == null ? null : vm.progressText(p));
                if (!empty && p != null && p.complete()) {
                    getStyleClass().add("complete");
                }
            }
        });
        vm.revisionProperty().addListener((o, a, b) -> progress.refresh());

        VBox.setVgrow(grid.table(), Priority.ALWAYS);
        root.getChildren().addAll(raterRow, ui.help("grid.help"), grid.table(), noteRow,
                ui.heading("entry.progress.heading", "workshop-heading"), progress);
    }

    Node node() {
        return root;
    }

    RoundGrid grid() {
        return grid;
    }
}
