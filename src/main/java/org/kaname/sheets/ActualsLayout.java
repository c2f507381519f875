package org.kaname.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaname.model.FiscalYears;
import org.kaname.model.Indicator;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * Where things are on an actuals sheet (実績報告), and which 担当課 reports which indicator. One sheet per 担当課 (a
 * measure's {@code owner}); a row per numeric indicator, read-only facts on the left, the yellow input cells
 * (実績値, 測定日, 出典, 備考) on the right. A measure's indicators go to its owner's sheet; a support measure's
 * (支援策) to the sheet of the owner of most of its measures (the first of them in plan order on a tie), since that
 * division runs the 支援策 in practice; indicators with no owner at all go to one sheet 「担当課未設定」. Within a
 * sheet the rows follow the plan: each 支援策's own indicators, then its measures'. Qualitative indicators are left
 * out: they take no actual (see {@link org.kaname.edit.SetActuals}).
 */
final class ActualsLayout {
    static final String FORMAT = "kaname-actuals-sheet";
    static final int VERSION = 1;

    static final int TITLE_ROW = 0;
    static final int INSTRUCTIONS_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;

    static final int COL_ID = 0;
    static final int COL_OWNER = 1;
    static final int COL_NAME = 2;
    static final int COL_UNIT = 3;
    static final int COL_DIRECTION = 4;
    static final int COL_BASELINE = 5;
    static final int COL_TARGET = 6;
    static final int COL_FINAL = 7;
    static final int COL_ACTUAL = 8;
    static final int COL_DATE = 9;
    static final int COL_SOURCE = 10;
    static final int COL_NOTE = 11;
    static final int COLUMNS = 12;

    /** The header keys in column order; the target's takes the 年度. */
    static final List<String> HEADER_KEYS = List.of("actuals.header.id", "actuals.header.owner",
            "actuals.header.name", "actuals.header.unit", "actuals.header.direction", "actuals.header.baseline",
            "actuals.header.target", "actuals.header.final", "actuals.header.actual", "actuals.header.date",
            "actuals.header.source", "actuals.header.note");

    /** Widths in characters of Excel's default font; a Japanese character counts about two. */
    static final int[] WIDTHS = {13, 26, 36, 7, 11, 15, 12, 16, 13, 12, 22, 32};

    /** One row: the indicator, and the 支援策 or measure it belongs to. */
    record Row(String ownerId, String ownerTitle, Indicator indicator) {
    }

    /** One sheet: the 担当課 ({@code ""} for none) and its rows. */
    record OwnerSheet(String owner, List<Row> rows) {
    }

    private ActualsLayout() {
    }

    /** The header of {@code column} in the sheet's language, for the sheet's 年度. */
    static String header(SheetTexts texts, int column, int year) {
        return texts.get(HEADER_KEYS.get(column), FiscalYears.label(year, java.util.Locale.forLanguageTag(texts.language())));
    }

    /** The numeric indicators by 担当課, sheets in the order their first row comes in the plan. */
    static List<OwnerSheet> sheets(Plan plan) {
        Map<String, List<Row>> byOwner = new LinkedHashMap<>();
        Map<String, List<Measure>> measuresOf = new HashMap<>();
        List<Measure> loose = new ArrayList<>();
        for (Measure m : plan.measures()) {
            if (m.group() != null && plan.group(m.group()).isPresent()) {
                measuresOf.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
            } else {
                loose.add(m);
            }
        }
        for (MeasureGroup g : plan.groups()) {
            List<Measure> measures = measuresOf.getOrDefault(g.id(), List.of());
            add(byOwner, groupOwner(measures), g.id(), g.title(), g.indicators());
            for (Measure m : measures) {
                add(byOwner, m.owner().strip(), m.id(), m.title(), m.indicators());
            }
        }
        for (Measure m : loose) {
            add(byOwner, m.owner().strip(), m.id(), m.title(), m.indicators());
        }
        List<OwnerSheet> sheets = new ArrayList<>();
        byOwner.forEach((owner, rows) -> sheets.add(new OwnerSheet(owner, List.copyOf(rows))));
        return sheets;
    }

    private static void add(Map<String, List<Row>> byOwner, String owner, String ownerId, String title,
                            List<Indicator> indicators) {
        for (Indicator i : indicators) {
            if (i.isNumeric()) {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Row(ownerId, title, i));
            }
        }
    }

    /** The owner of most of {@code measures} (the first in their order on a tie); {@code ""} when none has one. */
    static String groupOwner(List<Measure> measures) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Measure m : measures) {
            if (!m.owner().isBlank()) {
                counts.merge(m.owner().strip(), 1, Integer::sum);
            }
        }
        String best = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
