package org.kaname.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanStart;
import org.kaname.store.PlanSummary;

/**
 * File › New plan: the plan's name, and what it starts from — the five standard criteria with their level definitions
 * (the default, so a new user meets a working scale at once), the criteria of a plan in the list, or nothing.
 */
public final class NewPlanDialog {
    /** The name typed and the start chosen. */
    public record Choice(String title, PlanStart start) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();

    /** @param plans the stored plans to copy criteria from; {@code selected} is offered first (may be null) */
    public NewPlanDialog(Window owner, Messages messages, List<PlanSummary> plans, PlanSummary selected) {
        dialog.initOwner(owner);
        String title = messages.get("action.new.tooltip");
        dialog.setTitle(title);
        dialog.setHeaderText(title);

        Controls controls = new Controls(messages);
        TextField name = new TextField(messages.get("plan.untitled"));
        name.setId("promptField");
        name.setPrefColumnCount(32);
        Label nameLabel = controls.labelFor("plan.titleLabel", name);
        nameLabel.setId("promptLabel");

        ToggleGroup starts = new ToggleGroup();
        RadioButton standard = controls.radio("newPlanStandard", "plan.start.standard", starts);
        RadioButton copy = controls.radio("newPlanCopy", "plan.start.copy", starts);
        RadioButton empty = controls.radio("newPlanEmpty", "plan.start.empty", starts);
        ComboBox<PlanSummary> source = controls.describe(new ComboBox<>(), "newPlanSource", "plan.start.source");
        source.getItems().setAll(plans);
        source.setCellFactory(list -> new PlanCell());
        source.setButtonCell(new PlanCell());
        source.setMaxWidth(Double.MAX_VALUE);
        source.getSelectionModel().select(selected != null && plans.contains(selected) ? selected
                : plans.isEmpty() ? null : plans.get(0));
        source.disableProperty().bind(copy.selectedProperty().not());
        copy.setDisable(plans.isEmpty());
        standard.setSelected(true);

        Label startLabel = new Label(messages.get("plan.start"));
        startLabel.getStyleClass().add("section-title");
        VBox content = new VBox(6, nameLabel, name, spacer(), startLabel,
                standard, note(messages.get("plan.start.standardNote")),
                copy, indented(source), note(messages.get("plan.start.copyNote")),
                empty);
        content.setId("newPlanForm");

        DialogPane pane = dialog.getDialogPane();
        pane.setContent(content);
        ButtonType accept = new ButtonType(messages.get("plan.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("plan.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(accept, cancel);
        for (ButtonType type : pane.getButtonTypes()) {
            Button button = (Button) pane.lookupButton(type);
            button.setId(type == accept ? "promptAccept" : "promptCancel");
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Copying needs a plan to copy from.
        pane.lookupButton(accept).disableProperty().bind(copy.selectedProperty()
                .and(source.getSelectionModel().selectedItemProperty().isNull()));
        // The main window's theme, high contrast and font size reach the dialog too.
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
            pane.setStyle(owner.getScene().getRoot().getStyle());
        }
        pane.setMinWidth(Region.USE_PREF_SIZE);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResultConverter(button -> {
            if (button != accept) {
                return null;
            }
            PlanStart start = standard.isSelected() ? PlanStart.standardCriteria()
                    : copy.isSelected() ? PlanStart.criteriaOf(source.getValue().id()) : PlanStart.empty();
            return new Choice(name.getText().strip(), start);
        });
        // The proposed name is selected and has the focus, so typing replaces it.
        dialog.setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
    }

    public Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-small");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        // As wide as the form (not a fixed column that wraps one word under the rest), at least 460 px.
        l.setPrefWidth(460);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setPadding(new javafx.geometry.Insets(0, 0, 4, 26));
        return l;
    }

    private static Region indented(Region r) {
        VBox box = new VBox(r);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));
        return box;
    }

    private static Region spacer() {
        Region r = new Region();
        r.setMinHeight(6);
        return r;
    }

    private static final class PlanCell extends ListCell<PlanSummary> {
        @Override
        protected void updateItem(PlanSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
