package org.kaname.report;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.kaname.engine.compare.Comparison;
import org.kaname.engine.compare.PlanComparison;
import org.kaname.engine.compare.RankMovement;
import org.kaname.engine.compare.ScoreAuthors;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/**
 * What the section 「前回版からの変更」 prints: the comparison of a saved version (A) with the plan the report is
 * about (B), and the saved version's name and time. Given to the report through
 * {@link ReportOptions#withComparison(ReportComparison)}.
 */
public record ReportComparison(ComparedVersion previous, Comparison comparison) {
    public ReportComparison {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** Compares the saved version {@code previousPlan} with {@code current}, the plan the report will be about. */
    public static ReportComparison between(ComparedVersion previous, Plan previousPlan, Plan current,
                                           ScoreAuthors authors) {
        return new ReportComparison(previous, PlanComparison.compare(previousPlan, current, authors));
    }

    /**
     * Refuses a comparison whose later side is not {@code plan} (its measures differ): the printed changes would
     * then describe some other data than the rest of the report.
     */
    void requireLaterSideIs(Plan plan) {
        Set<String> later = new HashSet<>();
        for (RankMovement r : comparison.ranking()) {
            if (r.inB()) {
                later.add(r.id());
            }
        }
        Set<String> reported = new HashSet<>();
        for (Measure m : plan.measures()) {
            reported.add(m.id());
        }
        if (!later.equals(reported)) {
            throw new IllegalArgumentException("The comparison with '" + previous.name() + "' was made against other"
                    + " data than the plan being reported (its measures differ); compare with the plan as reported.");
        }
    }
}
