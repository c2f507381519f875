package org.kaname.ui.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.edit.MoveInRanking;
import org.kaname.edit.SetDirectPoints;
import org.kaname.edit.SetJudgment;
import org.kaname.edit.SetSwingPoints;
import org.kaname.edit.SetWeightingMethod;
import org.kaname.edit.WeightingInputs;
import org.kaname.engine.AhpResult;
import org.kaname.engine.EngineException;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.WeightingMethod;
import org.kaname.ui.EditRunner;
import org.kaname.ui.EngineMessages;
import org.kaname.ui.ScreenContext;

/**
 * The weights editor: the weighting method, each criterion's points and normalised percentage, the importance
 * ranking (rank-order centroid, swing) and the AHP matrix with its live analysis. Every change updates the plan's
 * weighting and the criteria's stored weights together, in one edit.
 */
public final class WeightsViewModel {
    private final ScreenContext context;
    private final Messages messages;
    private final EditRunner edits;
    private final ReadOnlyObjectWrapper<WeightingMethod> method = new ReadOnlyObjectWrapper<>(this, "method");
    private final ObservableList<WeightRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WeightRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<AhpState> ahp = new ReadOnlyObjectWrapper<>(this, "ahp", AhpState.EMPTY);
    private final ReadOnlyStringWrapper weightsProblem = new ReadOnlyStringWrapper(this, "weightsProblem", "");

    public WeightsViewModel(ScreenContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
        this.edits = new EditRunner(context.editor(), context.status());
        refresh(context.editor().plan());
    }

    /** Normalised weights in percent as the engine derives them; empty when they cannot be derived. */
    static Map<String, Double> percentages(ScreenContext context, Plan plan) {
        if (plan.criteria().isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, Double> out = new LinkedHashMap<>();
            context.ranking().weights(plan, Optional.empty()).forEach((id, w) -> out.put(id, 100 * w));
            return Collections.unmodifiableMap(out);
        } catch (EngineException e) {
            return Map.of();
        }
    }

    public void refresh(Plan plan) {
        WeightingMethod m = plan.weighting().method();
        method.set(m);
        Map<String, Double> percent = percentages(context, plan);
        weightsProblem.set(problem(plan));
        List<WeightRow> next = new ArrayList<>();
        if (m == WeightingMethod.ROC || m == WeightingMethod.SWING) {
            List<String> ranking = WeightingInputs.effectiveRanking(plan);
            for (int i = 0; i < ranking.size(); i++) {
                Criterion c = plan.criterion(ranking.get(i)).orElseThrow();
                double points = m == WeightingMethod.SWING
                        ? plan.weighting().points().getOrDefault(c.id(), i == 0 ? 100.0 : Double.NaN) : Double.NaN;
                next.add(new WeightRow(c.id(), c.name(), points, percent.getOrDefault(c.id(), Double.NaN), i + 1));
            }
        } else {
            for (Criterion c : plan.criteria()) {
                double points = m == WeightingMethod.DIRECT ? c.weight() : Double.NaN;
                next.add(new WeightRow(c.id(), c.name(), points, percent.getOrDefault(c.id(), Double.NaN), 0));
            }
        }
        rows.setAll(next);
        ahp.set(m == WeightingMethod.AHP ? ahpState(plan) : AhpState.EMPTY);
    }

    private String problem(Plan plan) {
        if (plan.criteria().isEmpty()) {
            return messages.get("weights.noCriteria");
        }
        try {
            context.ranking().weights(plan, Optional.empty());
            return "";
        } catch (EngineException e) {
            return EngineMessages.of(e, messages.locale());
        }
    }

    private AhpState ahpState(Plan plan) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        plan.criteria().forEach(c -> {
            ids.add(c.id());
            names.add(c.name());
        });
        int n = ids.size();
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                OptionalDouble v = WeightingInputs.judgment(plan, ids.get(i), ids.get(k));
                matrix[i][k] = v.isPresent() ? v.getAsDouble() : Double.NaN;
            }
        }
        if (n == 0) {
            return new AhpState(ids, names, matrix, Optional.empty(), messages.get("weights.noCriteria"));
        }
        try {
            return new AhpState(ids, names, matrix, context.ranking().ahp(plan), "");
        } catch (EngineException e) {
            return new AhpState(ids, names, matrix, Optional.empty(), EngineMessages.of(e, messages.locale()));
        }
    }

    public ReadOnlyObjectProperty<WeightingMethod> methodProperty() {
        return method.getReadOnlyProperty();
    }

    public ObservableList<WeightRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<AhpState> ahpProperty() {
        return ahp.getReadOnlyProperty();
    }

    /** Why the weights cannot be derived now (e.g. no criteria); empty when they can. */
    public ReadOnlyStringProperty weightsProblemProperty() {
        return weightsProblem.getReadOnlyProperty();
    }

    /** Why the last change was refused; empty when it was applied. */
    public ReadOnlyStringProperty errorProperty() {
        return edits.errorProperty();
    }

    public boolean setMethod(WeightingMethod m) {
        if (m == null || m == context.editor().plan().weighting().method()) {
            return true;
        }
        return edits.applied(new SetWeightingMethod(m));
    }

    public boolean setDirectPoints(String criterionId, double points) {
        if (!(points >= 0) || Double.isInfinite(points)) {
            context.status().show(messages.get("error.points"));
            return false;
        }
        return edits.applied(new SetDirectPoints(criterionId, points));
    }

    public boolean setSwingPoints(String criterionId, double points) {
        if (!(points >= 0) || points > 100) {
            context.status().show(messages.get("error.swingPoints"));
            return false;
        }
        return edits.applied(new SetSwingPoints(criterionId, points));
    }

    public boolean moveInRanking(String criterionId, int delta) {
        return edits.applied(new MoveInRanking(criterionId, delta));
    }

    /** Sets the matrix cell (row {@code a}, column {@code b}); the reciprocal cell follows. */
    public boolean setJudgment(String a, String b, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            return false;
        }
        return edits.applied(new SetJudgment(a, b, value));
    }

    /** The Saaty value the other judgments suggest for the most inconsistent one. */
    public Optional<Double> suggestedValue() {
        return ahp.get().result().flatMap(AhpResult::mostInconsistent)
                .map(inc -> SaatyScale.nearest(inc.impliedValue()));
    }

    /** Replaces the most inconsistent judgment by the suggested value. */
    public boolean applySuggestion() {
        Optional<AhpResult.Inconsistency> inc = ahp.get().result().flatMap(AhpResult::mostInconsistent);
        return inc.isPresent() && setJudgment(inc.get().judgment().a(), inc.get().judgment().b(),
                SaatyScale.nearest(inc.get().impliedValue()));
    }

    /** The suggestion in words, for the most inconsistent judgment; empty when there is none to make. */
    public String suggestionText() {
        Optional<AhpResult.Inconsistency> inc = ahp.get().result().flatMap(AhpResult::mostInconsistent);
        if (inc.isEmpty() || inc.get().deviation() < 1 + 1e-9) {
            return "";
        }
        AhpResult.Inconsistency i = inc.get();
        if (Math.abs(SaatyScale.nearest(i.impliedValue()) - i.judgment().value()) < 1e-9) {
            return "";
        }
        return messages.get("ahp.suggestion", name(i.judgment().a()), name(i.judgment().b()),
                SaatyScale.format(i.judgment().value()), SaatyScale.format(SaatyScale.nearest(i.impliedValue())));
    }

    public String methodName(WeightingMethod m) {
        return messages.get("method." + m.code());
    }

    private String name(String criterionId) {
        return context.editor().plan().criterion(criterionId).map(Criterion::name).orElse(criterionId);
    }
}
