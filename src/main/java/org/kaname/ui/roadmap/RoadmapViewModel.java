package org.kaname.ui.roadmap;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.kaname.chart.GanttChart;
import org.kaname.engine.EngineException;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapCycleException;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.i18n.Messages;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.edit.PinStart;
import org.kaname.service.PlanEditor;
import org.kaname.ui.EditRunner;
import org.kaname.ui.EngineMessages;
import org.kaname.ui.Freshness;
import org.kaname.ui.ScreenContext;

/**
 * The roadmap of the open plan, recomputed whenever the plan changes, and the pin actions: pin a measure's start
 * year (by keyboard or by dragging its bar), move the pin a year earlier or later, unpin. Each is one undoable edit.
 */
public final class RoadmapViewModel {
    private final PlanEditor editor;
    private final EditRunner edits;
    private final RoadmapScheduler scheduler;
    private final RoadmapTexts texts;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Roadmap> roadmap = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<GanttChart> chart = new ReadOnlyObjectWrapper<>();
    private final GanttRows ganttRows;
    /** The chart without the selection mark; marking a row does not lay the chart out again. */
    private GanttChart unselected;
    private final PlanEditor.Listener listener = new PlanEditor.Listener() {
        @Override
        public void planChanged(Plan plan) {
            freshness.invalidate();
        }
    };
    /** The schedule is made only while the screen is shown; a change while it is not waits until it is. */
    private final Freshness freshness;

    public RoadmapViewModel(ScreenContext context, Messages messages) {
        this.editor = context.editor();
        this.edits = new EditRunner(context.editor(), context.status());
        this.scheduler = new RoadmapScheduler(context.ranking());
        this.texts = RoadmapTexts.of(context.locale());
        this.messages = messages;
        this.ganttRows = new GanttRows(messages, texts);
        selected.addListener((o, a, b) -> mark());
        editor.addListener(listener);
        freshness = new Freshness(context.shown(), this::recompute, false);
    }

    /** Scheduling 2,000 measures takes milliseconds (docs/benchmarks.md), so it runs directly on each change. */
    void recompute() {
        try {
            roadmap.set(scheduler.schedule(editor.plan()));
            error.set("");
        } catch (RoadmapCycleException e) {
            roadmap.set(null);
            error.set(texts.cycle(e.cycle()));
        } catch (EngineException e) {
            roadmap.set(null);
            error.set(EngineMessages.of(e, messages.locale()));
        }
        unselected = ganttRows.chart(editor.plan(), roadmap.get());
        if (selected.get() != null && unselected.rowIndex(selected.get()) < 0) {
            selected.set(null);
        }
        mark();
    }

    private void mark() {
        chart.set(unselected == null ? null : unselected.withSelected(selected.get()));
    }

    /** The Gantt chart as drawn: the report's chart code, with the selected measure marked. */
    public ReadOnlyObjectProperty<GanttChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** A fiscal year as the screen writes it: 2027年度（令和9年度） or FY2027 (Reiwa 9). */
    public String yearLabel(int year) {
        return ganttRows.yearLabel(year);
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

    /** Moves the start a year earlier ({@code -1}) or later ({@code +1}); an unpinned measure is pinned first. */
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

    public void dispose() {
        editor.removeListener(listener);
        freshness.dispose();
    }
}
