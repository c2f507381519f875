package org.kaname.report;

import java.io.IOException;

/**
 * 出典一覧: every source the report cites by number, once, in the order of first citation, with its title, kind and
 * its address decoded for reading. Written last, after every section that cites.
 */
final class SourcesSection {
    private final ReportContext ctx;

    SourcesSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write() throws IOException {
        if (ctx.sources.isEmpty()) {
            return;
        }
        ReportTexts t = ctx.texts;
        ctx.startSection(t.get("sources.title"));
        ctx.para(t.get("sources.lead"));
        // One indent for the whole list, that of the widest number.
        float indent = ctx.layout.textWidth(t.get("sources.number", ctx.sources.all().size()), Styles.BODY) + 4;
        for (Sources.Source s : ctx.sources.all()) {
            ctx.item(t.get("sources.number", s.number()),
                    s.title() + t.get("evidence.kind", s.kind()) + "\n" + Sources.readable(s.url()), indent);
        }
    }
}
