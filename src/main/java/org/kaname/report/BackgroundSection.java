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
                String heading = t.get("background.for", t.get("stakeholder." + s.stakeholder().code()));
                ctx.h3(heading);
                for (String p : s.text().split("\n")) {
                    ctx.para(ctx.sources.citeInText(p, heading, t.get("background.significance"),
                            n -> t.get("evidence.ref", n)));
                }
            }
        }
        if (!plan.timeline().isEmpty()) {
            ctx.h2(t.get("background.timeline"));
            Table table = Table.of(Table.Column.left(t.get("col.year"), 10), Table.Column.left(t.get("col.event"), 90));
            for (TimelineEntry e : plan.timeline()) {
                table.row(t.get("background.year", String.valueOf(e.year())), e.text() + source(e));
            }
            ctx.table(table);
        }
    }

    /**
     * An address is cited by number like every other source, so it is printed once, readable, in the 出典一覧; a
     * source named in words (「総務省資料」) is printed where it is.
     */
    private String source(TimelineEntry e) {
        ReportTexts t = ctx.texts;
        String source = e.source().strip();
        if (source.isEmpty()) {
            return "";
        }
        if (!isAddress(source)) {
            return "\n" + t.get("background.source", source);
        }
        String where = e.text().length() <= TITLE_CHARS ? e.text() : e.text().substring(0, TITLE_CHARS) + "…";
        return t.get("evidence.ref", ctx.sources.citeUntitled(where, t.get("background.timeline"), source));
    }

    /** The 出典一覧 names a timeline source by the start of its text, until a titled citation of it comes. */
    private static final int TITLE_CHARS = 40;

    static boolean isAddress(String source) {
        String s = source.toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }
}
