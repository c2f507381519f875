package org.kaname.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.EditTexts;
import org.kaname.edit.SetActuals;
import org.kaname.i18n.Messages;
import org.kaname.io.AtomicFiles;
import org.kaname.model.FiscalYears;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.Plan;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.PlanService;

/**
 * Actuals (実績値) in and out of a stored plan, shared by the CLI and the app: write the actuals workbook for a 年度
 * (atomically), read an actuals sheet or CSV into a report without storing anything, tell what it would change, and
 * store it — every actual of the file as one {@link SetActuals} edit (one transaction, one undo step), and only when
 * the whole file is clean.
 */
public final class ActualsService {
    /** Where the 年度 is counted: Japan, whatever the machine's zone. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final PlanService plans;
    private final Locale locale;
    private final Clock clock;
    private final Messages messages;

    public ActualsService(PlanService plans, Locale locale, Clock clock) {
        this.plans = plans;
        this.locale = locale;
        this.clock = clock;
        this.messages = Messages.of(SheetTexts.BUNDLE, locale);
    }

    /** What {@link #writeSheets} wrote: the file, its 年度, its sheets (one per 担当課) and how many indicators. */
    public record Written(Path file, int year, List<String> sheets, int indicators) {
    }

    /** One actual as a file would change it: {@code before} or {@code after} null when there is none. */
    public record ActualChange(String indicatorId, int year, IndicatorActual before, IndicatorActual after,
                               String location) {
        public boolean unchanged() {
            return Objects.equals(before, after);
        }

        /** The value before, as people write it ({@code 1,234.5}); {@code −} when there was none. */
        public String beforeText() {
            return before == null ? "−" : ActualSheetWriter.number(before.value());
        }

        /** The value after; {@code −} when cleared. */
        public String afterText() {
            return after == null ? "−" : ActualSheetWriter.number(after.value());
        }
    }

    /**
     * The 年度 written when none is asked for: the one that ended last (today's 年度 − 1, as actuals are reported
     * after the 年度 closes, in April–June), kept within the plan period.
     */
    public int defaultYear(Plan plan) {
        LocalDate today = LocalDate.now(clock.withZone(JAPAN));
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        FiscalYears years = plan.fiscalYears();
        return Math.max(years.start(), Math.min(years.end(), current - 1));
    }

    /** The actuals workbook for {@code year} ({@link #defaultYear} if null), written atomically into {@code dir}. */
    public Written writeSheets(long planId, Path dir, Integer year)
            throws PlanNotFoundException, SheetException, IOException {
        Plan plan = plans.open(planId).plan();
        int y = year == null ? defaultYear(plan) : year;
        if (!plan.fiscalYears().contains(y)) {
            throw new SheetException(messages.get("actuals.service.year", String.valueOf(y),
                    String.valueOf(plan.fiscalYears().start()), String.valueOf(plan.fiscalYears().end())));
        }
        ActualSheetWriter writer = new ActualSheetWriter(plan, planId, locale, clock.instant(), y);
        if (!writer.hasRows()) {
            throw new SheetException(messages.get("actuals.service.noIndicators"));
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(SafeFileName.of(messages.get("actuals.file", plan.title(),
                FiscalYears.label(y, locale)), ".xlsx"));
        AtomicFiles.write(file, writer.write());
        return new Written(file, y, writer.sheetNames(), writer.rowCount());
    }

    /** Reads an actuals sheet (.xlsx) or CSV (.csv) against the stored plan; stores nothing. */
    public ActualsReport read(long planId, Path file) throws PlanNotFoundException {
        Plan plan = plans.open(planId).plan();
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            return ActualsReport.failed(file, new SheetProblem(file, "", "",
                    messages.get("service.notFound", file)));
        }
        if (name.endsWith(".xlsx")) {
            return new ActualSheetReader(plan, planId, locale).read(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new ActualsCsvReader(plan, locale).read(file);
        }
        return ActualsReport.failed(file, new SheetProblem(file, "", "",
                messages.get("actuals.problem.notActualsFile")));
    }

    /** What storing {@code report} would do to {@code plan}: one change per row, in the file's order. */
    public List<ActualChange> changes(Plan plan, ActualsReport report) {
        Map<String, Indicator> indicators = ActualSheetReader.indicators(plan);
        List<ActualChange> changes = new ArrayList<>();
        for (ActualsReport.Row row : report.rows()) {
            SetActuals.Entry e = row.entry();
            Indicator i = indicators.get(e.indicatorId());
            IndicatorActual before = i == null ? null : i.actualFor(e.year()).orElse(null);
            changes.add(new ActualChange(e.indicatorId(), e.year(), before, e.actual(), row.location()));
        }
        return changes;
    }

    /** {@link #changes} against the stored plan. */
    public List<ActualChange> changes(long planId, ActualsReport report) throws PlanNotFoundException {
        return changes(plans.open(planId).plan(), report);
    }

    /**
     * Stores every actual of {@code report} as one edit, or nothing: refused when the report has a problem, when the
     * plan's indicators changed since a sheet was read, or when the plan refuses the edit. Returns the changes made.
     */
    public List<ActualChange> apply(long planId, ActualsReport report) throws PlanNotFoundException, SheetException {
        if (!report.clean()) {
            throw new SheetException(messages.get("actuals.service.problems"));
        }
        Plan plan = plans.open(planId).plan();
        if (report.fingerprint() != null && !report.fingerprint().equals(PlanFingerprint.ofIndicators(plan))) {
            throw new SheetException(messages.get("actuals.service.planChanged"));
        }
        List<ActualChange> changes = changes(plan, report);
        if (changes.stream().allMatch(ActualChange::unchanged)) {
            return changes;
        }
        try {
            plans.apply(planId, plan, new SetActuals(report.entries(), String.valueOf(report.file().getFileName())));
        } catch (EditRefusedException e) {
            throw new SheetException(messages.get("actuals.service.refused", EditTexts.of(locale).refusal(e)));
        }
        return changes;
    }
}
