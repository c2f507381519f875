package org.kaname.ui;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kaname.model.Plan;
import org.kaname.service.InvalidEditException;
import org.kaname.service.PlanEdit;
import org.kaname.service.PlanEditor;

/** Applies one edit and turns a refusal into its message for a person, so view models can show it at the field. */
public final class EditRunner {
    private final PlanEditor editor;

    public EditRunner(PlanEditor editor) {
        this.editor = editor;
    }

    public PlanEditor editor() {
        return editor;
    }

    public Plan plan() {
        return editor.plan();
    }

    /** Empty when applied (or when it changed nothing), else why the plan refused it. */
    public Optional<String> apply(String description, UnaryOperator<Plan> change) {
        try {
            editor.apply(PlanEdit.of(description, change));
            return Optional.empty();
        } catch (InvalidEditException e) {
            return Optional.of(e.getMessage());
        }
    }
}
