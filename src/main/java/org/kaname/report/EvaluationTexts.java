package org.kaname.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.kaname.model.FiscalYears;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorKind;

/**
 * The words and numbers of the evaluation sheet and of the report's 達成状況 section: 達成率 as a percentage with one
 * decimal, years in the short 令和 form of narrow columns ({@code R8}), the indicator's kind and direction, 今後の方向性,
 * and the grade rule as printed on the sheet.
 */
final class EvaluationTexts {
    private final ReportTexts texts;

    EvaluationTexts(ReportTexts texts) {
        this.texts = texts;
    }

    /** 達成率 as printed: {@code 85.0%}, half up; {@code −} when there is none. */
    static String achievement(OptionalDouble a) {
        if (a.isEmpty()) {
            return ReportTexts.NONE;
        }
        return new BigDecimal(Double.toString(a.getAsDouble() * 100)).setScale(1, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }

    /** A year in a narrow column: {@code R8} (令和8年度), {@code FY26} in English; the Western year before 令和. */
    String shortYear(int year) {
        int r = FiscalYears.reiwa(year);
        if (!texts.isJapanese()) {
            return "FY" + String.format("%02d", Math.floorMod(year, 100));
        }
        return r >= 1 ? "R" + r : String.valueOf(year);
    }

    /** The kind in a narrow column, on two lines for a KPI: {@code KPI} over {@code 成果} / {@code 活動}. */
    String kind(IndicatorKind kind) {
        return switch (kind) {
            case KGI -> "KGI";
            case KSI -> "KSI";
            case KPI_OUTCOME -> "KPI\n" + texts.get("sheet.kind.outcome");
            case KPI_OUTPUT -> "KPI\n" + texts.get("sheet.kind.output");
        };
    }

    /** The direction's mark: ↑ higher is better, ↓ lower is better, → the closer to the target the better. */
    static String directionMark(IndicatorDirection d) {
        return switch (d) {
            case UP -> "↑";
            case DOWN -> "↓";
            case REACH -> "→";
        };
    }

    String direction(FutureDirection d) {
        return d == null ? ReportTexts.NONE : texts.get("direction." + d.name());
    }

    /** Every direction with the chosen one ticked, as a paper form has it: {@code □拡充　■継続　□改善…}. */
    String directionChoices(FutureDirection chosen) {
        List<String> parts = new ArrayList<>();
        for (FutureDirection d : FutureDirection.values()) {
            parts.add((d == chosen ? "■" : "□") + direction(d));
        }
        return String.join(texts.isJapanese() ? "　" : "  ", parts);
    }

    /** The rule as the sheet prints it: {@code A：100%以上、B：80%以上、C：80%未満}. */
    String rule(GradeRule rule) {
        List<String> parts = new ArrayList<>();
        for (GradeRule.Step s : rule.steps()) {
            parts.add(texts.get("sheet.rule.step", s.grade(), percent(s.from())));
        }
        if (!rule.steps().isEmpty()) {
            parts.add(texts.get("sheet.rule.lowest", rule.lowest(),
                    percent(rule.steps().get(rule.steps().size() - 1).from())));
        } else {
            parts.add(rule.lowest());
        }
        return texts.list(parts);
    }

    private static String percent(double ratio) {
        return new BigDecimal(Double.toString(ratio * 100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** An indicator's value: {@code 86.2}, {@code 50,000}; {@code −} for none. */
    static String value(Double v) {
        return v == null ? ReportTexts.NONE : ReportTexts.number(v);
    }
}
