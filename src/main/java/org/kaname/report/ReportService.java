package org.kaname.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.kaname.engine.RankingService;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.io.PlanJson;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * Writes a plan's priority report as PDF (docs/report.md): cover, summary, criteria and weights, ranking, the changes
 * since a saved version (when the options carry a comparison), one section per support measure, robustness, roadmap,
 * 達成状況 (when the plan has numeric indicators) and the appendix of every score. The numbers come from the same
 * {@link RankingService} and {@link RoadmapScheduler} the app and the CLI use. Stateless; safe to share between
 * threads. Runs for a second or two on a large plan, so an app calls it off its UI thread.
 */
public final class ReportService {
    private final RankingService rankings;
    private final RoadmapScheduler scheduler;

    public ReportService(RankingService rankings, RoadmapScheduler scheduler) {
        this.rankings = rankings;
        this.scheduler = scheduler;
    }

    public ReportService() {
        this(new RankingService(), new RoadmapScheduler());
    }

    /**
     * Writes the report of {@code plan}, whose data last changed at {@code lastChange}, to {@code out} (not closed).
     * A comparison in the options must have been made against this same plan (else IllegalArgumentException).
     *
     * @return the page count, the fingerprint and where each section starts
     */
    public ReportResult write(Plan plan, Instant lastChange, ReportOptions options, OutputStream out)
            throws IOException {
        return write(plan, lastChange, options, out, log -> { }, null, null);
    }

    /**
     * As {@link #write(Plan, Instant, ReportOptions, OutputStream)}; {@code logSink} gets the layout log of the pages
     * written (the reader check in the tests reads it). {@code breaks} null is the first pass: when a section would
     * end on a nearly empty page, the report is laid out once more with the pages {@link PageBreaks} names ended
     * early.
     */
    ReportResult write(Plan plan, Instant lastChange, ReportOptions options, OutputStream out,
                       java.util.function.Consumer<LayoutLog> logSink, PageBreaks breaks, ReportData firstPass)
            throws IOException {
        ReportOptions opts = options.generatedAt() == null ? options.withGeneratedAt(Instant.now()) : options;
        opts.comparison().ifPresent(c -> c.requireLaterSideIs(plan));
        String fingerprint = fingerprint(plan);
        ReportData data = firstPass != null ? firstPass : ReportData.compute(plan,
                lastChange == null ? opts.generatedAt() : lastChange, fingerprint, opts, rankings, scheduler);
        ReportTexts texts = new ReportTexts(opts.language(), opts.zone());
        try (PDDocument doc = new PDDocument()) {
            ReportFont font = ReportFont.embed(doc);
            PdfLayout layout = new PdfLayout(doc, font, breaks == null ? PageBreaks.none() : breaks);
            try {
                ReportContext ctx = new ReportContext(layout, texts, data);
                CoverPage cover = new CoverPage(ctx);
                cover.write();
                new SummarySection(ctx).write();
                if (BackgroundSection.applies(plan)) {
                    new BackgroundSection(ctx).write();
                }
                new CriteriaSection(ctx).write();
                new RankingSection(ctx).write();
                if (opts.comparison().isPresent()) {
                    new ComparisonSection(ctx, opts.comparison().get()).write();
                }
                GroupSection groups = new GroupSection(ctx);
                for (MeasureGroup g : plan.groups()) {
                    groups.write(g);
                }
                List<Measure> ungrouped = plan.measures().stream()
                        .filter(m -> plan.groups().stream().noneMatch(g -> g.id().equals(m.group()))).toList();
                if (!ungrouped.isEmpty()) {
                    groups.writeUngrouped(ungrouped);
                }
                new RobustnessSection(ctx).write();
                if (WorkshopSection.applies(plan)) {
                    new WorkshopSection(ctx).write();
                }
                new RoadmapSection(ctx).write();
                if (AchievementSection.applies(plan)) {
                    new AchievementSection(ctx).write();
                }
                new AppendixSection(ctx).write();
                new SourcesSection(ctx).write();
                new Colophon(ctx).write();
                layout.closeStream();
                if (breaks == null && !layout.balancedBreaks().isEmpty()) {
                    return write(plan, lastChange, opts, out, logSink, layout.balancedBreaks(), data);
                }
                logSink.accept(layout.log());
                cover.writeContents(ctx.sections());
                String title = plan.title() == null || plan.title().isBlank() ? texts.get("cover.untitled") : plan.title();
                // The fingerprint is on the cover and in the colophon only; the footer's data time still ties a
                // loose page to its version.
                layout.decorate(1, new PageFurniture(layout, title,
                        texts.get("footer.lastChange", texts.stamp(data.lastChange())), ""));
                metadata(doc, title, plan, opts, texts);
                // PDFBox closes the stream it saves to; the caller owns {@code out}, so shield it.
                BufferedOutputStream buffered = new BufferedOutputStream(new java.io.FilterOutputStream(out) {
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
                return new ReportResult(doc.getNumberOfPages(), fingerprint, new ArrayList<>(ctx.sections()));
            } finally {
                layout.close();
            }
        }
    }

    /**
     * Writes the report to {@code file} through a temporary file in the same folder, moved into place only when
     * complete, so a failure never leaves a half-written PDF (nor replaces a good one).
     */
    public ReportResult writeFile(Plan plan, Instant lastChange, ReportOptions options, Path file) throws IOException {
        // Built in memory (a report is a few MB at most), then written the one atomic way: no half-written PDF.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ReportResult result = write(plan, lastChange, options, out);
        org.kaname.io.AtomicFiles.write(file, out.toByteArray());
        return result;
    }

    /**
     * Loads, on a background daemon thread, what every report needs and the JVM loads only once: PDFBox's classes
     * (creating the first {@code PDDocument} initialises Java's colour management, about half a second of CPU), the
     * font file and the charts' AWT font. A caller that knows a report is coming (the {@code report} command while
     * it opens the database, the app at start) calls this so that the work overlaps; calling it is never required.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(ReportService::warmUp, "kaname-report-warm-up");
        t.setDaemon(true);
        t.start();
    }

    static void warmUp() {
        try (PDDocument doc = new PDDocument()) {
            // One line of text and one small chart on a page that is never saved: loads the text, table and
            // Graphics2D-bridge code paths as a report uses them.
            PdfLayout layout = new PdfLayout(doc, ReportFont.embed(doc));
            try {
                layout.newPage(PageFormat.A4_PORTRAIT);
                layout.paragraph("要 Kaname 12,000");
                layout.chart(new org.kaname.chart.ContributionChart(List.of("要"), List.of(
                        new org.kaname.chart.ContributionChart.Bar("要", List.of(1.0))), 100, "要",
                        org.kaname.chart.ChartStyle.standard()), 60);
                layout.closeStream();
            } finally {
                layout.close();
            }
            ReportFont.prepare();
        } catch (IOException | RuntimeException e) {
            // Only a head start: the report itself will meet and report any real problem.
        }
    }

    /**
     * First 8 hex digits of the SHA-256 of the plan's canonical JSON (the exchange format, which gives the same
     * bytes for the same plan): printed on the cover and every page so two printouts can be told apart.
     */
    public static String fingerprint(Plan plan) {
        String json = new PlanJson(Locale.ROOT).write(plan);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void metadata(PDDocument doc, String title, Plan plan, ReportOptions opts, ReportTexts texts) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (!plan.organization().isBlank()) {
            info.setAuthor(plan.organization());
        }
        info.setSubject(texts.get("cover.kind"));
        info.setCreator("Kaname");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(opts.zone()));
        created.setTimeInMillis(opts.generatedAt().toEpochMilli());
        info.setCreationDate(created);
        doc.getDocumentCatalog().setLanguage(opts.language() == ReportLanguage.JA ? "ja-JP" : "en");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }
}
