package org.kaname.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kaname.ui.Controls;

/**
 * The 「ラウンドを開始」 form, shown in place (not a separate window, so it works by keyboard like the rest of the
 * screen): title, measures (all / per support measure / one by one), raters, anonymity and prefill.
 */
final class RoundFormView {
    private final WorkshopViewModel vm;
    private final Controls ui;
    private final VBox root = new VBox(10);
    private final VBox measureBox = new VBox(4);
    private final FlowPane raterBox = new FlowPane(12, 6);
    private final TextField title = new TextField();
    private final CheckBox anonymous;
    private final CheckBox prefill;
    private final CheckBox all;
    private final List<Runnable> syncs = new ArrayList<>();

    RoundFormView(WorkshopViewModel vm, Controls ui) {
        this.vm = vm;
        this.ui = ui;
        root.setId("roundForm");
        root.getStyleClass().add("round-form");
        root.setPadding(new Insets(8, 0, 0, 0));
        ui.describe(title, "formTitle", "form.title");
        title.setPrefColumnCount(24);
        anonymous = ui.checkBox("formAnonymous", "form.anonymous");
        prefill = ui.checkBox("formPrefill", "form.prefill");
        all = ui.checkBox("formAllMeasures", "form.allMeasures");
        all.setOnAction(e -> {
            vm.form().selectAllMeasures(all.isSelected());
            sync();
        });

        HBox titleRow = new HBox(8, ui.labelFor("form.title.label", title), title);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        ScrollPane measures = new ScrollPane(measureBox);
        measures.setFitToWidth(true);
        measures.setId("formMeasures");
        measures.setAccessibleText(ui.messages().get("form.measures.accessible"));
        VBox.setVgrow(measures, Priority.ALWAYS);
        measureBox.setPadding(new Insets(4));
        Button start = ui.button("formStart", "form.start", vm::startRound);
        start.setDefaultButton(true);
        Button cancel = ui.button("formCancel", "form.cancel", vm::cancelForm);
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, start, cancel);
        root.getChildren().addAll(ui.heading("form.heading", "workshop-heading"), titleRow, ui.heading("form.measures", "workshop-heading"), all, measures,
                ui.heading("form.raters", "workshop-heading"), raterBox, anonymous, prefill, buttons);
        vm.formShownProperty().addListener((o, a, shown) -> {
            if (shown) {
                rebuild();
            }
        });
    }

    Node node() {
        return root;
    }

    TextField titleField() {
        return title;
    }

    /** The form's choices are made afresh for every round; the checkboxes follow them. */
    private void rebuild() {
        RoundForm form = vm.form();
        title.textProperty().unbindBidirectional(form.titleProperty());
        title.setText(form.titleProperty().get());
        title.textProperty().bindBidirectional(form.titleProperty());
        anonymous.selectedProperty().unbindBidirectional(form.anonymousProperty());
        anonymous.setSelected(form.anonymousProperty().get());
        anonymous.selectedProperty().bindBidirectional(form.anonymousProperty());
        prefill.selectedProperty().unbindBidirectional(form.prefillProperty());
        prefill.setSelected(form.prefillProperty().get());
        prefill.selectedProperty().bindBidirectional(form.prefillProperty());
        syncs.clear();
        measureBox.getChildren().clear();
        for (RoundForm.Group g : form.groups()) {
            CheckBox group = Controls.checkBoxForData("formGroup-" + g.id(), g.title());
            group.getStyleClass().add("form-group");
            group.setAccessibleText(ui.messages().get("form.group.accessible", g.title()));
            group.setWrapText(true);
            group.setOnAction(e -> {
                vm.form().selectGroup(g.id(), group.isSelected());
                sync();
            });
            syncs.add(() -> {
                List<Choice> in = form.measuresOf(g.id());
                long on = in.stream().filter(Choice::isSelected).count();
                group.setIndeterminate(on > 0 && on < in.size());
                group.setSelected(!in.isEmpty() && on == in.size());
            });
            measureBox.getChildren().add(group);
            for (Choice c : form.measuresOf(g.id())) {
                measureBox.getChildren().add(choiceBox(c, "formMeasure-" + c.id(), true));
            }
        }
        for (Choice c : form.measures()) {
            if (form.groups().stream().noneMatch(g -> g.id().equals(c.groupId()))) {
                measureBox.getChildren().add(choiceBox(c, "formMeasure-" + c.id(), true));
            }
        }
        raterBox.getChildren().clear();
        for (Choice c : form.raters()) {
            raterBox.getChildren().add(choiceBox(c, "formRater-" + c.id(), false));
        }
        syncs.add(() -> {
            long on = form.measures().stream().filter(Choice::isSelected).count();
            all.setIndeterminate(on > 0 && on < form.measures().size());
            all.setSelected(on == form.measures().size() && on > 0);
        });
        sync();
        title.requestFocus();
    }

    private CheckBox choiceBox(Choice c, String id, boolean indented) {
        CheckBox box = Controls.checkBoxForData(id, c.label());
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(c.selectedProperty());
        c.selectedProperty().addListener((o, a, b) -> sync());
        if (indented) {
            VBox.setMargin(box, new Insets(0, 0, 0, 24));
        }
        return box;
    }

    private void sync() {
        syncs.forEach(Runnable::run);
    }
}
