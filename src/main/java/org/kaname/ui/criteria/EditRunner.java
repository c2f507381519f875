package org.kaname.ui.criteria;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kaname.engine.EngineException;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenContext;

/**
 * Applies one edit to the open plan and turns a refusal (the validator's or the engine's) into a message for the
 * status bar and for the screen, instead of an exception: the plan is then unchanged.
 */
final class EditRunner {
    private final ScreenContext context;
    private final org.kaname.ui.EditRunner edits;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    EditRunner(ScreenContext context) {
        this.context = context;
        this.edits = new org.kaname.ui.EditRunner(context.editor());
    }

    /** The last refusal's message; empty after a successful edit. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    Plan plan() {
        return context.editor().plan();
    }

    /** True when the edit was applied (or changed nothing). */
    boolean apply(String description, UnaryOperator<Plan> change) {
        try {
            java.util.Optional<String> refused = edits.apply(description, change);
            if (refused.isEmpty()) {
                error.set("");
                return true;
            }
            refuse(refused.get());
        } catch (EngineException e) {
            refuse(e.getMessage());
        }
        return false;
    }

    private void refuse(String message) {
        error.set(message);
        context.status().show(message);
    }
}
