package org.kaname.ui.scoring;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kaname.i18n.Messages;
import org.kaname.model.Rater;
import org.kaname.ui.Controls;

/**
 * The controls of the scoring screen, bound to its {@link ScoringViewModel}: the rater chooser and the rater tools on
 * top, the score grid in the middle with the notice above it, and the criterion's levels and the rationale beside it.
 * It builds and binds only; what a control does is the view model's.
 */
final class ScoringView {
    private final ScoringViewModel vm;
    private final Messages messages;
    private final Controls controls;
    private final BorderPane root = new BorderPane();
    private final ScoreGrid grid;
    private final LevelPanel panel;

    ScoringView(ScoringViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.controls = new Controls(messages);
        this.grid = new ScoreGrid(vm, messages);
        this.panel = new LevelPanel(vm, controls);
        grid.setOnNoteRequested(panel::openNoteEditor);
        panel.setOnDone(() -> grid.table().requestFocus());
        root.getStyleClass().add("scoring-screen");
        root.getStylesheets().add(ScoringView.class.getResource("scoring.css").toExternalForm());
        root.setTop(toolbar());
        SplitPane split = new SplitPane(grid.table(), panel.node());
        split.setDividerPositions(0.72);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox center = new VBox(6, gridNotice(), split);
        BorderPane.setMargin(center, new Insets(0, 12, 12, 12));
        root.setCenter(center);
    }

    /** The screen's root. */
    BorderPane node() {
        return root;
    }

    /**
     * The line above the grid that says what to do when typing cannot work: no rater yet (always, until one is
     * added), or why the last entry was refused (with a close button). Hidden, taking no room, when there is nothing
     * to say.
     */
    private Node gridNotice() {
        Label text = Controls.wrapped("gridNotice", null);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> !vm.gridMessageProperty().get().isEmpty() ? vm.gridMessageProperty().get()
                        : vm.noRaterProperty().get() ? messages.get("rater.none.banner") : "",
                vm.gridMessageProperty(), vm.noRaterProperty()));
        text.accessibleTextProperty().bind(text.textProperty());
        Button close = controls.button("gridNoticeClose", "message.close", () -> {
            vm.dismissMessage();
            grid.table().requestFocus();
        });
        close.visibleProperty().bind(vm.gridMessageProperty().isNotEmpty());
        close.managedProperty().bind(close.visibleProperty());
        HBox box = new HBox(10, ScoreGrid.warningIcon(), text, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("grid-notice");
        box.visibleProperty().bind(text.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        Runnable style = () -> {
            box.getStyleClass().remove("refused");
            if (!vm.gridMessageProperty().get().isEmpty()) {
                box.getStyleClass().add("refused");
            }
        };
        vm.gridMessageProperty().addListener((o, a, b) -> style.run());
        style.run();
        return box;
    }

    private Node toolbar() {
        ComboBox<Rater> chooser = controls.combo("raterChooser", "rater.chooser");
        chooser.setItems(vm.raters());
        // Wide enough for 「（評価者なし）」 when there is no rater yet; it grows with longer names.
        chooser.setMinWidth(170);
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
        chooser.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Rater r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? messages.get("rater.chooser.empty") : r.name());
            }
        });
        Runnable selectFromVm = () -> chooser.getSelectionModel().select(vm.selectedRater().orElse(null));
        vm.selectedRaterIdProperty().addListener((o, a, b) -> selectFromVm.run());
        vm.raters().addListener((ListChangeListener<Rater>) c -> selectFromVm.run());
        chooser.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedRaterIdProperty().set(r.id());
            }
        });
        selectFromVm.run();
        Label chooserLabel = controls.labelFor("rater.chooser", chooser);

        ToggleButton consensus = controls.toggle("consensusToggle", "consensus.toggle");
        consensus.selectedProperty().bindBidirectional(vm.consensusProperty());
        chooser.disableProperty().bind(consensus.selectedProperty());

        TextField name = controls.describe(new TextField(), "raterName", "rater.name");
        name.setPromptText(messages.get("rater.name.prompt"));
        name.setPrefColumnCount(14); // the prompt ("e.g. Finance Division") shows whole
        Label nameLabel = controls.labelFor("rater.name", name);
        Button add = controls.button("addRater", "rater.add", () -> {
            if (vm.addRater(name.getText())) {
                name.clear();
            }
        });
        name.setOnAction(e -> add.fire());
        Button rename = controls.button("renameRater", "rater.rename", () -> {
            if (vm.renameSelectedRater(name.getText())) {
                name.clear();
            }
        });
        Button remove = controls.button("removeRater", "rater.remove", vm::removeSelectedRater);
        rename.disableProperty().bind(consensus.selectedProperty());
        remove.disableProperty().bind(consensus.selectedProperty());

        ProgressIndicator busy = controls.busy("scoringBusy", "busy", vm.busyProperty());
        busy.setPrefSize(24, 24);

        HBox raterBox = new HBox(8, chooserLabel, chooser, consensus, busy);
        raterBox.setAlignment(Pos.CENTER_LEFT);
        HBox toolsBox = new HBox(8, nameLabel, name, add, rename, remove);
        toolsBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(16, 8, raterBox, new Separator(Orientation.VERTICAL), toolsBox);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label help = controls.help("grid.help");
        help.setId("scoringHelp");
        Label disagreement = controls.help("legend.disagreement");
        Label note = controls.help("legend.note");
        HBox legend = new HBox(6, ScoreGrid.warningIcon(), disagreement, note);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("help-text");
        Label roundNotice = Controls.wrapped("roundNotice", "round-notice");
        roundNotice.textProperty().bind(vm.roundNoticeProperty());
        roundNotice.visibleProperty().bind(vm.roundNoticeProperty().isNotEmpty());
        roundNotice.managedProperty().bind(roundNotice.visibleProperty());
        VBox top = new VBox(6, roundNotice, bar, help, legend);
        top.setPadding(new Insets(12));
        return top;
    }
}
