package org.kaname.edit;

import java.util.List;
import java.util.Locale;
import org.kaname.model.Plan;

/** Replaces one of the plan's descriptive texts: the organization (作成組織), the description (概要) or the summary. */
public record SetPlanText(Field field, String text) implements Edit {
    /** The texts of the plan's head besides its title; kinds {@code set-organization}, … */
    public enum Field {
        ORGANIZATION, DESCRIPTION, SUMMARY;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SetPlanText {
        text = text == null ? "" : text;
        if (field == Field.ORGANIZATION) {
            text = text.strip();
        }
    }

    @Override
    public String kind() {
        return "set-" + field.code();
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(Lookup.excerpt(text));
    }

    @Override
    public Change resolve(Plan plan) {
        Plan after = switch (field) {
            case ORGANIZATION -> PlanHead.withOrganization(plan, text);
            case DESCRIPTION -> PlanHead.withDescription(plan, text);
            case SUMMARY -> PlanHead.withSummary(plan, text);
        };
        return Change.between(plan, after);
    }
}
