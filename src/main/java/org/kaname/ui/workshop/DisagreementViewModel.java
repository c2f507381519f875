package org.kaname.ui.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.engine.workshop.AnonymousRaters;
import org.kaname.engine.EngineException;
import org.kaname.engine.workshop.CellSpread;
import org.kaname.engine.workshop.Disagreements;
import org.kaname.engine.workshop.RaterValue;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.ScoringRound;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.service.PlanEditor;
import org.kaname.ui.EditRunner;
import org.kaname.ui.Freshness;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.kaname.ui.task.TaskExecutor;

/**
 * 「意見の相違」: the plan's measure × criterion cells ordered by spread (after reveal the plan's scores are the
 * room's values), the extremes of the selected cell side by side with their rationales, a "next topic" step down the
 * list, and editing an extreme rater's value and rationale when the discussion moves them. Names are letters when
 * the latest revealed round was anonymous.
 */
public final class DisagreementViewModel {
    /** Which end of the selected cell an edit is for. */
    public enum Side { LOWEST, HIGHEST }

    private final PlanEditor editor;
    private final TaskExecutor executor;
    private final EditRunner edits;
    private final ScreenContext.StatusSink status;
    private final Messages messages;
    private final Supplier<Instant> clock;
    private final PlanEditor.Listener listener = p -> freshness().invalidate();
    private final Freshness freshness;

    private final ObservableList<SpreadRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SpreadRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Extreme> lowest = new ReadOnlyObjectWrapper<>(this, "lowest");
    private final ReadOnlyObjectWrapper<Extreme> highest = new ReadOnlyObjectWrapper<>(this, "highest");

    private Plan plan;
    private Map<String, String> names = Map.of();
    /** Counts the computations started: a result that is not the latest one is dropped. */
    private int generation;
    /** The computation whose rows are shown: while it is not the latest, rows are on their way. */
    private int shownGeneration;
    private TaskExecutor.Handle running;
    /** {@link #first()} was asked for while the rows were being computed: select the top row when they arrive. */
    private boolean firstWhenReady;

    /** The screen's view model: the spreads are computed through the context's task executor. */
    public DisagreementViewModel(ScreenContext context, Messages messages) {
        this(context.editor(), context.executor(), context.status(), messages, Instant::now, context.shown());
    }

    /** For tests: computed on the calling thread, always shown. */
    DisagreementViewModel(PlanEditor editor, ScreenContext.StatusSink status, Messages messages,
                          Supplier<Instant> clock) {
        this(editor, new CurrentThreadTaskExecutor(), status, messages, clock, ScreenContext.ALWAYS_SHOWN);
    }

    /**
     * {@code shown}: while the screen is not shown, a change of the plan is looked at only when it is shown again.
     * The spreads of every cell (plan-wide work) are computed by {@code executor}, the rows set when they arrive.
     */
    DisagreementViewModel(PlanEditor editor, TaskExecutor executor, ScreenContext.StatusSink status,
                          Messages messages, Supplier<Instant> clock, ObservableBooleanValue shown) {
        this.editor = editor;
        this.executor = executor;
        this.edits = new EditRunner(editor, status);
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.plan = editor.plan();
        selected.addListener((o, a, b) -> updateExtremes());
        editor.addListener(listener);
        freshness = new Freshness(shown, () -> refresh(editor.plan()), false);
    }

    private Freshness freshness() {
        return freshness;
    }

    public void dispose() {
        editor.removeListener(listener);
        freshness.dispose();
        generation++;
        if (running != null) {
            running.cancel();
        }
    }

    /** Every cell with at least two values, most spread first. */
    public ObservableList<SpreadRow> rows() {
        return rows;
    }

    public ObjectProperty<SpreadRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Extreme> lowestProperty() {
        return lowest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Extreme> highestProperty() {
        return highest.getReadOnlyProperty();
    }

    /** Whether rater names are hidden (the latest revealed round was anonymous). */
    public boolean anonymous() {
        return AnonymousRaters.latestRevealed(plan).map(ScoringRound::anonymous).orElse(false);
    }

    /** Computes the spreads of {@code next} through the executor; the rows follow when they arrive. */
    private void refresh(Plan next) {
        int run = ++generation;
        if (running != null) {
            running.cancel();
        }
        running = executor.submit(progress -> spreadRows(next), computed -> {
            if (run == generation) {
                shownGeneration = run;
                show(next, computed);
            }
        }, error -> {
            if (run == generation) {
                shownGeneration = run;
                // The editor only holds valid plans; should one slip through, show no disagreements, not fail.
                show(next, List.of());
            }
        });
    }

    /** Every cell of {@code next} with its spread, most apart first: plan-wide work, off the FX thread. */
    private static List<SpreadRow> spreadRows(Plan next) {
        List<CellSpread> spreads;
        try {
            spreads = Disagreements.of(next);
        } catch (EngineException e) {
            spreads = List.of();
        }
        List<SpreadRow> newRows = new ArrayList<>();
        for (CellSpread s : spreads) {
            String measure = next.measure(s.measureId()).map(Measure::title).orElse(s.measureId());
            String criterion = next.criterion(s.criterionId()).map(Criterion::name).orElse(s.criterionId());
            newRows.add(new SpreadRow(newRows.size() + 1, s.measureId(), s.measureId() + " " + measure,
                    s.criterionId(), criterion, s.stats().count(), Numbers.decimals(s.stats().sd()),
                    Numbers.value(s.stats().min()) + "–" + Numbers.value(s.stats().max()), s.strong(), s));
        }
        return newRows;
    }

    private void show(Plan next, List<SpreadRow> newRows) {
        plan = next;
        names = WorkshopEdits.displayNames(next, AnonymousRaters.latestRevealed(next).orElse(null),
                letter -> messages.get("anonymous.rater", letter));
        SpreadRow before = selected.get();
        rows.setAll(newRows);
        if (firstWhenReady) {
            firstWhenReady = false;
            selected.set(newRows.isEmpty() ? null : newRows.get(0));
            updateExtremes();
            return;
        }
        // The same cell stays selected while the discussion edits it, even if its place in the order moves.
        SpreadRow again = before == null ? null : newRows.stream()
                .filter(r -> r.measureId().equals(before.measureId()) && r.criterionId().equals(before.criterionId()))
                .findFirst().orElse(null);
        selected.set(again);
        updateExtremes();
    }

    private void updateExtremes() {
        SpreadRow row = selected.get();
        if (row == null) {
            lowest.set(null);
            highest.set(null);
            return;
        }
        lowest.set(extreme(row.spread().lowest()));
        highest.set(extreme(row.spread().highest()));
    }

    private Extreme extreme(RaterValue v) {
        return new Extreme(v.raterId(), names.getOrDefault(v.raterId(), v.name()), v.value(),
                Numbers.value(v.value()), v.note());
    }

    /** Selects the row after the selected one (the first when none is): the next topic for the room. */
    public boolean nextTopic() {
        if (rows.isEmpty()) {
            status.show(messages.get("topic.none"));
            return false;
        }
        SpreadRow row = selected.get();
        int index = row == null ? -1 : rows.indexOf(row);
        if (index + 1 >= rows.size()) {
            status.show(messages.get("topic.last"));
            return false;
        }
        selected.set(rows.get(index + 1));
        return true;
    }

    /** Selects the top disagreement; while the rows are being computed, the top one when they arrive. */
    public void first() {
        if (shownGeneration != generation || freshness.isStale()) {
            firstWhenReady = true;
            return;
        }
        selected.set(rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * Sets the plan score of one extreme rater of the selected cell to {@code valueText} with {@code note} (one
     * edit); refuses text that is not a number on the criterion's scale.
     */
    public boolean saveExtreme(Side side, String valueText, String note) {
        SpreadRow row = selected.get();
        Extreme who = side == Side.LOWEST ? lowest.get() : highest.get();
        if (row == null || who == null) {
            status.show(messages.get("refused.noTopic"));
            return false;
        }
        Optional<Criterion> criterion = plan.criterion(row.criterionId());
        if (criterion.isEmpty()) {
            return false;
        }
        double value;
        try {
            value = Double.parseDouble(valueText == null ? "" : valueText.strip());
        } catch (NumberFormatException e) {
            status.show(messages.get("refused.notANumber", valueText == null ? "" : valueText.strip()));
            return false;
        }
        Criterion c = criterion.get();
        if (!c.scale().contains(value)) {
            status.show(messages.get("refused.outOfScale", Numbers.value(value), c.name(), c.scale().min(),
                    c.scale().max()));
            return false;
        }
        Instant now = clock.get();
        String raterId = who.raterId();
        return edits.applied(new SetScore(new Cell(row.measureId(), row.criterionId(),
                raterId), value, note == null ? "" : note.strip(), now));
    }
}
