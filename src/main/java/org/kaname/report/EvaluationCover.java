package org.kaname.report;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.kaname.chart.TextFit;
import org.kaname.engine.evaluation.MeasureGrade;
import org.kaname.engine.evaluation.MeasureGrades;
import org.kaname.model.Evaluation;
import org.kaname.model.FutureDirection;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/**
 * The first page of the evaluation sheets: the plan, the 年度 evaluated, the date, the data's last change and the
 * fingerprint, how to read the sheets (the grade rule, 令和 in narrow columns, 千円), and the list of sheets — each
 * measure with its 所管, grade, 今後の方向性 and page — going on over as many pages as it needs. Its rows are one line
 * each, so the pages it takes are known before the sheets are laid out; the page numbers are filled in after.
 */
final class EvaluationCover {
    private static final float SIZE = Styles.TABLE;
    private static final float ROW = SIZE * 1.45f + 2 * TableRenderer.PAD_Y;

    private final EvaluationSheet.Context ctx;
    private final List<Measure> measures;
    private final List<String[]> rows = new ArrayList<>();
    private float firstTop;
    private int firstPage;

    EvaluationCover(EvaluationSheet.Context ctx, List<Measure> measures) {
        this.ctx = ctx;
        this.measures = measures;
    }

    void write(Instant generatedAt, Instant lastChange, String fingerprint) throws IOException {
        PdfLayout l = ctx.layout();
        ReportTexts t = ctx.texts();
        Plan plan = ctx.plan();
        l.newPage(PageFormat.A4_PORTRAIT);
        l.space(24);
        l.fillRect(l.left(), l.y(), l.width(), 3, Styles.BAND);
        l.space(14);
        l.paragraph(t.get("sheet.cover.kind", t.fiscalYear(ctx.year())), 11f, 0, 18f, false, PdfLayout.GREY);
        l.space(4);
        String title = plan.title() == null || plan.title().isBlank() ? t.get("cover.untitled") : plan.title();
        l.begin("H1");
        l.paragraph(title, 18f, 0, 26f, true, PdfLayout.INK);
        l.end();
        if (!plan.organization().isBlank()) {
            l.paragraph(plan.organization(), 12f, 0, 18f, false, PdfLayout.INK);
        }
        l.space(8);
        l.fillRect(l.left(), l.y(), l.width(), 1, Styles.BAND);
        l.space(10);
        Table fields = Table.of(Table.Column.left("", 20), Table.Column.left("", 80)).headerless()
                .fill(0, EvaluationSheet.LABEL);
        fields.row(t.get("sheet.cover.year"), t.fiscalYear(ctx.year()));
        fields.row(t.get("sheet.horizon"), t.get("range", t.fiscalYear(plan.fiscalYears().start()),
                t.fiscalYear(plan.fiscalYears().end())));
        fields.row(t.get("cover.date"), t.dateWithEra(generatedAt));
        fields.row(t.get("cover.lastChange"), t.dateTime(lastChange));
        fields.row(t.get("cover.fingerprint"), fingerprint);
        fields.row(t.get("sheet.cover.count"), t.get("sheet.cover.countValue", ReportTexts.integer(measures.size())));
        fields.row(t.get("sheet.cover.rule"), t.get("sheet.rule", ctx.words().rule(plan.followUp().gradeRule())));
        fields.row(t.get("sheet.cover.reading"), t.get("sheet.cover.readingValue",
                ctx.words().shortYear(ctx.year()), t.fiscalYear(ctx.year())));
        new TableRenderer(l).render(fields);
        l.space(12);
        l.begin("H2");
        l.text(t.get("sheet.toc"), l.left(), l.y(), Styles.H2, true, PdfLayout.INK);
        l.end();
        l.space(Styles.H2 * 1.8f);
        firstTop = l.y();
        firstPage = l.pageIndex();
        for (Measure m : measures) {
            rows.add(row(m));
        }
        // The pages the list needs, reserved now: its header row on each, one line per measure.
        int onFirst = perPage(firstTop);
        int rest = Math.max(0, rows.size() - onFirst);
        int more = (rest + perPage(PageFormat.TOP) - 1) / perPage(PageFormat.TOP);
        for (int i = 0; i < more; i++) {
            l.newPage(PageFormat.A4_PORTRAIT);
        }
    }

    private int perPage(float top) {
        return Math.max(1, (int) Math.floor((PageFormat.A4_PORTRAIT.contentBottom() - top - ROW) / ROW));
    }

    private String[] row(Measure m) {
        MeasureGrade g = MeasureGrades.of(ctx.plan(), m.id(), ctx.year());
        FutureDirection d = ctx.plan().followUp().evaluation(m.id(), ctx.year()).map(Evaluation::direction)
                .orElse(null);
        return new String[] {m.id() + " " + m.title(), m.owner().isBlank() ? ReportTexts.NONE : m.owner(),
            g.effective().orElse(ReportTexts.NONE), ctx.words().direction(d)};
    }

    /** Fills in the list now that every sheet's first page is known ({@code sections}, in the order of the rows). */
    void writeContents(List<ReportResult.Section> sections) throws IOException {
        PdfLayout l = ctx.layout();
        ReportTexts t = ctx.texts();
        float[] weights = {28, 0, 80, 34, 58, 30};
        float fixed = 0;
        for (float x : weights) {
            fixed += x;
        }
        weights[1] = l.width() - fixed;
        String[] header = {t.get("sheet.toc.no"), t.get("sheet.measure"), t.get("sheet.owner"),
            t.get("sheet.toc.grade"), t.get("sheet.direction"), t.get("sheet.toc.page")};
        int page = firstPage;
        float top = firstTop;
        PDPageContentStream s = l.append(page);
        try {
            line(s, header, weights, top, true);
            top += ROW;
            for (int i = 0; i < rows.size(); i++) {
                if (top + ROW > PageFormat.A4_PORTRAIT.contentBottom() + 0.01f) {
                    s.close();
                    page++;
                    s = l.append(page);
                    top = PageFormat.TOP;
                    line(s, header, weights, top, true);
                    top += ROW;
                }
                String[] r = rows.get(i);
                line(s, new String[] {String.valueOf(i + 1), r[0], r[1], r[2], r[3],
                    String.valueOf(sections.get(i).firstPage())}, weights, top, false);
                top += ROW;
            }
        } finally {
            s.close();
        }
    }

    /** One row of the list: cells cut to one line (with …), its rules; the header row shaded and bold. */
    private void line(PDPageContentStream s, String[] cells, float[] widths, float top, boolean header)
            throws IOException {
        PdfLayout l = ctx.layout();
        float h = PageFormat.A4_PORTRAIT.height();
        Tagging.beginArtifact(s);
        if (header) {
            s.setNonStrokingColor(Styles.HEADER_FILL);
            s.addRect(l.left(), h - top - ROW, l.width(), ROW);
            s.fill();
        }
        s.setStrokingColor(PdfLayout.RULE);
        s.setLineWidth(0.4f);
        float x = l.left();
        s.moveTo(x, h - top - ROW);
        s.lineTo(x + l.width(), h - top - ROW);
        if (header) {
            s.moveTo(x, h - top);
            s.lineTo(x + l.width(), h - top);
        }
        for (int i = 0; i <= widths.length; i++) {
            s.moveTo(x, h - top);
            s.lineTo(x, h - top - ROW);
            if (i < widths.length) {
                x += widths[i];
            }
        }
        s.stroke();
        s.endMarkedContent();
        x = l.left();
        for (int i = 0; i < cells.length; i++) {
            String text = TextFit.fit(l.font().clean(cells[i]).replace('\n', ' '), widths[i] - 2 * TableRenderer.PAD_X,
                    c -> l.cleanWidth(c, SIZE));
            float tw = l.cleanWidth(text, SIZE);
            float tx = i == 0 || i == 5 ? x + widths[i] - TableRenderer.PAD_X - tw
                    : i == 3 || i == 4 || header ? x + (widths[i] - tw) / 2 : x + TableRenderer.PAD_X;
            l.text(s, h, text, tx, top + TableRenderer.PAD_Y + (SIZE * 1.45f - SIZE) / 2, SIZE, header, PdfLayout.INK);
            x += widths[i];
        }
    }
}
