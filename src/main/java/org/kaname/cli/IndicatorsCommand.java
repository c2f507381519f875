package org.kaname.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.kaname.engine.evaluation.IndicatorResult;
import org.kaname.engine.evaluation.IndicatorResults;
import org.kaname.engine.evaluation.OwnedIndicator;
import org.kaname.model.FiscalYears;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code indicators ID [--year Y] [--format table|csv]}: every indicator's target, actual, 達成率 and grade by 年度,
 * support measures' first, then measures', in plan order ({@link IndicatorResults}). One row per indicator and year
 * that has a target or an actual; an indicator with neither (a qualitative one) still gets one row, with blanks.
 * With {@code --year} one row per indicator for that year only (its target there is that year's, else the final one).
 * CSV starts with exactly {@code owner,indicator,kind,unit,year,target,actual,achievement,grade}, then
 * {@code direction,baseline,baseline_year,final_target,final_year,name}; {@code achievement} is a ratio (1.0 = 100%)
 * rounded to 4 decimals, blank without an actual; numbers are plain decimals (no exponent, no grouping); kind is
 * KGI, KSI, KPI_OUTCOME or KPI_OUTPUT, direction UP, DOWN or REACH (blank for a qualitative indicator).
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Indicators by fiscal year: target, actual, achievement (1.0 = 100%%) and grade.")
public final class IndicatorsCommand extends EngineCommand {
    enum Format { table, csv }

    static final List<String> HEADER = List.of("owner", "indicator", "kind", "unit", "year", "target", "actual",
            "achievement", "grade", "direction", "baseline", "baseline_year", "final_target", "final_year", "name");

    @Option(names = "--year", paramLabel = "YEAR", description = "Only this fiscal year (e.g. 2027).")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected void run(Services services) {
        Plan plan = plan(services);
        FiscalYears years = plan.fiscalYears();
        if (year != null && !years.contains(year)) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("indicators.yearOutside",
                    String.valueOf(year), String.valueOf(years.start()), String.valueOf(years.end())));
        }
        List<Row> rows = rows(plan, year);
        if (format == Format.csv) {
            printCsv(csvRows(rows));
        } else {
            printLines(table(rows, plan.followUp().gradeRule()));
        }
    }

    /** One result, or an indicator without any year (result null). */
    record Row(OwnedIndicator owned, IndicatorResult result) {
    }

    static List<Row> rows(Plan plan, Integer year) {
        GradeRule rule = plan.followUp().gradeRule();
        List<Row> rows = new ArrayList<>();
        for (OwnedIndicator o : IndicatorResults.indicators(plan)) {
            if (year != null) {
                rows.add(new Row(o, IndicatorResults.result(o, year, rule)));
                continue;
            }
            // The years of IndicatorResults.trend, without looking the indicator up again by id.
            TreeSet<Integer> ys = new TreeSet<>();
            o.indicator().targets().forEach(t -> ys.add(t.year()));
            o.indicator().actuals().forEach(a -> ys.add(a.year()));
            if (ys.isEmpty()) {
                rows.add(new Row(o, null));
            }
            ys.forEach(y -> rows.add(new Row(o, IndicatorResults.result(o, y, rule))));
        }
        return rows;
    }

    static List<List<String>> csvRows(List<Row> rows) {
        List<List<String>> csv = new ArrayList<>();
        csv.add(HEADER);
        for (Row r : rows) {
            Indicator i = r.owned().indicator();
            IndicatorResult x = r.result();
            boolean numeric = i.isNumeric();
            Optional<IndicatorTarget> last = i.finalTarget();
            csv.add(List.of(r.owned().owner(), i.id(), i.kind().name(), i.unit(),
                    x == null ? "" : String.valueOf(x.year()),
                    x == null ? "" : number(x.target()), x == null ? "" : number(x.actual()),
                    x == null || x.achievement().isEmpty() ? "" : ratio(x.achievement().getAsDouble()),
                    x == null ? "" : x.grade().orElse(""),
                    numeric ? i.direction().name() : "", number(i.baseline()),
                    i.baselineYear() == null ? "" : String.valueOf(i.baselineYear()),
                    last.map(t -> number(t.value())).orElse(""),
                    last.map(t -> String.valueOf(t.year())).orElse(""), i.name()));
        }
        return csv;
    }

    private List<String> table(List<Row> rows, GradeRule rule) {
        Locale locale = locale();
        TextTable t = new TextTable(List.of(messages().get("indicators.header").split("\t")),
                false, false, false, false, true, true, true, false, false);
        boolean standIns = false;
        for (Row r : rows) {
            Indicator i = r.owned().indicator();
            IndicatorResult x = r.result();
            // A year without its own target is measured against the final one: marked, so it is not read as the
            // target set for that year.
            boolean standIn = x != null && x.target() != null && i.isNumeric() && !x.hasTargetForYear();
            standIns |= standIn;
            String target = !i.isNumeric() ? i.targetWithUnit()
                    : x == null || x.target() == null ? ""
                    : number(x.target()) + i.unit() + (standIn ? messages().get("indicators.finalMark") : "");
            t.row(List.of(r.owned().owner(), i.id(), messages().get("indicators.kind." + i.kind().name()),
                    x == null ? "" : FiscalYears.label(x.year(), locale), target,
                    x == null || x.actual() == null ? "" : number(x.actual()) + i.unit(),
                    x == null || x.achievement().isEmpty() ? "" : percent(x.achievement().getAsDouble()),
                    x == null ? "" : x.grade().orElse(""), i.name()));
        }
        List<String> lines = new ArrayList<>(t.lines());
        if (rows.isEmpty()) {
            lines.add(messages().get("indicators.none"));
        }
        lines.add("");
        if (standIns) {
            lines.add(messages().get("indicators.finalNote"));
        }
        lines.add(messages().get("indicators.rule", ruleText(rule)));
        return lines;
    }

    /** {@code A 100%以上、B 80%以上、C それ未満} in the bundle's words. */
    private String ruleText(GradeRule rule) {
        List<String> steps = new ArrayList<>();
        for (GradeRule.Step s : rule.steps()) {
            steps.add(messages().get("indicators.rule.step", s.grade(), plain(BigDecimal.valueOf(s.from())
                    .movePointRight(2))));
        }
        steps.add(messages().get("indicators.rule.lowest", rule.lowest()));
        return String.join(messages().get("indicators.rule.separator"), steps);
    }

    /** A value as a plain decimal: 86.2, 50000, -3; blank for none. */
    static String number(Double value) {
        return value == null ? "" : plain(BigDecimal.valueOf(value));
    }

    /** 達成率 as a ratio rounded to 4 decimals: 0.75, 1.2, 0.6154. */
    static String ratio(double value) {
        return plain(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
    }

    /** 達成率 for people: 75.0%, 120.0%. */
    static String percent(double value) {
        return BigDecimal.valueOf(value).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.signum() == 0 ? BigDecimal.ZERO : v).toPlainString();
    }
}
