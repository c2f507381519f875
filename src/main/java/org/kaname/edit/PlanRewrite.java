package org.kaname.edit;

import java.util.List;
import java.util.function.UnaryOperator;
import org.kaname.model.Plan;

/**
 * An edit given as a function of the whole plan, resolved by comparing the plan before and after. For structural
 * edits (measures, criteria, rounds...) whose effect reaches several parts; a named edit record should wrap it so the
 * journal can say what happened. Linear in the plan's size, which is fine for an edit that changes its structure.
 */
public record PlanRewrite(String kind, EditTarget target, List<String> arguments, UnaryOperator<Plan> rewrite)
        implements Edit {
    public PlanRewrite {
        arguments = List.copyOf(arguments);
    }

    /** A general edit described by {@code description} (already in the user's language). */
    public static PlanRewrite of(String description, UnaryOperator<Plan> rewrite) {
        return new PlanRewrite("edit", EditTarget.PLAN, List.of(description), rewrite);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        return Change.between(plan, rewrite.apply(plan));
    }
}
