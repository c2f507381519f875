package org.kaname.ui.workshop;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.chart.Chart;
import org.kaname.engine.workshop.CellMovement;
import org.kaname.engine.workshop.ConsensusHistory;
import org.kaname.engine.workshop.RoundSummary;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.ScoringRound;
import org.kaname.ui.ScreenContext;

/**
 * The history of revealed rounds, testable without a screen: one row per revealed round, the chosen round with the
 * distribution of one of its measures, and how consensus moved from the revealed round before it. It only reads the
 * plan; {@link WorkshopViewModel} owns it and hands it every plan from its one editor listener, so undo and redo show
 * up here too.
 */
public final class RoundHistoryViewModel {
    /** How many moved cells the history lists: the ones the room talked about, not every cell. */
    static final int MOVEMENT_CELLS = 3;
    private final Messages messages;
    private final ZoneId zone;

    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> selectedRound = new SimpleObjectProperty<>(this, "selectedRound");
    private final ObservableList<Measure> roundMeasures = FXCollections.observableArrayList();
    private final ObjectProperty<String> chartMeasureId = new SimpleObjectProperty<>(this, "chartMeasureId");
    private final ReadOnlyObjectWrapper<Chart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper movementSummary = new ReadOnlyStringWrapper(this, "movementSummary", "");
    private final ObservableList<MovementRow> movement = FXCollections.observableArrayList();

    private Plan plan;

    /**
     * The history of the context's plan, times in this computer's time zone; its owner ({@link WorkshopViewModel})
     * passes every later plan to {@link #refresh}.
     */
    public RoundHistoryViewModel(ScreenContext context, Messages messages) {
        this(context.editor().plan(), messages, ZoneId.systemDefault());
    }

    /** Shows {@code plan}'s history; the owner passes every later plan to {@link #refresh}. */
    RoundHistoryViewModel(Plan plan, Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.plan = plan;
        selectedRound.addListener((o, a, b) -> updateRoundMeasures());
        chartMeasureId.addListener((o, a, b) -> updateChart());
        refresh(plan);
    }

    // ---- state for the view ----

    /** The revealed rounds, in number order. */
    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    /** The revealed round whose distribution is shown (its number), null for none. */
    public ObjectProperty<Integer> selectedRoundProperty() {
        return selectedRound;
    }

    /** The measures of the selected revealed round (for choosing the measure of the chart). */
    public ObservableList<Measure> roundMeasures() {
        return roundMeasures;
    }

    public ObjectProperty<String> chartMeasureIdProperty() {
        return chartMeasureId;
    }

    /** The distribution of the chosen measure in the chosen revealed round; null when there is nothing to show. */
    public ReadOnlyObjectProperty<Chart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /**
     * How consensus moved from the revealed round before the selected one to it: "round 1 → round 2: mean spread
     * X% → Y%, strong cells a → b"; empty for the first revealed round (nothing to compare with).
     */
    public ReadOnlyStringProperty movementSummaryProperty() {
        return movementSummary.getReadOnlyProperty();
    }

    /** The cells whose sd changed most from the previous revealed round to the selected one, biggest fall first. */
    public ObservableList<MovementRow> movement() {
        return movement;
    }

    // ---- following the plan ----

    /** Takes in the plan after an edit, undo or redo; keeps the chosen round while it is still revealed. */
    void refresh(Plan next) {
        plan = next;
        List<HistoryRow> newRows = rowsOf(next);
        if (!rows.equals(newRows)) {
            rows.setAll(newRows);
        }
        Integer chosen = selectedRound.get();
        if (chosen == null || newRows.stream().noneMatch(h -> h.number() == chosen)) {
            // The latest revealed round is what the room just saw.
            selectedRound.set(newRows.isEmpty() ? null : newRows.get(newRows.size() - 1).number());
        }
        updateRoundMeasures();
    }

    private List<HistoryRow> rowsOf(Plan p) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        List<HistoryRow> out = new ArrayList<>();
        for (RoundSummary s : ConsensusHistory.summaries(p)) {
            ScoringRound round = round(p, s.number()).orElse(null);
            String revealed = round == null || round.revealed() == null ? "" : time.format(round.revealed());
            out.add(new HistoryRow(s.number(), s.title(), revealed, Numbers.percent(s.meanRelativeSd()),
                    s.strongCells(), round != null && round.anonymous()));
        }
        return out;
    }

    private static Optional<ScoringRound> round(Plan p, int number) {
        return p.rounds().stream().filter(r -> r.number() == number).findFirst();
    }

    private Optional<ScoringRound> selectedRevealedRound() {
        return selectedRound.get() == null ? Optional.empty()
                : round(plan, selectedRound.get()).filter(r -> !r.isOpen());
    }

    private void updateRoundMeasures() {
        List<Measure> measures = selectedRevealedRound().map(r -> r.measures().stream().map(plan::measure)
                .flatMap(Optional::stream).toList()).orElse(List.of());
        if (!roundMeasures.equals(measures)) {
            roundMeasures.setAll(measures);
        }
        if (measures.stream().noneMatch(m -> m.id().equals(chartMeasureId.get()))) {
            chartMeasureId.set(measures.isEmpty() ? null : measures.get(0).id());
        }
        updateChart();
        updateMovement();
    }

    private void updateMovement() {
        Integer chosen = selectedRound.get();
        List<RoundSummary> summaries = chosen == null ? List.of() : ConsensusHistory.summaries(plan);
        RoundSummary before = null;
        RoundSummary after = null;
        for (RoundSummary s : summaries) {
            if (s.number() == chosen) {
                after = s;
            } else if (s.number() < chosen) {
                before = s; // summaries are in number order: the last one below is the previous revealed round
            }
        }
        List<MovementRow> rowsNow = new ArrayList<>();
        if (before == null || after == null) {
            movementSummary.set("");
        } else {
            movementSummary.set(messages.get("history.movement.summary", before.number(), after.number(),
                    Numbers.percent(before.meanRelativeSd()), Numbers.percent(after.meanRelativeSd()),
                    before.strongCells(), after.strongCells()));
            for (CellMovement m : ConsensusHistory.movement(plan, before.number(), after.number())) {
                if (rowsNow.size() == MOVEMENT_CELLS) {
                    break;
                }
                if (Math.abs(m.fall()) < 1e-9) {
                    continue; // unchanged cells say nothing about how the room moved
                }
                String measure = plan.measure(m.measureId()).map(x -> x.id() + " " + x.title()).orElse(m.measureId());
                String criterion = plan.criterion(m.criterionId()).map(Criterion::name).orElse(m.criterionId());
                String sdBefore = Numbers.decimals(m.sdBefore());
                String sdAfter = Numbers.decimals(m.sdAfter());
                rowsNow.add(new MovementRow(m.measureId(), m.criterionId(), measure, criterion, sdBefore, sdAfter,
                        messages.get("history.movement.cell", measure, criterion, sdBefore, sdAfter)));
            }
        }
        if (!movement.equals(rowsNow)) {
            movement.setAll(rowsNow);
        }
    }

    private void updateChart() {
        Optional<ScoringRound> round = selectedRevealedRound();
        String measureId = chartMeasureId.get();
        if (round.isEmpty() || measureId == null || plan.measure(measureId).isEmpty()) {
            chart.set(null);
            return;
        }
        chart.set(DistributionCharts.of(plan, round.get(), measureId, messages));
    }
}
