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
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;

/** The export dialog's content: the raters as a checkbox list, the layout and the department's name. */
final class ExportView {
    private final ExportModel model;
    private final Messages messages;
    private final Controls controls;

    ExportView(ExportModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.controls = new Controls(messages);
    }

    Parent build() {
        ListView<RaterChoice> raters = new ListView<>(model.raters());
        raters.setId("exportRaters");
        raters.setCellFactory(CheckBoxListCell.forListView(RaterChoice::selectedProperty));
        raters.setPrefHeight(Math.min(8, model.raters().size()) * 34 + 10);
        Label ratersLabel = controls.labelFor("export.raters", raters);
        Button all = controls.button("exportSelectAll", "export.selectAll", () -> model.selectAll(true));
        Button none = controls.button("exportSelectNone", "export.selectNone", () -> model.selectAll(false));

        ToggleGroup layout = new ToggleGroup();
        RadioButton perRater = controls.radio("exportPerRater", "export.perRater", layout);
        perRater.setUserData(ExportRequest.Mode.PER_RATER);
        RadioButton department = controls.radio("exportDepartment", "export.department", layout);
        department.setUserData(ExportRequest.Mode.DEPARTMENT);
        layout.selectToggle(model.modeProperty().get() == ExportRequest.Mode.DEPARTMENT ? department : perRater);
        layout.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.modeProperty().set((ExportRequest.Mode) t.getUserData());
            }
        });

        TextField name = new TextField();
        name.setId("exportDepartmentName");
        name.setPromptText(messages.get("export.departmentName.prompt"));
        name.textProperty().bindBidirectional(model.departmentProperty());
        name.disableProperty().bind(model.modeProperty().isNotEqualTo(ExportRequest.Mode.DEPARTMENT));
        Label nameLabel = controls.labelFor("export.departmentName", name);
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
}
