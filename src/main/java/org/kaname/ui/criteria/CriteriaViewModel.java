package org.kaname.ui.criteria;

import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.edit.AddCriterion;
import org.kaname.edit.ChangeCriterion;
import org.kaname.edit.Edit;
import org.kaname.edit.MoveCriterion;
import org.kaname.edit.RemoveCriterion;
import org.kaname.edit.SetLevelText;
import org.kaname.edit.SetScale;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Plan;
import org.kaname.model.Scale;
import org.kaname.ui.EditRunner;
import org.kaname.ui.ScreenContext;

/**
 * The criteria list and the details of the selected criterion. Every change is one edit of the plan; the list is
 * refreshed from the plan after edits, undo and redo, and the selection follows the criterion by id.
 */
public final class CriteriaViewModel {
    private final ScreenContext context;
    private final Messages messages;
    private final EditRunner edits;
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<Criterion> criteriaView = FXCollections.unmodifiableObservableList(criteria);
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");

    public CriteriaViewModel(ScreenContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
        this.edits = new EditRunner(context.editor(), context.status());
        refresh(context.editor().plan());
    }

    /** Re-reads the plan (call on every plan change). */
    public void refresh(Plan plan) {
        criteria.setAll(plan.criteria());
        if (selectedId.get() != null && plan.criterion(selectedId.get()).isEmpty()) {
            selectedId.set(plan.criteria().isEmpty() ? null : plan.criteria().get(0).id());
        }
    }

    public ObservableList<Criterion> criteria() {
        return criteriaView;
    }

    /** The id of the selected criterion, or null. The view binds its table selection to it. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public Optional<Criterion> selected() {
        return selectedId.get() == null ? Optional.empty() : context.editor().plan().criterion(selectedId.get());
    }

    /** Why the last change was refused; empty when it was applied. */
    public ReadOnlyStringProperty errorProperty() {
        return edits.errorProperty();
    }

    /** Normalised weight of each criterion in percent, or an empty map when the weights cannot be derived. */
    public Map<String, Double> percentages() {
        return WeightsViewModel.percentages(context, context.editor().plan());
    }

    /** Adds a criterion with a default name and scale at the end and selects it. */
    public Optional<String> add() {
        Plan plan = context.editor().plan();
        String id = AddCriterion.newId(plan);
        String name = messages.get("criterion.newName", plan.criteria().size() + 1);
        double weight = plan.criteria().stream().mapToDouble(Criterion::weight).average().orElse(0);
        Criterion c = new Criterion(id, name, "", weight > 0 ? weight : 10, Direction.BENEFIT, Scale.DEFAULT);
        if (edits.applied(new AddCriterion(c))) {
            selectedId.set(id);
            return Optional.of(id);
        }
        return Optional.empty();
    }

    /**
     * Removes the criterion. When it carries scores the user is asked first, and the scores go in the same edit,
     * so one undo brings both back. Returns true when it was removed.
     */
    public boolean remove(String id) {
        Plan plan = context.editor().plan();
        Optional<Criterion> c = plan.criterion(id);
        if (c.isEmpty()) {
            return false;
        }
        long scores = plan.scores().stream().filter(s -> s.criterion().equals(id)).count();
        if (scores > 0 && !context.dialogs().confirm(messages.get("remove.confirmTitle"),
                messages.get("remove.confirmMessage", c.get().name(), scores))) {
            return false;
        }
        int index = plan.criteria().indexOf(c.get());
        boolean done = edits.applied(new RemoveCriterion(id));
        if (done) {
            Plan after = context.editor().plan();
            selectedId.set(after.criteria().isEmpty() ? null
                    : after.criteria().get(Math.min(index, after.criteria().size() - 1)).id());
        }
        return done;
    }

    public boolean moveUp(String id) {
        return move(id, -1);
    }

    public boolean moveDown(String id) {
        return move(id, 1);
    }

    private boolean move(String id, int delta) {
        Plan plan = context.editor().plan();
        int index = plan.criterion(id).map(plan.criteria()::indexOf).orElse(-1);
        if (index < 0 || index + delta < 0 || index + delta >= plan.criteria().size()) {
            return false;
        }
        boolean done = edits.applied(new MoveCriterion(id, delta));
        if (done) {
            selectedId.set(id);
        }
        return done;
    }

    public boolean rename(String id, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            context.status().show(messages.get("error.nameRequired"));
            return false;
        }
        return change(id, new ChangeCriterion(id, ChangeCriterion.Field.NAME, trimmed));
    }

    public boolean setDescription(String id, String description) {
        return change(id, new ChangeCriterion(id, ChangeCriterion.Field.DESCRIPTION, description));
    }

    public boolean setDirection(String id, Direction direction) {
        return change(id, ChangeCriterion.direction(id, direction));
    }

    /**
     * A new scale; level descriptions outside it are dropped. Refused (with the reason) while scores lie outside
     * the new range.
     */
    public boolean setScale(String id, int min, int max) {
        if (min >= max) {
            context.status().show(messages.get("error.scale", min, max));
            return false;
        }
        return change(id, new SetScale(id, min, max));
    }

    /** The description of one level of the scale; blank text removes it. */
    public boolean setLevelText(String id, int level, String text) {
        return change(id, new SetLevelText(id, level, text));
    }

    private boolean change(String id, Edit edit) {
        return context.editor().plan().criterion(id).isPresent() && edits.applied(edit);
    }
}
