package org.kaname.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/**
 * Writes the 評価シート of a plan's measures for one 年度 as PDF (docs/report.md): a cover with the list of measures,
 * their grade and 今後の方向性, then one A4 portrait sheet per measure — 施策名 and 所管, 支援策 and its pillar, 目的,
 * the indicators with 現状値 and 目標・実績・達成率・評価 by 年度, 事業費 and 人件費 by 年度 with 財源 in 千円, and the
 * evaluation. The 年度 evaluated is highlighted; the years after it show the plan only. A sheet that does not fit
 * one page goes on to the next, its tables' header rows repeated. Stateless; used by the CLI ({@code evaluation})
 * and the app.
 */
public final class EvaluationSheetService {
    /**
     * Writes the sheets of {@code measureIds} (all measures, in plan order, when empty) for {@code year}, whose data
     * last changed at {@code lastChange}, to {@code out} (not closed).
     *
     * @return the page count, the fingerprint and the first page of each measure's sheet
     * @throws IllegalArgumentException when {@code year} is outside the plan's horizon or a measure is unknown
     */
    public ReportResult write(Plan plan, Instant lastChange, int year, List<String> measureIds, ReportOptions options,
                              OutputStream out) throws IOException {
        if (plan.fiscalYears() == null || !plan.fiscalYears().contains(year)) {
            throw new IllegalArgumentException("year " + year + " is outside the plan's horizon");
        }
        List<Measure> measures = new ArrayList<>();
        if (measureIds == null || measureIds.isEmpty()) {
            measures.addAll(plan.measures());
        } else {
            for (String id : measureIds) {
                measures.add(plan.measure(id).orElseThrow(() -> new IllegalArgumentException("no measure " + id)));
            }
        }
        ReportOptions opts = options.generatedAt() == null ? options.withGeneratedAt(Instant.now()) : options;
        Instant changed = lastChange == null ? opts.generatedAt() : lastChange;
        ReportTexts texts = new ReportTexts(opts.language(), opts.zone());
        String fingerprint = ReportService.fingerprint(plan);
        try (PDDocument doc = new PDDocument()) {
            ReportFont font = ReportFont.embed(doc);
            PdfLayout layout = new PdfLayout(doc, font);
            try {
                PDDocumentOutline outline = new PDDocumentOutline();
                doc.getDocumentCatalog().setDocumentOutline(outline);
                EvaluationSheet.Context ctx = new EvaluationSheet.Context(layout, texts, new EvaluationTexts(texts),
                        plan, year, outline);
                EvaluationCover cover = new EvaluationCover(ctx, measures);
                cover.write(opts.generatedAt(), changed, fingerprint);
                List<SheetFurniture.Sheet> sheets = new ArrayList<>();
                List<ReportResult.Section> sections = new ArrayList<>();
                EvaluationSheet sheet = new EvaluationSheet(ctx);
                for (Measure m : measures) {
                    int first = layout.pageIndex() + 1;
                    sheet.write(m);
                    sheets.add(new SheetFurniture.Sheet(m.id(), m.id() + " " + m.title(), first, layout.pageIndex()));
                    sections.add(new ReportResult.Section(m.id() + " " + m.title(), first + 1));
                }
                layout.closeStream();
                cover.writeContents(sections);
                String title = plan.title() == null || plan.title().isBlank() ? texts.get("cover.untitled")
                        : plan.title();
                layout.decorate(1, new SheetFurniture(layout, texts.get("sheet.running", title,
                        texts.fiscalYear(year)), texts.get("footer.lastChange", texts.stamp(changed)), sheets,
                        texts.get("sheet.continued", "{0}")));
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(texts.get("sheet.docTitle", title, texts.fiscalYear(year)));
                if (!plan.organization().isBlank()) {
                    info.setAuthor(plan.organization());
                }
                info.setSubject(texts.get("sheet.kind"));
                info.setCreator("Kaname");
                Calendar created = new GregorianCalendar(TimeZone.getTimeZone(opts.zone()));
                created.setTimeInMillis(opts.generatedAt().toEpochMilli());
                info.setCreationDate(created);
                doc.getDocumentCatalog().setLanguage(opts.language() == ReportLanguage.JA ? "ja-JP" : "en");
                // PDFBox may close the stream it saves to; the caller owns {@code out}, so shield it.
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(
                        new java.io.FilterOutputStream(out) {
                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                out.write(b, off, len);
                            }

                            @Override
                            public void close() throws IOException {
                                out.flush();
                            }
                        }, 1 << 16);
                doc.save(buffered);
                buffered.flush();
                return new ReportResult(doc.getNumberOfPages(), fingerprint, sections);
            } finally {
                layout.close();
            }
        }
    }

    /** As {@link #write}, to {@code file}, atomically: a failure leaves no half-written PDF and replaces none. */
    public ReportResult writeFile(Plan plan, Instant lastChange, int year, List<String> measureIds,
                                  ReportOptions options, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportResult result = write(plan, lastChange, year, measureIds, options, out);
        org.kaname.io.AtomicFiles.write(file, out.toByteArray());
        return result;
    }
}
