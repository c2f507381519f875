package org.kaname.report;

import java.io.IOException;
import org.kaname.model.Plan;

/**
 * The colophon (奥付) closing the report: what it is, who issued it, when it was made, when its data last changed,
 * and the fingerprint. With the cover, the only place the fingerprint is printed: once at each end of the printout,
 * not in every footer.
 */
final class Colophon {
    private final ReportContext ctx;

    Colophon(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        // Heading and its five lines stay together on one page.
        ctx.h2(t.get("colophon.title"), 6 * Styles.BODY_LEADING);
        String title = plan.title() == null || plan.title().isBlank() ? t.get("cover.untitled") : plan.title();
        ctx.field(t.get("colophon.document"), t.get("cover.kind") + (t.isJapanese() ? "　" : ": ") + title);
        ctx.field(t.get("colophon.issuer"), plan.organization());
        ctx.field(t.get("cover.date"), t.dateWithEra(ctx.data.options().generatedAt()));
        ctx.field(t.get("cover.lastChange"), t.dateTime(ctx.data.lastChange()));
        ctx.field(t.get("cover.fingerprint"), ctx.data.fingerprint() + t.get("cover.fingerprint.note"));
    }
}
