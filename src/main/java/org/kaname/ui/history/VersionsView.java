package org.kaname.ui.history;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;

/**
 * The versions tab: what a version is, 「この版を保存…」, the saved versions newest first (number, name, time, who),
 * and 「選んだ版と現在を比較」 (also Enter on the list), which opens the comparison tab.
 */
final class VersionsView {
    private final VersionsViewModel vm;
    private final Messages messages;
    private final Controls controls;
    private final Runnable showComparison;
    private final TableView<VersionRow> table = new TableView<>();

    VersionsView(VersionsViewModel vm, Messages messages, Runnable showComparison) {
        this.vm = vm;
        this.messages = messages;
        this.controls = new Controls(messages);
        this.showComparison = showComparison;
    }

    Node build() {
        Label help = Controls.wrapped("versionsHelp", "help-text");
        help.setText(messages.get("versions.help"));
        Button save = controls.button("saveVersionButton", "versions.save", vm::saveVersion);
        Button compare = controls.button("compareWithNowButton", "versions.compareNow", this::compareWithNow);
        compare.disableProperty().bind(vm.selectedProperty().isNull());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("versionsBusy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(8, save, compare, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);

        table.setId("versionsTable");
        table.getStyleClass().add("history-table");
        table.setItems(vm.versions());
        table.setPlaceholder(Controls.wrapped("versionsNone", null));
        ((Label) table.getPlaceholder()).setText(messages.get("versions.none"));
        table.setAccessibleText(messages.get("versions.list").replace("_", ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(HistoryColumns.number(controls.column("versionNumberColumn", "versions.col.number",
                v -> String.valueOf(v.number()), null), 70));
        table.getColumns().add(HistoryColumns.sized(controls.column("versionNameColumn", "versions.col.name",
                VersionRow::name, null), 420));
        table.getColumns().add(HistoryColumns.sized(controls.column("versionTimeColumn", "versions.col.time",
                VersionRow::time, null), 170));
        table.getColumns().add(HistoryColumns.sized(controls.column("versionUserColumn", "versions.col.user",
                VersionRow::user, null), 160));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VersionRow v, boolean empty) {
                super.updateItem(v, empty);
                setAccessibleText(empty || v == null ? null
                        : messages.get("side.version", v.number(), v.name()) + " " + v.time() + " " + v.user());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (vm.selectedProperty().get() != v) {
                vm.selectedProperty().set(v);
            }
        });
        vm.selectedProperty().addListener((o, a, v) -> {
            if (table.getSelectionModel().getSelectedItem() != v) {
                if (v == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(v);
                }
            }
        });
        if (vm.selectedProperty().get() != null) {
            table.getSelectionModel().select(vm.selectedProperty().get());
        }
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                e.consume();
                compareWithNow();
            }
        });
        Label message = Controls.wrapped("versionsMessage", "history-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox box = new VBox(8, help, buttons, sectionTitle("versions.list", table), table, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        box.setId("versionsTab");
        return box;
    }

    TableView<VersionRow> tableView() {
        return table;
    }

    private void compareWithNow() {
        showComparison.run();
        vm.compareSelectedWithNow();
    }

    private Label sectionTitle(String key, Node target) {
        Label title = controls.labelFor(key, target);
        title.getStyleClass().add("section-title");
        return title;
    }
}
