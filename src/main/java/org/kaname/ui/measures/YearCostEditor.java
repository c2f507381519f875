package org.kaname.ui.measures;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.model.Measure;
import org.kaname.ui.Controls;
import org.kaname.ui.ScreenContext;

/**
 * The measure form's costs section (issue 16): a choice between the simple form (初期費用 + 年間費用 × 実施年数, the
 * fields above) and costs by 年度 ({@link YearCostTable}); switching to by 年度 starts from what the simple form costs
 * in each year. Below the table, the measure's totals in 千円 and the 単価 that 人件費 uses.
 */
final class YearCostEditor {
    private final MeasuresViewModel vm;
    private final ScreenContext.StatusSink status;
    private final RadioButton simple;
    private final RadioButton byYear;
    private final YearCostTable table;
    private final Label totals = new Label();
    private final Label rate = new Label();
    private final VBox root;
    private String current;
    private boolean loading;

    YearCostEditor(MeasuresViewModel vm, Messages messages, ScreenContext.StatusSink status) {
        this.vm = vm;
        this.status = status;
        Controls controls = new Controls(messages);
        Label heading = controls.heading("section.costs", "section-title");
        ToggleGroup modes = new ToggleGroup();
        simple = controls.radio("measureCostsSimple", "costs.mode.simple", modes);
        byYear = controls.radio("measureCostsByYear", "costs.mode.byYear", modes);
        simple.setOnAction(e -> choose(false));
        byYear.setOnAction(e -> choose(true));
        HBox modeRow = new HBox(16, simple, byYear);
        table = new YearCostTable("measureYearCosts", messages, status, () -> vm.newYearCost(current),
                vm::personnelRate);
        Node tableBox = table.node();
        tableBox.visibleProperty().bind(byYear.selectedProperty());
        tableBox.managedProperty().bind(tableBox.visibleProperty());
        totals.setId("measureYearCostTotals");
        totals.setWrapText(true);
        rate.setId("measureYearCostRate");
        rate.setWrapText(true);
        rate.getStyleClass().add("help-text");
        root = new VBox(8, heading, modeRow, tableBox, totals, rate);
    }

    private void choose(boolean years) {
        if (loading || current == null) {
            return;
        }
        vm.planProperty().get().measure(current).ifPresent(m -> {
            if (m.hasYearCosts() != years) {
                (years ? vm.useYearCosts(current) : vm.useSimpleForm(current)).ifPresent(status::show);
            }
        });
        // Shows the plan's form again (the edit's result, or the old form if it was refused).
        vm.planProperty().get().measure(current).ifPresent(this::show);
    }

    Node node() {
        return root;
    }

    YearCostTable table() {
        return table;
    }

    /** True while the measure's costs are given by 年度 (the simple-form fields are then not used). */
    javafx.beans.property.ReadOnlyBooleanProperty byYearProperty() {
        return byYear.selectedProperty();
    }

    void show(Measure m) {
        loading = true;
        try {
            current = m.id();
            (m.hasYearCosts() ? byYear : simple).setSelected(true);
            table.show(m.yearCosts(), list -> vm.setYearCosts(current, list));
            table.refreshComputed();
            totals.setText(vm.yearCostTotals(m.id()));
            rate.setText(vm.personnelRateNote());
        } finally {
            loading = false;
        }
    }
}
