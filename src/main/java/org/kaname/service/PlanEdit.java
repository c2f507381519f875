package org.kaname.service;

import java.util.function.UnaryOperator;
import org.kaname.model.Plan;

/**
 * One user edit as a command: a pure change of the plan with a description for the undo menu. Because plans are
 * immutable, undo is restoring the plan before the edit, so edits need no inverse of their own.
 */
public interface PlanEdit {
    /** Shown as "元に戻す: {description}". */
    String description();

    Plan applyTo(Plan plan);

    static PlanEdit of(String description, UnaryOperator<Plan> change) {
        return new PlanEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public Plan applyTo(Plan plan) {
                return change.apply(plan);
            }
        };
    }
}
