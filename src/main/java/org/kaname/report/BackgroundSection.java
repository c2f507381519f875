package org.kaname.report;

import java.io.IOException;
import org.kaname.model.Plan;
import org.kaname.model.Significance;
import org.kaname.model.TimelineEntry;

/**
 * 「背景と位置づけ」: why the plan matters to each stakeholder (the plan's 意義) and how it came about (its 経過),
 * before the criteria, so the council reads what the ranking serves before how it was made. Omitted when the plan
 * records neither.
 */
final class BackgroundSection {
    private final ReportContext ctx;

    BackgroundSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    static boolean applies(Plan plan) {
        return !plan.significance().isEmpty() || !plan.timeline().isEmpty();
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        ctx.startSection(t.get("background.title"));
        if (!plan.significance().isEmpty()) {
            ctx.h2(t.get("background.significance"));
            for (Significance s : plan.significance()) {
                ctx.h3(t.get("background.for", t.get("stakeholder." + s.stakeholder().code())));
                for (String p : s.text().split("\n")) {
                    ctx.para(p);
                }
            }
        }
        if (!plan.timeline().isEmpty()) {
            ctx.h2(t.get("background.timeline"));
            Table table = Table.of(Table.Column.left(t.get("col.year"), 10), Table.Column.left(t.get("col.event"), 90));
            for (TimelineEntry e : plan.timeline()) {
                String text = e.source().isBlank() ? e.text() : e.text() + "\n" + t.get("background.source", e.source());
                table.row(t.get("background.year", String.valueOf(e.year())), text);
            }
            ctx.table(table);
        }
    }
}
