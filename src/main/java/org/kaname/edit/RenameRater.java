package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Rater;

/** Renames a rater; their scores stay theirs (they are kept by the rater's id). */
public record RenameRater(String id, String name) implements Edit {
    public RenameRater {
        name = name == null ? "" : name.strip();
    }

    @Override
    public String kind() {
        return "rename-rater";
    }

    @Override
    public EditTarget target() {
        return EditTarget.rater(id);
    }

    @Override
    public List<String> arguments() {
        return List.of(id, name);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.rater(plan, id);
        checkName(plan, name, id);
        List<Rater> raters = plan.raters().stream().map(r -> r.id().equals(id) ? new Rater(id, name) : r).toList();
        return Change.between(plan, plan.withRatersAndScores(raters, plan.scores()));
    }

    /** Refuses a blank name or one another rater (not {@code exceptId}) has. */
    static void checkName(Plan plan, String name, String exceptId) throws EditRefusedException {
        String clean = Lookup.required(name, "nameBlank");
        if (plan.raters().stream().anyMatch(r -> r.name().equals(clean) && !r.id().equals(exceptId))) {
            throw new EditRefusedException("raterNameTaken", clean);
        }
    }
}
