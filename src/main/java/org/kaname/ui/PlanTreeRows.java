package org.kaname.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.engine.ScoreStats;
import org.kaname.engine.ScoreTable;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;

/** The rows of the plan tree, pillar → support measure → measure, each measure with its mean score per criterion. */
final class PlanTreeRows {
    private PlanTreeRows() {
    }

    static List<MeasureRow> of(Plan plan) {
        ScoreTable table = ScoreTable.of(plan);
        List<MeasureRow> rows = new ArrayList<>();
        for (Pillar pillar : plan.pillars()) {
            rows.add(MeasureRow.heading(MeasureRow.Kind.PILLAR, pillar.id(), pillar.name()));
            for (MeasureGroup group : plan.groups()) {
                if (!group.pillar().equals(pillar.id())) {
                    continue;
                }
                rows.add(MeasureRow.heading(MeasureRow.Kind.GROUP, group.id(), group.title()));
                for (Measure m : plan.measures()) {
                    if (m.group().equals(group.id())) {
                        rows.add(measureRow(plan, table, m));
                    }
                }
            }
        }
        return rows;
    }

    private static MeasureRow measureRow(Plan plan, ScoreTable table, Measure m) {
        List<String> values = new ArrayList<>();
        for (Criterion c : plan.criteria()) {
            ScoreStats s = table.stats(m.id(), c.id());
            values.add(s.isEmpty() ? "−" : String.format(Locale.ROOT, "%.1f", s.mean()));
        }
        return new MeasureRow(MeasureRow.Kind.MEASURE, m.id(), m.title(), values, "", "");
    }
}
