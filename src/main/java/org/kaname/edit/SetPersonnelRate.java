package org.kaname.edit;

import java.util.List;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/**
 * Sets the plan's 単価 of one 人工 in yen per year ({@code set-personnel-rate}); 0 leaves it unset (人件費 then 0).
 * Refused: a negative or absurdly large 単価, and one that would make some measure's year cost less than its specific
 * sources (a negative 一般財源), naming the first such measure and 年度.
 */
public record SetPersonnelRate(long yen) implements Edit {
    /** The largest 単価: 100億円 per 人工 per year, far above any real one (about 8–10 million yen). */
    public static final long MAX_RATE = 10_000_000_000L;

    @Override
    public String kind() {
        return "set-personnel-rate";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(Lookup.yen(yen));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        if (yen < 0) {
            throw new EditRefusedException("negativeAmount");
        }
        if (yen > MAX_RATE) {
            throw new EditRefusedException("personnelRateTooLarge", Lookup.yen(yen), Lookup.yen(MAX_RATE));
        }
        for (Measure m : plan.measures()) {
            for (YearCost c : m.yearCosts()) {
                long sources = c.national() + c.prefectural() + c.other();
                if (sources > c.total(yen)) {
                    throw new EditRefusedException("rateLeavesSourcesOverTotal", m.id(), String.valueOf(c.year()),
                            Lookup.yen(sources), Lookup.yen(c.total(yen)));
                }
            }
        }
        return Change.between(plan, plan.withFollowUp(plan.followUp().withPersonnelRate(yen)));
    }
}
