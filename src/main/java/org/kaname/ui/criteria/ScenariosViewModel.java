package org.kaname.ui.criteria;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.edit.AddScenario;
import org.kaname.edit.RemoveScenario;
import org.kaname.edit.RenameScenario;
import org.kaname.engine.EngineException;
import org.kaname.engine.ModelKind;
import org.kaname.engine.ScenarioComparison;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.ui.EditRunner;
import org.kaname.ui.ScreenContext;

/**
 * Named weight scenarios (e.g. 財政重視): made from the weights in use, copied, renamed, deleted, and compared side
 * by side with the plan's own weights — each measure's rank per scenario, largest changes first.
 */
public final class ScenariosViewModel {
    private final ScreenContext context;
    private final Messages messages;
    private final EditRunner edits;
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<Scenario> scenariosView = FXCollections.unmodifiableObservableList(scenarios);
    private final ReadOnlyObjectWrapper<Optional<ScenarioComparison>> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison", Optional.empty());

    public ScenariosViewModel(ScreenContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
        this.edits = new EditRunner(context.editor(), context.status());
        if (context.shown().get()) {
            // Not shown (the workspace builds every screen): the screen refreshes it when it is first shown.
            refresh(context.editor().plan());
        }
    }

    public void refresh(Plan plan) {
        scenarios.setAll(plan.scenarios());
        Optional<ScenarioComparison> next;
        try {
            next = plan.criteria().isEmpty() ? Optional.empty()
                    : Optional.of(context.ranking().compareScenarios(plan, ModelKind.WEIGHTED_SUM));
        } catch (EngineException e) {
            next = Optional.empty();
        }
        comparison.set(next);
    }

    public ObservableList<Scenario> scenarios() {
        return scenariosView;
    }

    /** The plan's weights (column 0) and each scenario's, compared; empty when there is nothing to rank. */
    public ReadOnlyObjectProperty<Optional<ScenarioComparison>> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return edits.errorProperty();
    }

    /** Column title: the scenario's name, or 「現在の重み」 for the plan's own weights. */
    public String columnTitle(String column) {
        return column.isEmpty() ? messages.get("scenario.current") : column;
    }

    /** A new scenario holding the weights in use now (in percent); returns its name. */
    public Optional<String> createFromCurrent() {
        Plan plan = context.editor().plan();
        Map<String, Double> percent = WeightsViewModel.percentages(context, plan);
        if (percent.isEmpty()) {
            context.status().show(messages.get("scenario.noWeights"));
            return Optional.empty();
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        percent.forEach((id, v) -> weights.put(id, Math.round(v * 100) / 100.0));
        String name = freeName(plan, messages.get("scenario.newName", plan.scenarios().size() + 1));
        return add(new Scenario(name, weights));
    }

    /** A copy of the named scenario under a new name; returns that name. */
    public Optional<String> copy(String name) {
        Plan plan = context.editor().plan();
        Optional<Scenario> s = find(plan, name);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String copyName = freeName(plan, messages.get("scenario.copyName", name));
        return add(new Scenario(copyName, s.get().weights()));
    }

    public boolean rename(String name, String newName) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty()) {
            context.status().show(messages.get("error.nameRequired"));
            return false;
        }
        if (trimmed.equals(name)) {
            return true;
        }
        return edits.applied(new RenameScenario(name, trimmed));
    }

    /** Deletes the named scenario after the user confirms. */
    public boolean delete(String name) {
        if (find(context.editor().plan(), name).isEmpty()
                || !context.dialogs().confirm(messages.get("scenario.deleteTitle"),
                messages.get("scenario.deleteMessage", name))) {
            return false;
        }
        return edits.applied(new RemoveScenario(name));
    }

    private Optional<String> add(Scenario scenario) {
        return edits.applied(new AddScenario(scenario)) ? Optional.of(scenario.name()) : Optional.empty();
    }

    private static Optional<Scenario> find(Plan plan, String name) {
        return plan.scenarios().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static String freeName(Plan plan, String wanted) {
        String name = wanted;
        for (int k = 2; find(plan, name).isPresent(); k++) {
            name = wanted + " (" + k + ")";
        }
        return name;
    }
}
