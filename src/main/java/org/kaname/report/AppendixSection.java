package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaname.engine.ScoreStats;
import org.kaname.engine.ScoreTable;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;

/**
 * The appendix: every rater's value for every measure and criterion with the mean and the spread (highest minus
 * lowest), then every rationale the raters wrote — the record behind each number in the report.
 */
final class AppendixSection {
    private final ReportContext ctx;

    AppendixSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        ctx.startSection(t.get("appendix.title"));
        if (plan.measures().isEmpty() || plan.criteria().isEmpty()) {
            ctx.empty(t.get("appendix.none"));
            return;
        }
        ctx.para(t.get("appendix.lead"));
        Map<String, Score> byKey = new HashMap<>();
        for (Score s : plan.scores()) {
            byKey.put(key(s.measure(), s.criterion(), s.rater()), s);
        }
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.Column.left(t.get("col.id"), 9));
        cols.add(Table.Column.left(t.get("col.criterion"), 24));
        float raterW = Math.max(5, Math.min(11, 50f / Math.max(1, plan.raters().size())));
        for (Rater r : plan.raters()) {
            cols.add(Table.Column.right(r.name(), raterW));
        }
        cols.add(Table.Column.right(t.get("col.mean"), 9));
        cols.add(Table.Column.right(t.get("col.spread"), 8));
        Table matrix = new Table(cols);
        ScoreTable table = ctx.data.scores().orElse(null);
        for (Measure m : plan.measures()) {
            for (Criterion c : plan.criteria()) {
                List<String> row = new ArrayList<>();
                row.add(m.id());
                row.add(c.name());
                for (Rater r : plan.raters()) {
                    Score s = byKey.get(key(m.id(), c.id(), r.id()));
                    row.add(s == null ? ReportTexts.NONE : number(s.value()));
                }
                ScoreStats st = table == null ? ScoreStats.NONE : table.stats(m.id(), c.id());
                row.add(st.isEmpty() ? ReportTexts.NONE : String.format(Locale.ROOT, "%.2f", st.mean()));
                row.add(st.isEmpty() ? ReportTexts.NONE : number(st.max() - st.min()));
                matrix.row(row);
            }
        }
        ctx.h2(t.get("appendix.matrix"));
        ctx.table(matrix.fontSize(Styles.SMALL));
        ctx.note(t.get("appendix.spreadNote"));

        Table notes = Table.of(Table.Column.left(t.get("col.id"), 9), Table.Column.left(t.get("col.criterion"), 18),
                Table.Column.left(t.get("col.rater"), 13), Table.Column.right(t.get("col.value"), 6),
                Table.Column.left(t.get("col.rationale"), 54));
        Map<String, String> raterNames = new HashMap<>();
        plan.raters().forEach(r -> raterNames.put(r.id(), r.name()));
        Map<String, String> criterionNames = new HashMap<>();
        plan.criteria().forEach(c -> criterionNames.put(c.id(), c.name()));
        for (Measure m : plan.measures()) {
            for (Criterion c : plan.criteria()) {
                for (Rater r : plan.raters()) {
                    Score s = byKey.get(key(m.id(), c.id(), r.id()));
                    if (s != null && !s.note().isBlank()) {
                        notes.row(m.id(), criterionNames.get(c.id()), raterNames.get(r.id()), number(s.value()), s.note());
                    }
                }
            }
        }
        ctx.h2(t.get("appendix.rationales"));
        if (notes.isEmpty()) {
            ctx.empty(t.get("appendix.noRationales"));
        } else {
            ctx.table(notes.fontSize(Styles.SMALL));
        }
    }

    private static String key(String m, String c, String r) {
        return m + '\u0000' + c + '\u0000' + r;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
