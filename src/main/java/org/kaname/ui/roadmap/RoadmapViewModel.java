package org.kaname.ui.roadmap;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.chart.GanttChart;
import org.kaname.edit.PinStart;
import org.kaname.engine.EngineException;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapCycleException;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.engine.roadmap.RoadmapStatus;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.engine.roadmap.YearBudget;
import org.kaname.i18n.Messages;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.ui.EditRunner;
import org.kaname.ui.EngineMessages;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roadmap of the open plan and the pin actions: pin a measure's start year (by keyboard or by dragging its bar),
 * move the pin a year earlier or later, unpin. Each is one undoable edit.
 *
 * <p>The schedule (the engine's roadmap over the whole plan, and the Gantt chart laid out from it) is always made on
 * the task executor, never on the FX thread: {@link #refresh()} starts a run, cancels a run still going for an
 * older plan, and {@link #busyProperty()} is true meanwhile. Until the run delivers, the screen keeps showing the
 * previous schedule. The screen calls {@code refresh} when the plan changes (while it is shown).
 */
public final class RoadmapViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RoadmapViewModel.class);

    private final PlanEditor editor;
    private final EditRunner edits;
    private final TaskExecutor executor;
    private final RoadmapScheduler scheduler;
    private final RoadmapTexts texts;
    private final Messages messages;
    private final GanttRows ganttRows;
    private final ReadOnlyObjectWrapper<Roadmap> roadmap = new ReadOnlyObjectWrapper<>(this, "roadmap");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<GanttChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ObservableList<YearBudget> budget = FXCollections.observableArrayList();
    private final ObservableList<String> deferred = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    /** The chart without the selection mark; marking a row does not lay the chart out again. */
    private GanttChart unselected;
    /** Counts runs: only the newest run's result is shown. */
    private long generation;
    private TaskExecutor.Handle running;

    public RoadmapViewModel(ScreenContext context, Messages messages) {
        this.editor = context.editor();
        this.edits = new EditRunner(context.editor(), context.status());
        this.executor = context.executor();
        this.scheduler = new RoadmapScheduler(context.ranking());
        this.texts = RoadmapTexts.of(context.locale());
        this.messages = messages;
        this.ganttRows = new GanttRows(messages, texts);
        selected.addListener((o, a, b) -> mark());
    }

    /** What one run makes from one plan: shown in one step when it arrives. */
    private record Schedule(Roadmap roadmap, String error, GanttChart chart) {
    }

    /**
     * Schedules the plan as it is now on the task executor; a run still going for an older plan is cancelled and its
     * result, should it still arrive, is dropped.
     */
    public void refresh() {
        Plan plan = editor.plan();
        long thisRun = ++generation;
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(true);
        TaskExecutor.Handle handle = executor.submit(progress -> schedule(plan), result -> {
            if (thisRun == generation) {
                running = null;
                busy.set(false);
                show(result);
            }
        }, failure -> {
            if (thisRun == generation) {
                running = null;
                busy.set(false);
                LOG.warn("Scheduling the roadmap failed", failure);
                show(new Schedule(null, messages.get("error.schedule"), ganttRows.chart(plan, null)));
            }
        });
        // A synchronous executor has delivered (and cleared busy) by now; keep the handle only while it runs.
        if (thisRun == generation && busy.get()) {
            running = handle;
        }
    }

    /** The work of a run, on the executor's thread: a pure function of the plan. */
    private Schedule schedule(Plan plan) {
        Roadmap r = null;
        String problem = "";
        try {
            r = scheduler.schedule(plan);
        } catch (RoadmapCycleException e) {
            problem = texts.cycle(e.cycle());
        } catch (EngineException e) {
            problem = EngineMessages.of(e, messages.locale());
        }
        return new Schedule(r, problem, ganttRows.chart(plan, r));
    }

    private void show(Schedule s) {
        unselected = s.chart();
        roadmap.set(s.roadmap());
        error.set(s.error());
        fillPanels(s.roadmap());
        if (selected.get() != null && unselected.rowIndex(selected.get()) < 0) {
            selected.set(null);
        }
        mark();
    }

    private void fillPanels(Roadmap r) {
        if (r == null) {
            budget.clear();
            deferred.clear();
            warnings.clear();
            return;
        }
        budget.setAll(r.budget().values());
        List<String> notPlaced = r.rows().stream().filter(row -> row.status() != RoadmapStatus.SCHEDULED)
                .map(this::deferredLine).toList();
        deferred.setAll(notPlaced.isEmpty() ? List.of(messages.get("deferred.none")) : notPlaced);
        List<String> w = r.warnings().stream().map(x -> "⚠ " + texts.warning(x)).toList();
        warnings.setAll(w.isEmpty() ? List.of(messages.get("warnings.none")) : w);
    }

    private String deferredLine(ScheduledMeasure row) {
        return row.measureId() + " " + row.title() + " — " + texts.status(row.status()) + ": " + texts.reason(row);
    }

    private void mark() {
        chart.set(unselected == null ? null : unselected.withSelected(selected.get()));
    }

    /** True while a schedule is being made; the previous one stays on screen meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The Gantt chart as drawn: the report's chart code, with the selected measure marked. */
    public ReadOnlyObjectProperty<GanttChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The budget per fiscal year of the schedule shown. */
    public ObservableList<YearBudget> budget() {
        return FXCollections.unmodifiableObservableList(budget);
    }

    /** The measures not placed, each with its reason (or one line saying every measure is placed). */
    public ObservableList<String> deferred() {
        return FXCollections.unmodifiableObservableList(deferred);
    }

    /** The schedule's warnings in words (or one line saying there are none). */
    public ObservableList<String> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    /** A fiscal year as the screen writes it: 2027年度（令和9年度） or FY2027 (Reiwa 9). */
    public String yearLabel(int year) {
        return ganttRows.yearLabel(year);
    }

    /** A year's spending in 千円, as the table shows it. */
    public String spent(YearBudget y) {
        return amount(y.spent());
    }

    /** A year's cap in 千円, or 上限なし. */
    public String cap(YearBudget y) {
        return y.cap().isPresent() ? amount(y.cap().getAsLong()) : messages.get("budget.noCap");
    }

    /** How a year stands against its cap: 「✔ 残り 104,000」 or 「⚠ 超過 1,000」 (in 千円), or 「—」 without a cap. */
    public String budgetState(YearBudget y) {
        if (y.cap().isEmpty()) {
            return "—";
        }
        long left = y.cap().getAsLong() - y.spent();
        return left >= 0 ? "✔ " + messages.get("budget.within", amount(left))
                : "⚠ " + messages.get("budget.over", amount(-left));
    }

    /**
     * Money in tables is shown in 千円, rounded (the public-sector convention; the exports keep exact yen), without
     * its unit: the column headers name it.
     */
    static String amount(long yen) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(Math.round(yen / 1000.0));
    }

    /** The measures of the chart from top to bottom (the order ↑/↓ walk through). */
    public List<String> measureIds() {
        GanttChart c = chart.get();
        return c == null ? List.of() : c.rows().stream().filter(r -> r.kind() == GanttChart.Kind.MEASURE)
                .map(GanttChart.Row::id).toList();
    }

    /** A measure's row in words, for the screen reader and the tooltip: its years, tier and whether it is pinned. */
    public String describe(String measureId) {
        GanttChart c = chart.get();
        int i = c == null || measureId == null ? -1 : c.rowIndex(measureId);
        if (i < 0) {
            return "";
        }
        GanttChart.Row r = c.rows().get(i);
        if (!r.hasBar()) {
            return messages.get("gantt.row.unplaced", r.label(), r.note() == null ? "" : r.note());
        }
        Optional<ScheduledMeasure> s = roadmap.get() == null ? Optional.empty() : roadmap.get().find(measureId);
        String tier = s.map(ScheduledMeasure::tier).orElse("");
        return messages.get("gantt.row", r.label(), messages.get("gantt.year", Integer.toString(r.start())),
                messages.get("gantt.year", Integer.toString(r.end())), tier, r.pinned() ? messages.get("gantt.row.pinned") : "");
    }

    public Plan plan() {
        return editor.plan();
    }

    public RoadmapTexts texts() {
        return texts;
    }

    /** The schedule shown (the newest one made), or null before the first run or when the plan cannot be scheduled. */
    public ReadOnlyObjectProperty<Roadmap> roadmapProperty() {
        return roadmap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** Pins {@code measureId} to start in {@code year} (clamped to the plan's horizon). */
    public boolean pin(String measureId, int year) {
        Plan plan = editor.plan();
        int clamped = Math.max(plan.fiscalYears().start(), Math.min(plan.fiscalYears().end(), year));
        return edits.applied(new PinStart(measureId, clamped));
    }

    /**
     * Moves the start a year earlier ({@code -1}) or later ({@code +1}); an unpinned measure is pinned first, from
     * the start the schedule shown gives it.
     */
    public boolean shift(String measureId, int delta) {
        Optional<Measure> m = editor.plan().measure(measureId);
        if (m.isEmpty()) {
            return false;
        }
        Integer from = m.get().pinnedStart();
        if (from == null) {
            OptionalInt start = roadmap.get() == null ? OptionalInt.empty()
                    : roadmap.get().find(measureId).map(ScheduledMeasure::start).orElse(OptionalInt.empty());
            from = start.orElse(editor.plan().fiscalYears().start());
        }
        return pin(measureId, from + delta);
    }

    public boolean unpin(String measureId) {
        return edits.applied(PinStart.unpin(measureId));
    }

    /** Moves the selected measure's start (the buttons 1年早く and 1年遅く); nothing when none is selected. */
    public void shiftSelected(int delta) {
        if (selected.get() != null) {
            shift(selected.get(), delta);
        }
    }

    /** Unpins the selected measure (the button 固定を解除); nothing when none is selected. */
    public void unpinSelected() {
        if (selected.get() != null) {
            unpin(selected.get());
        }
    }

    /** Cancels a run still going; a result that arrives later is dropped. */
    public void dispose() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
    }
}
