package org.kaname.edit;

import java.util.List;
import java.util.function.UnaryOperator;
import org.kaname.model.Plan;

/**
 * An edit given as a function of the whole plan, resolved by comparing the plan before and after. For structural
 * changes that are not one of the named edits (the score files the sheets service imports, tests' set-ups); its
 * {@code kind} and {@code arguments} must still say what happened, for the journal. Linear in the plan's size. The
 * screens use the named edits only; the kind {@code edit} remains for whole plans saved by the service and for the
 * journal entries of earlier versions.
 */
public record PlanRewrite(String kind, EditTarget target, List<String> arguments, UnaryOperator<Plan> rewrite)
        implements Edit {
    public PlanRewrite {
        arguments = List.copyOf(arguments);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        return Change.between(plan, rewrite.apply(plan));
    }
}
