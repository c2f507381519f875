package org.kaname.ui.measures;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.kaname.edit.AddProblem;
import org.kaname.edit.ChangeProblem;
import org.kaname.edit.Holder;
import org.kaname.edit.RemoveProblem;
import org.kaname.edit.SetEvidence;
import org.kaname.i18n.Messages;
import org.kaname.model.Evidence;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Stakeholder;
import org.kaname.service.PlanEditor;
import org.kaname.ui.DialogService;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.EditRunner;

/** The problems (課題) tab: add, remove (with the measures' links to it), edit; each change one plan edit. */
public final class ProblemsViewModel {
    private final EditRunner edits;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final PlanEditor.Listener listener = plan::set;

    public ProblemsViewModel(ScreenContext context, Messages messages) {
        PlanEditor editor = context.editor();
        this.edits = new EditRunner(editor);
        this.dialogs = context.dialogs();
        this.messages = messages;
        plan.set(editor.plan());
        editor.addListener(listener);
    }

    public void dispose() {
        edits.editor().removeListener(listener);
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The id of the problem shown in the form. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public Optional<Problem> problem(String id) {
        return plan.get().problems().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<String> add() {
        Plan p = plan.get();
        String id = AddProblem.newId(p);
        Problem problem = new Problem(id, Stakeholder.ADMINISTRATION, messages.get("new.problem"), "", "", List.of());
        Optional<String> refused = edits.apply(new AddProblem(problem));
        if (refused.isEmpty()) {
            selected.set(id);
        }
        return refused;
    }

    /** Removes problem {@code id} and the measures' links to it, after the user confirms. */
    public Optional<String> remove(String id) {
        Problem problem = problem(id).orElseThrow();
        long linked = plan.get().measures().stream().filter(m -> m.addresses().contains(id)).count();
        if (!dialogs.confirm(messages.get("remove.title"),
                messages.get("remove.problem", problem.id(), problem.title(), linked))) {
            return Optional.empty();
        }
        Optional<String> refused = edits.apply(new RemoveProblem(id));
        if (refused.isEmpty() && id.equals(selected.get())) {
            selected.set(null);
        }
        return refused;
    }

    public Optional<String> check(ProblemField field, String id, String text) {
        String t = text == null ? "" : text.strip();
        return switch (field) {
            case ID -> t.isEmpty() ? error("error.idBlank")
                    : !t.equals(id) && problem(t).isPresent() ? error("error.idTaken", t) : Optional.empty();
            case TITLE -> t.isEmpty() ? error("error.titleBlank") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Applies {@code text} to {@code field} of problem {@code id}; a new id is carried into the measures' links. */
    public Optional<String> commit(ProblemField field, String id, String text) {
        Optional<String> error = check(field, id, text);
        if (error.isPresent()) {
            return error;
        }
        String t = text.strip();
        if (field == ProblemField.ID && id.equals(selected.get())) {
            selected.set(t);
        }
        Optional<String> refused = edits.apply(switch (field) {
            case ID -> new ChangeProblem(id, ChangeProblem.Field.ID, t);
            case TITLE -> new ChangeProblem(id, ChangeProblem.Field.TITLE, t);
            case DESCRIPTION -> new ChangeProblem(id, ChangeProblem.Field.DESCRIPTION, text);
            case CONSEQUENCE -> new ChangeProblem(id, ChangeProblem.Field.CONSEQUENCE, text);
        });
        if (refused.isPresent() && field == ProblemField.ID) {
            selected.set(id);
        }
        return refused;
    }

    public Optional<String> setStakeholder(String id, Stakeholder stakeholder) {
        return edits.apply(ChangeProblem.stakeholder(id, stakeholder));
    }

    public Optional<String> setEvidence(String id, List<Evidence> evidence) {
        return edits.apply(new SetEvidence(Holder.PROBLEM, id, evidence));
    }

    private Optional<String> error(String key, Object... args) {
        return Optional.of(messages.get(key, args));
    }
}
