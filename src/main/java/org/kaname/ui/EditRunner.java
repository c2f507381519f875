package org.kaname.ui;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kaname.model.Plan;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.PlanRewrite;
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
            editor.apply(PlanRewrite.of(description, change));
            return Optional.empty();
        } catch (EditRefusedException e) {
            return Optional.of(editor.texts().refusal(e));
        }
    }
}
