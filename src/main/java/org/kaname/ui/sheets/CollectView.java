package org.kaname.ui.sheets;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;

/**
 * The collection report before anything is stored: a table of the files (accepted, partly valid, rejected) and a
 * table of every problem with file, sheet, cell and reason — selectable and copyable (Ctrl+C, or the whole list with
 * 「一覧をコピー」) so it can be sent back to the department — and the three choices.
 */
final class CollectView {
    private final CollectModel model;
    private final Messages messages;
    private final Controls controls;
    private final Consumer<CollectDecision> onDecision;

    CollectView(CollectModel model, Messages messages, Consumer<CollectDecision> onDecision) {
        this.model = model;
        this.messages = messages;
        this.controls = new Controls(messages);
        this.onDecision = onDecision;
    }

    Parent build() {
        Label summary = new Label(model.summary());
        summary.setId("collectSummary");
        summary.getStyleClass().addAll("section-title", "sheets-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        // Inline: the window's inline font style would otherwise win over a stylesheet size (relative, so zoom holds).
        summary.setStyle("-fx-font-size: 1.15em;");

        Label warning = new Label(model.warning().isEmpty() ? "" : "⚠ " + model.warning());
        warning.setId("collectWarning");
        warning.getStyleClass().add("sheets-warning");
        warning.setWrapText(true);
        warning.setVisible(!model.warning().isEmpty());
        warning.setManaged(!model.warning().isEmpty());
        warning.setMaxWidth(Double.MAX_VALUE);
        // Wrapped in full: the warning is what the planner must read before choosing.
        warning.setMinHeight(Region.USE_PREF_SIZE);

        TableView<FileRow> files = filesTable();
        Label filesLabel = label("collect.files", files);
        TableView<ProblemRow> problems = problemsTable();
        Label problemsLabel = label("collect.problems", problems);
        Label noProblems = new Label(messages.get("collect.noProblems"));
        noProblems.setId("collectNoProblems");
        boolean none = model.problems().isEmpty();
        problems.setVisible(!none);
        problems.setManaged(!none);
        noProblems.setVisible(none);
        noProblems.setManaged(none);

        VBox center = new VBox(8, summary, warning, filesLabel, files, problemsLabel, problems, noProblems);
        VBox.setVgrow(problems, Priority.ALWAYS);
        center.setPadding(new Insets(12));

        Button importAll = controls.button("collectImportAll", "collect.importAll",
                () -> onDecision.accept(CollectDecision.IMPORT_ALL));
        importAll.setDisable(!model.canImportAll());
        importAll.setDefaultButton(model.canImportAll());
        Button importValid = controls.button("collectImportValid", "collect.importValid",
                () -> onDecision.accept(CollectDecision.IMPORT_VALID));
        importValid.setDisable(!model.canImportValid());
        importValid.getStyleClass().add("sheets-caution-button");
        Button cancel = controls.button("collectCancel", "collect.cancel",
                () -> onDecision.accept(CollectDecision.CANCEL));
        cancel.setCancelButton(true);
        Button copy = controls.button("collectCopy", "collect.copy", () -> copyToClipboard(model.copyText()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, copy, spacer, importAll, importValid, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 12, 12, 12));

        BorderPane root = new BorderPane(center, null, null, buttons, null);
        root.setId("collectDialog");
        root.getStyleClass().add("sheets-dialog");
        return root;
    }

    private TableView<FileRow> filesTable() {
        TableView<FileRow> table = new TableView<>();
        table.setId("collectFiles");
        table.getStyleClass().add("sheets-table");
        table.getColumns().add(column("collect.col.file", FileRow::file, 250));
        TableColumn<FileRow, String> status = column("collect.col.status", FileRow::status, 200);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("sheets-accepted", "sheets-rejected");
                FileRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setText(null);
                    return;
                }
                // The mark and the word carry the meaning; the colour only repeats it.
                setText((row.clean() ? "✔ " : "✖ ") + item);
                getStyleClass().add(row.clean() ? "sheets-accepted" : "sheets-rejected");
            }
        });
        table.getColumns().add(status);
        table.getColumns().add(column("collect.col.raters", FileRow::raters, 100));
        table.getColumns().add(numberColumn("collect.col.validRows", FileRow::validRows));
        table.getColumns().add(numberColumn("collect.col.problemCount", FileRow::problems));
        table.getItems().setAll(model.files());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // Every file visible without scrolling up to six; more scroll.
        table.setPrefHeight(Math.min(6, model.files().size()) * 36 + 48);
        table.setMinHeight(Region.USE_PREF_SIZE);
        return table;
    }

    private TableView<ProblemRow> problemsTable() {
        TableView<ProblemRow> table = new TableView<>();
        table.setId("collectProblems");
        table.getStyleClass().add("sheets-table");
        table.getColumns().add(column("collect.col.file", ProblemRow::file, 200));
        table.getColumns().add(column("collect.col.sheet", ProblemRow::sheet, 110));
        table.getColumns().add(column("collect.col.cell", ProblemRow::cell, 90));
        TableColumn<ProblemRow, String> reason = column("collect.col.reason", ProblemRow::reason, 520);
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(reason);
        table.getItems().setAll(model.problems());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("collect.noProblems")));
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(e -> {
            if (copy.match(e)) {
                copyToClipboard(selectedProblems(table));
                e.consume();
            }
        });
        return table;
    }

    /** The selected problems as tab-separated lines, so they paste into a spreadsheet as columns. */
    static String selectedProblems(TableView<ProblemRow> table) {
        StringBuilder text = new StringBuilder();
        for (ProblemRow p : table.getSelectionModel().getSelectedItems()) {
            text.append(String.join("\t", p.file(), p.sheet(), p.cell(), p.reason())).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private <R> TableColumn<R, Integer> numberColumn(String key, Function<R, Integer> value) {
        TableColumn<R, Integer> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.getStyleClass().add("number-column");
        c.setPrefWidth(80);
        return c;
    }

    /** A heading naming its table: its mnemonic focuses the table, and {@code key.accessible} names it. */
    private Label label(String key, javafx.scene.Node target) {
        Label label = controls.labelFor(key, target);
        label.getStyleClass().add("sheets-heading");
        return label;
    }
}
