package org.kaname.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanService;
import org.kaname.store.PlanSummary;
import org.kaname.store.StoredPlan;
import org.kaname.ui.task.TaskExecutor;

/** State of the main window: the plan list, the selected plan and its measure tree, the status line. */
public final class MainViewModel {
    private final PlanService plans;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<PlanSummary> planList = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> selectedPlan = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<StoredPlan> openPlan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> criterionNames = FXCollections.observableArrayList();
    private final ObservableList<MeasureRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public MainViewModel(PlanService plans, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.plans = plans;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        selectedPlan.addListener((obs, old, now) -> open(now));
    }

    /** Loads the plan list off the FX thread and selects the first plan. */
    public void refreshPlans() {
        status.set(messages.get("status.loading"));
        executor.submit(progress -> plans.plans(), list -> {
            planList.setAll(list);
            status.set(messages.get("status.ready"));
            if (!list.isEmpty() && selectedPlan.get() == null) {
                selectedPlan.set(list.get(0));
            }
        }, this::fail);
    }

    private void open(PlanSummary summary) {
        if (summary == null) {
            openPlan.set(null);
            rows.clear();
            criterionNames.clear();
            return;
        }
        executor.submit(progress -> plans.open(summary.id()), stored -> {
            openPlan.set(stored);
            criterionNames.setAll(stored.plan().criteria().stream().map(c -> c.name()).toList());
            rows.setAll(PlanTreeRows.of(stored.plan()));
            status.set(messages.get("status.opened", stored.plan().title()));
        }, this::fail);
    }

    private void fail(Throwable error) {
        status.set(messages.get("status.error"));
        dialogs.showError(messages.get("error.title"), String.valueOf(error.getMessage()));
    }

    public ObservableList<PlanSummary> planList() {
        return planList;
    }

    public ObjectProperty<PlanSummary> selectedPlanProperty() {
        return selectedPlan;
    }

    public ReadOnlyObjectProperty<StoredPlan> openPlanProperty() {
        return openPlan.getReadOnlyProperty();
    }

    public List<String> criterionNames() {
        return criterionNames;
    }

    public ObservableList<MeasureRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
