package org.kaname.ui.recovery;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;

/**
 * The restore dialog's content: what is damaged and that nothing was written to it, the backups (newest selected),
 * what a restore does, and 「このバックアップから復元」 / 「終了」. Keyboard: the list has the focus, Enter restores the
 * selected backup, Esc closes; Alt+R and Alt+Q as well.
 */
final class RestoreView {
    private final RestoreViewModel vm;
    private final Messages messages;
    private final Runnable close;
    private final Controls controls;

    RestoreView(RestoreViewModel vm, Messages messages, Runnable close) {
        this.vm = vm;
        this.messages = messages;
        this.controls = new Controls(messages);
        this.close = close;
    }

    Parent build() {
        Label headline = wrapped("restoreHeadline", vm.headline());
        headline.getStyleClass().add("restore-headline");
        Label facts = wrapped("restoreFacts", vm.facts());
        VBox top = new VBox(8, headline, facts);
        if (!vm.technicalDetail().isEmpty()) {
            Label technical = wrapped("restoreTechnical", vm.technicalDetail());
            technical.getStyleClass().add("restore-technical");
            top.getChildren().add(technical);
        }

        VBox center = new VBox(8);
        Button restore = controls.button("restoreButton", "restore.restore", vm::restore);
        restore.setDefaultButton(true);
        restore.disableProperty().bind(vm.canRestore().not());
        TableView<BackupRow> table = null;
        if (vm.hasBackups()) {
            table = table();
            Label listLabel = controls.labelFor("restore.list", table);
            listLabel.getStyleClass().add("section-title");
            Label note = wrapped("restoreNote", vm.note());
            center.getChildren().addAll(listLabel, table, note);
            VBox.setVgrow(table, Priority.ALWAYS);
            TableView<BackupRow> list = table;
            table.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    vm.restore();
                }
            });
            vm.stateProperty().addListener((o, a, now) -> list.setDisable(now == RestoreViewModel.State.RESTORING));
        } else {
            // Nothing to restore from: say so plainly, in text that can be selected and sent to the IT department.
            TextArea none = new TextArea(vm.noBackups());
            none.setId("noBackups");
            none.setEditable(false);
            none.setWrapText(true);
            none.setPrefRowCount(7);
            none.getStyleClass().add("restore-none");
            center.getChildren().add(none);
            VBox.setVgrow(none, Priority.ALWAYS);
            restore.setVisible(false);
            restore.setManaged(false);
        }

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("restoreProgress");
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.stateProperty().isEqualTo(RestoreViewModel.State.RESTORING));
        progress.managedProperty().bind(progress.visibleProperty());
        // A text area, so the path of the kept file can be selected and copied.
        TextArea outcome = new TextArea();
        outcome.setId("restoreOutcome");
        outcome.setEditable(false);
        outcome.setWrapText(true);
        outcome.setPrefRowCount(4);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(vm.outcomeProperty());
        // Its space is kept from the start, so the window need not grow (and cut off its buttons) when it fills.
        outcome.visibleProperty().bind(vm.outcomeProperty().isNotEmpty());
        vm.stateProperty().addListener((o, a, now) -> {
            outcome.getStyleClass().removeAll("restore-failed", "restore-done");
            if (now == RestoreViewModel.State.FAILED) {
                outcome.getStyleClass().add("restore-failed");
            } else if (now == RestoreViewModel.State.DONE) {
                outcome.getStyleClass().add("restore-done");
            }
        });
        HBox outcomeRow = new HBox(8, progress, outcome);
        outcomeRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        if (vm.hasBackups()) {
            center.getChildren().add(outcomeRow);
        }

        // Its text follows the dialog's state (やめる, then 閉じる), so it is described here rather than by a key.
        Button closeButton = Controls.buttonForText("restoreClose", vm.closeTextProperty().get(), close);
        closeButton.setCancelButton(true);
        closeButton.textProperty().bind(vm.closeTextProperty());
        closeButton.accessibleTextProperty().bind(
                javafx.beans.binding.Bindings.createStringBinding(() -> Controls.spoken(closeButton.getText()),
                        closeButton.textProperty()));
        closeButton.disableProperty().bind(vm.stateProperty().isEqualTo(RestoreViewModel.State.RESTORING));
        vm.stateProperty().addListener((o, a, now) -> {
            if (now == RestoreViewModel.State.DONE) {
                restore.setDefaultButton(false);
                closeButton.setDefaultButton(true);
                closeButton.requestFocus();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, spacer, restore, closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(center, top, null, buttons, null);
        BorderPane.setMargin(top, new Insets(0, 0, 12, 0));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.setId("restoreDialog");
        root.getStyleClass().add("restore-dialog");
        root.setPrefWidth(760);
        TableView<BackupRow> focus = table;
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(() -> (focus != null ? focus : closeButton).requestFocus());
            }
        });
        return root;
    }

    private Label wrapped(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private TableView<BackupRow> table() {
        TableView<BackupRow> table = new TableView<>(vm.backups());
        controls.describe(table, "backupTable", "restore.list");
        table.getColumns().add(column("backupTimeColumn", "restore.col.time", BackupRow::time, 260));
        table.getColumns().add(column("backupReasonColumn", "restore.col.reason", BackupRow::reason, 160));
        TableColumn<BackupRow, String> size = column("backupSizeColumn", "restore.col.size", BackupRow::size, 120);
        size.getStyleClass().add("number-column");
        table.getColumns().add(size);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // Up to eight backups visible without scrolling; more scroll.
        // In em, so the rows still fit when the text is zoomed: a row is about 1.65em, the header 2.2em.
        int rows = Math.max(3, Math.min(8, vm.backups().size()));
        table.setStyle(String.format(java.util.Locale.ROOT, "-fx-pref-height: %.2fem;", rows * 1.65 + 2.4));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.getSelectionModel().select(vm.selectedProperty().get());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<BackupRow> row = new javafx.scene.control.TableRow<>();
            row.itemProperty().addListener((o, a, item) -> row.setAccessibleText(item == null ? null
                    : item.label(messages) + " " + item.size()));
            return row;
        });
        return table;
    }

    private TableColumn<BackupRow, String> column(String id, String key, Function<BackupRow, String> value,
                                                  double width) {
        TableColumn<BackupRow, String> c = controls.column(id, key, value, null);
        c.setPrefWidth(width);
        return c;
    }
}
