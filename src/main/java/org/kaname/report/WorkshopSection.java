package org.kaname.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.kaname.engine.EngineException;
import org.kaname.engine.workshop.CellMovement;
import org.kaname.engine.workshop.ConsensusHistory;
import org.kaname.engine.workshop.RoundSummary;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.ScoringRound;

/**
 * How consensus moved in the plan's workshop: one line per revealed round (its cells, mean relative spread and strong
 * disagreements), a sentence comparing the first revealed round with the last, and the cells whose spread fell most.
 * Printed only for a plan that has revealed rounds; most plans never run a workshop.
 */
final class WorkshopSection {
    /** Cells listed under "spread fell most"; the rest would be a table nobody reads. */
    static final int TOP_CELLS = 10;

    private final ReportContext ctx;

    WorkshopSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    static boolean applies(Plan plan) {
        return plan.rounds().stream().anyMatch(r -> r.state() == RoundState.REVEALED);
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        ctx.startSection(t.get("workshop.title"));
        List<RoundSummary> summaries;
        try {
            summaries = ConsensusHistory.summaries(plan);
        } catch (EngineException e) {
            ctx.empty(t.get("workshop.unavailable", e.getMessage()));
            return;
        }
        ctx.para(t.get("workshop.intro", summaries.size()));
        ctx.h2(t.get("workshop.rounds"));
        Table table = new Table(List.of(
                Table.Column.right(t.get("col.round"), 7),
                Table.Column.left(t.get("col.roundTitle"), 30),
                Table.Column.left(t.get("col.revealed"), 16),
                Table.Column.right(t.get("col.cells"), 9),
                Table.Column.right(t.get("col.meanSpread"), 12),
                Table.Column.right(t.get("col.strongCells"), 16)));
        for (RoundSummary s : summaries) {
            table.row(List.of(roundName(s.number()), s.title().isBlank() ? ReportTexts.NONE : s.title(),
                    revealed(plan, s.number()), ReportTexts.integer(s.cells()),
                    s.cells() == 0 ? ReportTexts.NONE : percent(s.meanRelativeSd()),
                    ReportTexts.integer(s.strongCells())));
        }
        ctx.table(table, t.get("workshop.note"));
        RoundSummary first = summaries.get(0);
        RoundSummary last = summaries.get(summaries.size() - 1);
        if (summaries.size() < 2) {
            ctx.para(t.get("workshop.single", first.number()));
            return;
        }
        String moved = movedSentence(first, last);
        if (first.cells() != last.cells()) {
            // A mean over different cells is not like for like: say so next to the comparison.
            moved += ctx.texts.get("workshop.cellsDiffer", first.number(), last.number(), first.cells(),
                    last.cells());
        }
        ctx.para(moved);
        List<CellMovement> fell = ConsensusHistory.movement(plan, first.number(), last.number()).stream()
                .filter(m -> m.fall() > 0)
                .limit(TOP_CELLS)
                .toList();
        ctx.h2(t.get("workshop.fell", first.number(), last.number()));
        if (fell.isEmpty()) {
            ctx.empty(t.get("workshop.noneFell", first.number(), last.number()));
            return;
        }
        Table cells = new Table(List.of(
                Table.Column.left(t.get("col.measure"), 40),
                Table.Column.left(t.get("col.criterion"), 22),
                Table.Column.right(t.get("col.sdMove", first.number(), last.number()), 22)));
        for (CellMovement m : fell) {
            cells.row(List.of(ctx.measureLabel(m.measureId()),
                    plan.criterion(m.criterionId()).map(Criterion::name).orElse(m.criterionId()),
                    sd(m.sdBefore()) + " → " + sd(m.sdAfter())));
        }
        ctx.table(cells, t.get("workshop.fellNote"));
    }

    /** From the first revealed round to the last: did the mean spread fall, rise or stay? */
    String movedSentence(RoundSummary first, RoundSummary last) {
        String before = percent(first.meanRelativeSd());
        String after = percent(last.meanRelativeSd());
        String key = before.equals(after) ? "workshop.moved.same"
                : last.meanRelativeSd() < first.meanRelativeSd() ? "workshop.moved.down" : "workshop.moved.up";
        return ctx.texts.get(key, first.number(), last.number(), before, after, first.strongCells(),
                last.strongCells());
    }

    private String roundName(int number) {
        return ctx.texts.get("workshop.roundNumber", number);
    }

    private String revealed(Plan plan, int number) {
        return plan.rounds().stream()
                .filter(r -> r.number() == number && r.revealed() != null)
                .map(ScoringRound::revealed)
                .findFirst()
                .map(ctx.texts::date)
                .orElse(ReportTexts.NONE);
    }

    /** A relative spread as a percentage of the scale's span with one decimal: {@code 17.7%}. */
    static String percent(double relative) {
        return String.format(Locale.ROOT, "%.1f%%", relative * 100);
    }

    private static String sd(double sd) {
        return String.format(Locale.ROOT, "%.2f", sd);
    }
}
