package org.kaname.sheets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kaname.i18n.Messages;
import org.kaname.io.PlanIssue;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.EditTarget;
import org.kaname.edit.EditTexts;
import org.kaname.edit.PlanRewrite;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.PlanService;

/**
 * Score sheets out and back for a stored plan, shared by the CLI and the app: write sheets (one workbook per rater,
 * or one for a department of several raters) and score files, read filled ones back into a report without storing
 * anything, then store what the user accepts — every accepted file in one save of the plan (one transaction), or
 * nothing. Files are written to a temporary name and moved into place, so a half-written sheet is never left behind.
 */
public final class ScoreSheetService {
    private final PlanService plans;
    private final Locale locale;
    private final Clock clock;
    private final Messages messages;

    public ScoreSheetService(PlanService plans, Locale locale, Clock clock) {
        this.plans = plans;
        this.locale = locale;
        this.clock = clock;
        this.messages = Messages.of(SheetTexts.BUNDLE, locale);
    }

    /** One workbook per rater in {@code dir} (all the plan's raters if {@code raterIds} is empty), named after the rater. */
    public List<Path> writeSheets(long planId, Path dir, List<String> raterIds)
            throws PlanNotFoundException, SheetException, IOException {
        Plan plan = scorablePlan(planId);
        List<Rater> raters = raters(plan, raterIds);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Rater r : raters) {
            ScoreSheetWriter writer = new ScoreSheetWriter(plan, planId, locale, clock.instant());
            Path file = dir.resolve(SafeFileName.of(messages.get("file.sheet", r.id(), r.name()), ".xlsx"));
            writeAtomically(file, writer.write(List.of(r)));
            written.add(file);
        }
        return written;
    }

    /** One workbook holding an entry sheet for each of the raters (all if {@code raterIds} is empty): a department's sheet. */
    public Path writeWorkbook(long planId, Path file, List<String> raterIds)
            throws PlanNotFoundException, SheetException, IOException {
        Plan plan = scorablePlan(planId);
        List<Rater> raters = raters(plan, raterIds);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        writeAtomically(file, new ScoreSheetWriter(plan, planId, locale, clock.instant()).write(raters));
        return file;
    }

    /** The safe default name of a department workbook, e.g. {@code 採点表_企画部.xlsx}. */
    public String workbookFileName(String department) {
        return SafeFileName.of(messages.get("file.workbook", department), ".xlsx");
    }

    /** Writes {@code raterId}'s scores as a {@value ScoreJson#FORMAT} file; returns how many scores it holds. */
    public int exportScores(long planId, String raterId, Path file)
            throws PlanNotFoundException, SheetException, IOException {
        Plan plan = scorablePlan(planId);
        Rater rater = raters(plan, List.of(raterId)).get(0);
        String text = new ScoreJson(locale).write(plan, planId, rater, clock.instant());
        writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
        return (int) plan.scores().stream().filter(s -> s.rater().equals(raterId)).count();
    }

    /** Reads the files (folders give their .xlsx and .json files) against the stored plan; stores nothing. */
    public CollectionReport preview(long planId, List<Path> paths) throws PlanNotFoundException, SheetException {
        Plan plan = plans.open(planId).plan();
        return new ScoreCollector(locale).preview(plan, planId, paths, clock.instant());
    }

    /**
     * Stores the rows of the clean files — and, if {@code acceptPartial}, the valid rows of the files with problems —
     * in one save of the plan. Refuses (storing nothing) if the plan's structure changed since the preview.
     */
    public CollectionResult apply(CollectionReport report, boolean acceptPartial)
            throws PlanNotFoundException, SheetException {
        return apply(report, acceptPartial, "collect");
    }

    /** As {@link #apply(CollectionReport, boolean)}, journaled as {@code kind} ({@code collect} or {@code import-scores}). */
    public CollectionResult apply(CollectionReport report, boolean acceptPartial, String kind)
            throws PlanNotFoundException, SheetException {
        Plan plan = plans.open(report.planId()).plan();
        if (!PlanFingerprint.of(plan).equals(report.fingerprint())) {
            throw new SheetException(messages.get("service.planChanged"));
        }
        List<SheetEntry> rows = new ArrayList<>();
        List<Path> stored = new ArrayList<>();
        List<Path> rejected = new ArrayList<>();
        for (FileReport f : report.files()) {
            List<SheetEntry> fileRows = f.storedRows(acceptPartial);
            if (fileRows.isEmpty()) {
                rejected.add(f.file());
            } else {
                stored.add(f.file());
                rows.addAll(fileRows);
            }
        }
        boolean ratersStillThere = rows.stream().map(SheetEntry::rater).distinct()
                .allMatch(id -> plan.raters().stream().anyMatch(r -> r.id().equals(id)));
        if (!ratersStillThere) {
            throw new SheetException(messages.get("service.planChanged"));
        }
        ScoreMerge.Result merged = ScoreMerge.merge(plan, rows, clock.instant());
        if (merged.added() + merged.changed() + merged.removed() > 0) {
            List<String> names = stored.stream().map(p -> String.valueOf(p.getFileName())).toList();
            Plan after = merged.plan();
            try {
                plans.apply(report.planId(), plan, new PlanRewrite(kind, EditTarget.PLAN,
                        List.of(String.join(", ", names)), p -> after));
            } catch (EditRefusedException e) {
                // Every row was checked against this very plan first, so this is a check the readers missed: still the
                // input's fault, refused whole with the plan's reason, never an internal error.
                throw new SheetException(messages.get("service.refused", EditTexts.of(locale).refusal(e)));
            }
        }
        return new CollectionResult(stored, rejected, merged.added(), merged.changed(), merged.removed(),
                merged.unchanged());
    }

    private Plan scorablePlan(long planId) throws PlanNotFoundException, SheetException {
        Plan plan = plans.open(planId).plan();
        if (plan.measures().isEmpty() || plan.criteria().isEmpty()) {
            throw new SheetException(messages.get("service.noMeasures"));
        }
        if (plan.raters().isEmpty()) {
            throw new SheetException(messages.get("service.noRaters"));
        }
        if (!ScoreSheetWriter.fits(plan)) {
            throw new SheetException(messages.get("service.tooManyRows", plan.measures().size(),
                    plan.criteria().size(), ScoreSheetWriter.MAX_DATA_ROWS));
        }
        return plan;
    }

    private List<Rater> raters(Plan plan, List<String> ids) throws SheetException {
        if (ids.isEmpty()) {
            return plan.raters();
        }
        List<Rater> raters = new ArrayList<>();
        for (String id : ids) {
            Rater r = plan.raters().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            if (r == null) {
                throw new SheetException(messages.get("service.raterUnknown", id,
                        plan.raters().stream().map(Rater::id).collect(Collectors.joining(", "))));
            }
            if (!raters.contains(r)) {
                raters.add(r);
            }
        }
        return raters;
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        org.kaname.io.AtomicFiles.write(file, content);
    }
}
