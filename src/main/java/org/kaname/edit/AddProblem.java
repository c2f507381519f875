package org.kaname.edit;

import java.util.ArrayList;
import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Problem;

/** Adds a problem (課題) after the others. */
public record AddProblem(Problem problem) implements Edit {
    /** An id for a new problem: {@code PN}, the first N from the number of problems + 1 that is free. */
    public static String newId(Plan plan) {
        return Lookup.newId("P", plan.problems().size() + 1, plan.problems().stream().map(Problem::id).toList());
    }

    @Override
    public String kind() {
        return "add-problem";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(problem.id(), problem.title());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.freeId(plan.problems().stream().map(Problem::id).toList(), problem.id());
        Lookup.required(problem.title(), "titleBlank");
        List<Problem> problems = new ArrayList<>(plan.problems());
        problems.add(problem);
        return Change.between(plan, plan.withProblems(problems));
    }
}
