package org.kaname.ui.sheets;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;

/** The export dialog's content: the raters as a checkbox list, the layout and the department's name. */
final class ExportView {
    private final ExportModel model;
    private final Messages messages;

    ExportView(ExportModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Parent build() {
        ListView<RaterChoice> raters = new ListView<>(model.raters());
        raters.setId("exportRaters");
        raters.setAccessibleText(messages.get("export.raters.a11y"));
        raters.setCellFactory(CheckBoxListCell.forListView(RaterChoice::selectedProperty));
        raters.setPrefHeight(Math.min(8, model.raters().size()) * 34 + 10);
        Label ratersLabel = new Label(messages.get("export.raters"));
        ratersLabel.setMnemonicParsing(true);
        ratersLabel.setLabelFor(raters);
        Button all = small("exportSelectAll", "export.selectAll", () -> model.selectAll(true));
        Button none = small("exportSelectNone", "export.selectNone", () -> model.selectAll(false));

        ToggleGroup layout = new ToggleGroup();
        RadioButton perRater = radio("exportPerRater", "export.perRater", layout, ExportRequest.Mode.PER_RATER);
        RadioButton department = radio("exportDepartment", "export.department", layout,
                ExportRequest.Mode.DEPARTMENT);
        layout.selectToggle(model.modeProperty().get() == ExportRequest.Mode.DEPARTMENT ? department : perRater);
        layout.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.modeProperty().set((ExportRequest.Mode) t.getUserData());
            }
        });

        TextField name = new TextField();
        name.setId("exportDepartmentName");
        name.setPromptText(messages.get("export.departmentName.prompt"));
        name.setAccessibleText(messages.get("export.departmentName"));
        name.textProperty().bindBidirectional(model.departmentProperty());
        name.disableProperty().bind(model.modeProperty().isNotEqualTo(ExportRequest.Mode.DEPARTMENT));
        Label nameLabel = new Label(messages.get("export.departmentName"));
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);
        nameLabel.disableProperty().bind(name.disableProperty());

        Label problem = new Label();
        problem.setId("exportProblem");
        problem.getStyleClass().add("sheets-problem");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> model.problem().get().isEmpty() ? "" : "⚠ " + model.problem().get(), model.problem()));

        Label hint = new Label(messages.get("export.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("sheets-hint");

        HBox nameRow = new HBox(8, nameLabel, name);
        nameRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        nameRow.setPadding(new Insets(0, 0, 0, 28));
        HBox.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(8, ratersLabel, raters, new HBox(8, all, none), perRater, department, nameRow, hint,
                problem);
        box.setPadding(new Insets(12));
        box.setPrefWidth(520);
        box.setId("exportDialog");
        return box;
    }

    private RadioButton radio(String id, String key, ToggleGroup group, ExportRequest.Mode mode) {
        RadioButton r = new RadioButton(messages.get(key));
        r.setId(id);
        r.setMnemonicParsing(true);
        r.setToggleGroup(group);
        r.setUserData(mode);
        r.setAccessibleText(messages.get(key + ".tip"));
        r.setTooltip(new Tooltip(messages.get(key + ".tip")));
        return r;
    }

    private Button small(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(messages.get(key));
        b.setTooltip(new Tooltip(messages.get(key)));
        b.setOnAction(e -> action.run());
        return b;
    }
}
