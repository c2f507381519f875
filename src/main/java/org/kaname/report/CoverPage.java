package org.kaname.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.kaname.chart.TextFit;
import org.kaname.model.Plan;

/**
 * The first page: title, organisation, the report's date, the data's last change and the plan's fingerprint (so two
 * printouts of different versions can be told apart at a glance), the horizon, and a table of contents whose page
 * numbers are filled in once the rest of the report is laid out.
 */
final class CoverPage {
    private final ReportContext ctx;
    private float tocTop;

    CoverPage(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write() throws IOException {
        PdfLayout l = ctx.layout;
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        l.newPage(PageFormat.A4_PORTRAIT);
        l.space(40);
        l.fillRect(l.left(), l.y(), l.width(), 3, Styles.BAND);
        l.space(18);
        l.paragraph(t.get("cover.kind"), 11f, 0, 18f, false, PdfLayout.GREY);
        l.space(6);
        String title = plan.title() == null || plan.title().isBlank() ? t.get("cover.untitled") : plan.title();
        List<String> lines = l.wrap(title, Styles.TITLE, l.width());
        float size = lines.size() > 6 ? 14f : Styles.TITLE;
        l.paragraph(title, size, 0, size * 1.45f, true, PdfLayout.INK);
        l.space(10);
        if (!plan.organization().isBlank()) {
            l.paragraph(plan.organization(), 13f, 0, 20f, false, PdfLayout.INK);
        }
        l.space(14);
        l.fillRect(l.left(), l.y(), l.width(), 1, Styles.BAND);
        l.space(16);
        ctx.field(t.get("cover.date"), t.dateWithEra(ctx.data.options().generatedAt()));
        ctx.field(t.get("cover.lastChange"), t.dateTime(ctx.data.lastChange()));
        ctx.field(t.get("cover.fingerprint"), ctx.data.fingerprint() + t.get("cover.fingerprint.note"));
        if (plan.fiscalYears() != null) {
            ctx.field(t.get("cover.horizon"), t.get("range", t.fiscalYear(plan.fiscalYears().start()),
                    t.fiscalYear(plan.fiscalYears().end())));
        }
        ctx.field(t.get("cover.contents"), t.get("cover.contents.value", ReportTexts.integer(plan.measures().size()),
                ReportTexts.integer(plan.groups().size()), ReportTexts.integer(plan.criteria().size()),
                ReportTexts.integer(plan.raters().size())));
        l.space(18);
        tocTop = l.y();
    }

    /** Writes the table of contents below the cover's fields, now that every section's first page is known. */
    void writeContents(List<ReportResult.Section> sections) throws IOException {
        PdfLayout l = ctx.layout;
        PageFormat f = l.formatOf(0);
        try (PDPageContentStream s = l.append(0)) {
            float top = tocTop;
            l.text(s, f.height(), ctx.texts.get("cover.toc"), l.left(), top, Styles.H2, true, PdfLayout.INK);
            top += Styles.H2 * 1.8f;
            float bottom = f.contentBottom();
            float size = Styles.BODY;
            float lead = size * 1.65f;
            if (top + sections.size() * lead > bottom) {
                size = Styles.SMALL;
                lead = size * 1.4f;
            }
            int room = (int) Math.floor((bottom - top) / lead);
            int shown = sections.size() <= room ? sections.size() : Math.max(0, room - 1);
            float right = l.left() + f.contentWidth();
            for (int i = 0; i < shown; i++) {
                ReportResult.Section sec = sections.get(i);
                String page = String.valueOf(sec.firstPage());
                float pw = l.textWidth(page, size);
                String title = fit(sec.title(), size, f.contentWidth() - pw - 30);
                l.text(s, f.height(), title, l.left() + 8, top, size, false, PdfLayout.INK);
                l.text(s, f.height(), page, right - pw, top, size, false, PdfLayout.INK);
                float from = l.left() + 8 + l.textWidth(title, size) + 6;
                float to = right - pw - 6;
                if (to > from) {
                    s.setStrokingColor(PdfLayout.RULE);
                    s.setLineWidth(0.5f);
                    s.setLineDashPattern(new float[] {0.5f, 2.5f}, 0);
                    float yLine = f.height() - top - size * 0.85f;
                    s.moveTo(from, yLine);
                    s.lineTo(to, yLine);
                    s.stroke();
                    s.setLineDashPattern(new float[] {}, 0);
                }
                top += lead;
            }
            if (shown < sections.size()) {
                l.text(s, f.height(), ctx.texts.get("cover.toc.more", sections.size() - shown), l.left() + 8, top,
                        size, false, PdfLayout.GREY);
            }
        }
    }

    private String fit(String s, float size, float width) {
        return TextFit.fit(s, width, t -> ctx.layout.textWidth(t, size));
    }
}
