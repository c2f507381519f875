package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The appendix: for every measure and criterion, each rater's value, the mean, the spread (highest minus lowest)
 * and the raters' rationales beside them (one identical rationale once, after the names of those who gave it) —
 * the record behind each number in the report.
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
        cols.add(Table.Column.left(t.get("col.id"), 6.5f));
        cols.add(Table.Column.left(t.get("col.criterion"), 16));
        float raterW = Math.max(4, Math.min(7, 24f / Math.max(1, plan.raters().size())));
        for (Rater r : plan.raters()) {
            cols.add(Table.Column.right(r.name(), raterW));
        }
        cols.add(Table.Column.right(t.get("col.mean"), 7));
        cols.add(Table.Column.right(t.get("col.spread"), 6.5f));
        cols.add(Table.Column.left(t.get("col.rationale"), Math.max(20, 100 - 36 - raterW * plan.raters().size())));
        Table matrix = new Table(cols);
        ScoreTable table = ctx.data.scores().orElse(null);
        String separator = t.isJapanese() ? "：" : ": ";
        String joiner = t.isJapanese() ? "・" : ", ";
        for (Measure m : plan.measures()) {
            for (Criterion c : plan.criteria()) {
                List<String> row = new ArrayList<>();
                row.add(m.id());
                row.add(c.name());
                // Each distinct rationale once, after the names of the raters who gave it.
                Map<String, List<String>> whoSaid = new LinkedHashMap<>();
                for (Rater r : plan.raters()) {
                    Score s = byKey.get(key(m.id(), c.id(), r.id()));
                    row.add(s == null ? ReportTexts.NONE : number(s.value()));
                    if (s != null && !s.note().isBlank()) {
                        whoSaid.computeIfAbsent(s.note().strip(), k -> new ArrayList<>()).add(r.name());
                    }
                }
                ScoreStats st = table == null ? ScoreStats.NONE : table.stats(m.id(), c.id());
                row.add(st.isEmpty() ? ReportTexts.NONE : String.format(Locale.ROOT, "%.2f", st.mean()));
                row.add(st.isEmpty() ? ReportTexts.NONE : number(st.max() - st.min()));
                List<String> notes = new ArrayList<>();
                whoSaid.forEach((note, names) -> notes.add(String.join(joiner, names) + separator + note));
                row.add(String.join("\n", notes));
                matrix.row(row);
            }
        }
        ctx.h2(t.get("appendix.matrix"));
        ctx.table(matrix.fontSize(Styles.SMALL), t.get("appendix.spreadNote"));
    }

    private static String key(String m, String c, String r) {
        return m + '\u0000' + c + '\u0000' + r;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
