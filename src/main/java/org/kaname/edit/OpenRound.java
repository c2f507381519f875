package org.kaname.edit;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Plan;

/**
 * Opens the next workshop round (ラウンド) for the given measures and raters. Its scores stay apart from the plan's
 * until it is revealed; with {@code prefill} the raters' current scores of those measures are copied in, so a second
 * round starts where the room left off. Only one round is open at a time.
 */
public record OpenRound(String title, List<String> measures, List<String> raters, boolean anonymous,
                        boolean prefill, Instant time) implements Edit {
    public OpenRound {
        title = title == null ? "" : title.strip();
        measures = List.copyOf(new LinkedHashSet<>(measures));
        raters = List.copyOf(new LinkedHashSet<>(raters));
    }

    @Override
    public String kind() {
        return "open-round";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(title, String.valueOf(measures.size()), String.valueOf(raters.size()));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        if (plan.openRound().isPresent()) {
            throw new EditRefusedException("roundOpen", String.valueOf(plan.openRound().get().number()));
        }
        if (measures.isEmpty()) {
            throw new EditRefusedException("noMeasures");
        }
        if (raters.isEmpty()) {
            throw new EditRefusedException("noRaters");
        }
        for (String m : measures) {
            Lookup.measure(plan, m);
        }
        for (String r : raters) {
            Lookup.rater(plan, r);
        }
        return Change.between(plan, Lookup.engine(() -> Rounds.open(plan, title, measures, raters, anonymous, prefill,
                time), "roundRefused"));
    }
}
