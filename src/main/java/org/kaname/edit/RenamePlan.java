package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/** Gives the plan a new title (計画名). */
public record RenamePlan(String title) implements Edit {
    public RenamePlan {
        title = title == null ? "" : title.strip();
    }

    /** A copy of {@code plan} under another title, e.g. for 「計画を複製」 (a new plan, not an edit of this one). */
    public static Plan copyTitled(Plan plan, String title) {
        return plan.withTitle(title);
    }

    @Override
    public String kind() {
        return "rename-plan";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(title);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.required(title, "titleBlank");
        return Change.between(plan, plan.withTitle(title));
    }
}
