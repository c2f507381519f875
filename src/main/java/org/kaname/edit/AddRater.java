package org.kaname.edit;

import java.util.ArrayList;
import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Rater;

/** Adds a rater (評価者) at the end; names are unique so that score sheets and the grid can tell raters apart. */
public record AddRater(Rater rater) implements Edit {
    /** An id {@code rN} not used by any rater (N one more than the largest such number). */
    public static String newId(Plan plan) {
        int max = 0;
        for (Rater r : plan.raters()) {
            if (r.id().matches("r\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(r.id().substring(1)));
            }
        }
        return "r" + (max + 1);
    }

    @Override
    public String kind() {
        return "add-rater";
    }

    @Override
    public EditTarget target() {
        return EditTarget.rater(rater.id());
    }

    @Override
    public List<String> arguments() {
        return List.of(rater.id(), rater.name());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.freeId(plan.raters().stream().map(Rater::id).toList(), rater.id());
        RenameRater.checkName(plan, rater.name(), null);
        List<Rater> raters = new ArrayList<>(plan.raters());
        raters.add(new Rater(rater.id(), rater.name().strip()));
        return Change.between(plan, plan.withRatersAndScores(raters, plan.scores()));
    }
}
