package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;

/** Removes a rater with every score they gave, in the plan and in workshop rounds; one undo brings all back. */
public record RemoveRater(String id) implements Edit {
    @Override
    public String kind() {
        return "remove-rater";
    }

    @Override
    public EditTarget target() {
        return EditTarget.rater(id);
    }

    @Override
    public List<String> arguments() {
        return List.of(id);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.rater(plan, id);
        List<Rater> raters = plan.raters().stream().filter(r -> !r.id().equals(id)).toList();
        List<Score> scores = plan.scores().stream().filter(s -> !s.rater().equals(id)).toList();
        return Change.between(plan, plan.withRatersAndScores(raters, scores)
                .withRounds(plan.rounds().stream().map(r -> r.withoutRaters(List.of(id))).toList()));
    }
}
