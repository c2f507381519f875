package org.kaname.ui.sheets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.i18n.Messages;
import org.kaname.io.AtomicFiles;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.sheets.CollectionReport;
import org.kaname.sheets.FileReport;
import org.kaname.sheets.PlanFingerprint;
import org.kaname.sheets.SafeFileName;
import org.kaname.sheets.ScoreCollector;
import org.kaname.sheets.ScoreJson;
import org.kaname.sheets.ScoreMerge;
import org.kaname.sheets.ScoreSheetWriter;
import org.kaname.sheets.SheetEntry;
import org.kaname.sheets.SheetException;
import org.kaname.ui.task.TaskExecutor;

/**
 * The score-sheet work of the app, on the open plan as the editor holds it rather than as last stored: the app saves
 * in the background, so reading the store could miss the newest edits and storing beside the editor would leave the
 * editor's plan and the store apart. It uses the same writer, reader and merge as {@code ScoreSheetService} (the CLI),
 * so a sheet from the app and one from the CLI are the same file and are collected by the same rules.
 */
final class SheetsWork {
    /** The sheets library's own bundle: the file names follow the CLI's exactly. */
    private static final String SHEETS_BUNDLE = "org.kaname.sheets.messages";

    private final Locale locale;
    private final Messages sheetTexts;
    private final Messages messages;

    SheetsWork(Locale locale) {
        this.locale = locale;
        this.sheetTexts = Messages.of(SHEETS_BUNDLE, locale);
        this.messages = Messages.of(SheetsTexts.BUNDLE, locale);
    }

    /** One workbook per rater in {@code dir}, named like the CLI's ({@code 採点表_r1_企画課.xlsx}). */
    List<Path> writeSheets(Plan plan, long planId, List<Rater> raters, Path dir, Instant now,
                           TaskExecutor.Progress progress) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Rater r : raters) {
            if (progress.isCancelled()) {
                break;
            }
            Path file = dir.resolve(sheetFileName(r));
            AtomicFiles.write(file, new ScoreSheetWriter(plan, planId, locale, now).write(List.of(r)));
            written.add(file);
            progress.update((double) written.size() / raters.size());
        }
        return written;
    }

    /** One workbook for a department, an entry sheet per rater ({@code 採点表_政策企画部.xlsx}). */
    Path writeWorkbook(Plan plan, long planId, List<Rater> raters, Path dir, String department, Instant now)
            throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(workbookFileName(department));
        AtomicFiles.write(file, new ScoreSheetWriter(plan, planId, locale, now).write(raters));
        return file;
    }

    /** Why {@code plan} cannot go into score sheets: more measure × criterion rows than a worksheet holds. */
    String tooManyRows(Plan plan) {
        return sheetTexts.get("service.tooManyRows", plan.measures().size(), plan.criteria().size(),
                ScoreSheetWriter.MAX_DATA_ROWS);
    }

    String sheetFileName(Rater rater) {
        return SafeFileName.of(sheetTexts.get("file.sheet", rater.id(), rater.name()), ".xlsx");
    }

    String workbookFileName(String department) {
        return SafeFileName.of(sheetTexts.get("file.workbook", department), ".xlsx");
    }

    /** The proposed name of a rater's score file, e.g. {@code 評点_r1_企画課.json}. */
    String scoreFileName(Rater rater) {
        return SafeFileName.of(messages.get("json.fileName", rater.id(), rater.name()), ".json");
    }

    /** Writes one rater's scores as a score file; returns how many scores it holds. */
    int exportScores(Plan plan, long planId, Rater rater, Path file, Instant now) throws IOException {
        String text = new ScoreJson(locale).write(plan, planId, rater, now);
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return (int) plan.scores().stream().filter(s -> s.rater().equals(rater.id())).count();
    }

    /** Reads the files (folders give their .xlsx and .json files) against {@code plan}; changes nothing. */
    CollectionReport preview(Plan plan, long planId, List<Path> paths, Instant now) throws SheetException {
        return new ScoreCollector(locale).preview(plan, planId, paths, now);
    }

    /**
     * The plan with the report's rows put in: the clean files' rows, and the valid rows of the others if
     * {@code acceptPartial}. Refuses if the plan's structure (or its raters) changed since the report was read,
     * exactly as the CLI's {@code apply} does.
     */
    static ScoreMerge.Result merge(Plan plan, CollectionReport report, boolean acceptPartial, Instant now,
                                   String planChangedMessage) throws SheetException {
        if (!PlanFingerprint.of(plan).equals(report.fingerprint())) {
            throw new SheetException(planChangedMessage);
        }
        List<SheetEntry> rows = rows(report, acceptPartial);
        boolean ratersStillThere = rows.stream().map(SheetEntry::rater).distinct()
                .allMatch(id -> plan.raters().stream().anyMatch(r -> r.id().equals(id)));
        if (!ratersStillThere) {
            throw new SheetException(planChangedMessage);
        }
        return ScoreMerge.merge(plan, rows, now);
    }

    static List<SheetEntry> rows(CollectionReport report, boolean acceptPartial) {
        List<SheetEntry> rows = new ArrayList<>();
        for (FileReport f : report.files()) {
            rows.addAll(f.storedRows(acceptPartial));
        }
        return rows;
    }
}
