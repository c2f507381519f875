package org.kaname.ui.measures;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.kaname.edit.AddCase;
import org.kaname.edit.ChangeCase;
import org.kaname.edit.RemoveCase;
import org.kaname.i18n.Messages;
import org.kaname.model.Evidence;
import org.kaname.model.PeerCase;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.ui.DialogService;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.EditRunner;

/** The peer cases (先進事例) tab: add, remove, edit; cases have no id, so they are addressed by position. */
public final class CasesViewModel {
    private final EditRunner edits;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final PlanEditor.Listener listener = plan::set;

    public CasesViewModel(ScreenContext context, Messages messages) {
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

    /** The position of the case shown in the form; -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public Optional<String> add() {
        PeerCase c = new PeerCase(messages.get("new.caseMunicipality"), messages.get("new.caseTitle"), "", "", "",
                List.of(), List.of());
        int index = plan.get().cases().size();
        Optional<String> refused = edits.apply(new AddCase(c));
        if (refused.isEmpty()) {
            selected.set(index);
        }
        return refused;
    }

    public Optional<String> remove(int index) {
        PeerCase c = plan.get().cases().get(index);
        if (!dialogs.confirm(messages.get("remove.title"), messages.get("remove.case", c.municipality(), c.title()))) {
            return Optional.empty();
        }
        Optional<String> refused = edits.apply(new RemoveCase(index, c.municipality()));
        if (refused.isEmpty()) {
            selected.set(Math.min(index, plan.get().cases().size() - 1));
        }
        return refused;
    }

    public Optional<String> check(CaseField field, String text) {
        boolean required = field == CaseField.MUNICIPALITY || field == CaseField.TITLE;
        if (required && (text == null || text.isBlank())) {
            return Optional.of(messages.get(field == CaseField.TITLE ? "error.titleBlank" : "error.municipalityBlank"));
        }
        return Optional.empty();
    }

    public Optional<String> commit(CaseField field, int index, String text) {
        Optional<String> error = check(field, text);
        if (error.isPresent()) {
            return error;
        }
        return edits.apply(ChangeCase.text(index, switch (field) {
            case MUNICIPALITY -> ChangeCase.Field.MUNICIPALITY;
            case TITLE -> ChangeCase.Field.TITLE;
            case SUMMARY -> ChangeCase.Field.SUMMARY;
            case SUCCESS_FACTORS -> ChangeCase.Field.SUCCESS_FACTORS;
            case RESULTS -> ChangeCase.Field.RESULTS;
        }, text));
    }

    public Optional<String> setSources(int index, List<Evidence> sources) {
        return edits.apply(ChangeCase.sources(index, sources));
    }

    /** Sets the support measures the case relates to, kept in the plan's order of groups. */
    public Optional<String> setGroups(int index, List<String> groupIds) {
        return edits.apply(ChangeCase.groups(index, groupIds));
    }
}
