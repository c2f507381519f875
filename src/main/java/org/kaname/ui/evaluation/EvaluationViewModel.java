package org.kaname.ui.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.chart.ChartStyle;
import org.kaname.chart.IndicatorTrendChart;
import org.kaname.edit.Holder;
import org.kaname.edit.ReopenMeasure;
import org.kaname.edit.SetActuals;
import org.kaname.edit.SetEvaluation;
import org.kaname.edit.SetIndicatorNumbers;
import org.kaname.engine.evaluation.IndicatorResult;
import org.kaname.engine.evaluation.IndicatorResults;
import org.kaname.engine.evaluation.MeasureGrade;
import org.kaname.engine.evaluation.MeasureGrades;
import org.kaname.engine.evaluation.OwnedIndicator;
import org.kaname.i18n.Messages;
import org.kaname.model.Evaluation;
import org.kaname.model.FiscalYears;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.ui.DialogService;
import org.kaname.ui.EditRunner;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluation of the open plan for one 年度 (the Check and Act of PDCA): every indicator's target, actual, 達成率
 * and grade that year, the selected indicator's targets and actuals by 年度 with its trend, and every measure's grade
 * with its evaluation (override grade, 今後の方向性, comment) and re-opening. Every change is one named edit through
 * the {@link EditRunner}: in the history, undoable.
 *
 * <p>The tables (every indicator and every measure of the plan) are made on the task executor, never on the FX thread:
 * {@link #refresh()} starts a run and cancels an older one; {@link #busyProperty()} is true meanwhile and the tables
 * keep what they showed. What one selected indicator or measure shows is read from the plan on the FX thread: it
 * looks at that one item only.
 */
public final class EvaluationViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationViewModel.class);
    /** Screen text size of the trend chart. */
    private static final float CHART_FONT = 13f;

    private final PlanEditor editor;
    private final EditRunner edits;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ScreenContext.StatusSink status;
    private final Messages messages;
    private final Locale locale;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<IndicatorRow> indicators = FXCollections.observableArrayList();
    private final ObservableList<MeasureRow> measures = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private final ObjectProperty<String> selectedIndicator = new SimpleObjectProperty<>(this, "selectedIndicator");
    private final ReadOnlyStringWrapper indicatorTitle = new ReadOnlyStringWrapper(this, "indicatorTitle", "");
    private final ReadOnlyBooleanWrapper indicatorShown = new ReadOnlyBooleanWrapper(this, "indicatorShown");
    private final ObjectProperty<IndicatorDirection> direction = new SimpleObjectProperty<>(this, "direction");
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "");
    private final StringProperty baselineYear = new SimpleStringProperty(this, "baselineYear", "");
    private final ObservableList<YearEntry> yearEntries = FXCollections.observableArrayList();
    private final ObservableList<TrendRow> trend = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<IndicatorTrendChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");

    private final ObjectProperty<String> selectedMeasure = new SimpleObjectProperty<>(this, "selectedMeasure");
    private final ReadOnlyStringWrapper measureTitle = new ReadOnlyStringWrapper(this, "measureTitle", "");
    private final ReadOnlyBooleanWrapper measureShown = new ReadOnlyBooleanWrapper(this, "measureShown");
    private final ReadOnlyStringWrapper derivedGrade = new ReadOnlyStringWrapper(this, "derivedGrade", "");
    private final ObservableList<String> gradeChoices = FXCollections.observableArrayList();
    private final StringProperty overrideGrade = new SimpleStringProperty(this, "overrideGrade", "");
    private final StringProperty gradeReason = new SimpleStringProperty(this, "gradeReason", "");
    /** 今後の方向性 as the enum's name, "" for none. */
    private final StringProperty futureDirection = new SimpleStringProperty(this, "futureDirection", "");
    private final StringProperty directionReason = new SimpleStringProperty(this, "directionReason", "");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final ReadOnlyBooleanWrapper canReopen = new ReadOnlyBooleanWrapper(this, "canReopen");
    private final ReadOnlyStringWrapper endedText = new ReadOnlyStringWrapper(this, "endedText", "");

    /** The read-only views handed out: kept, since a view drops the listeners of whoever holds it when collected. */
    private final ObservableList<Integer> yearsView = FXCollections.unmodifiableObservableList(years);
    private final ObservableList<IndicatorRow> indicatorsView = FXCollections.unmodifiableObservableList(indicators);
    private final ObservableList<MeasureRow> measuresView = FXCollections.unmodifiableObservableList(measures);
    private final ObservableList<YearEntry> yearEntriesView = FXCollections.unmodifiableObservableList(yearEntries);
    private final ObservableList<TrendRow> trendView = FXCollections.unmodifiableObservableList(trend);
    private final ObservableList<String> gradeChoicesView = FXCollections.unmodifiableObservableList(gradeChoices);

    /** The indicator whose numbers the form shows, as loaded (reloaded only when the plan's differs). */
    private Indicator loadedIndicator;
    /** The evaluation the form shows, as loaded: the form is reloaded only when the plan's differs from it. */
    private Evaluation loadedEvaluation;
    private String loadedEvaluationKey;
    private Map<String, IndicatorRow> rowsById = Map.of();
    private boolean yearChosen;
    /** True while a run's result sets the year it chose (not a person's choice: no new run). */
    private boolean settingYear;
    private long generation;
    private TaskExecutor.Handle running;

    public EvaluationViewModel(ScreenContext context, Messages messages) {
        this.editor = context.editor();
        this.edits = new EditRunner(context.editor(), context.status());
        this.executor = context.executor();
        this.dialogs = context.dialogs();
        this.status = context.status();
        this.messages = messages;
        this.locale = context.locale();
        Plan plan = editor.plan();
        years.setAll(plan.fiscalYears().years().boxed().toList());
        year.set(plan.fiscalYears().start());
        year.addListener((o, a, b) -> {
            if (b != null && !b.equals(a) && !settingYear) {
                yearChosen = true;
                refresh();
            }
        });
        selectedIndicator.addListener((o, a, b) -> showIndicator(true));
        selectedMeasure.addListener((o, a, b) -> showMeasure(true));
    }

    // ---- the tables, made on the executor ----

    /** What one run makes from one plan and year: shown in one step when it arrives. */
    private record Results(int year, List<IndicatorRow> indicators, List<MeasureRow> measures, String summary) {
    }

    /**
     * Makes the tables for the plan as it is now on the task executor; a run still going for an older plan or year is
     * cancelled and its result, should it still arrive, is dropped.
     */
    public void refresh() {
        Plan plan = editor.plan();
        List<Integer> horizon = plan.fiscalYears().years().boxed().toList();
        if (!years.equals(horizon)) {
            years.setAll(horizon);
        }
        Integer asked = yearChosen ? year.get() : null;
        long thisRun = ++generation;
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(true);
        TaskExecutor.Handle handle = executor.submit(progress -> results(plan, asked), result -> {
            if (thisRun == generation) {
                running = null;
                busy.set(false);
                show(result);
            }
        }, failure -> {
            if (thisRun == generation) {
                running = null;
                busy.set(false);
                LOG.warn("Evaluating the plan failed", failure);
                error.set(messages.get("error.results"));
            }
        });
        if (thisRun == generation && busy.get()) {
            running = handle;
        }
    }

    /**
     * The work of a run, on the executor's thread: a pure function of the plan. Without a year chosen, the year shown
     * is the latest one of the plan's period that has an actual (else its first).
     */
    private Results results(Plan plan, Integer asked) {
        int y = asked != null ? asked : defaultYear(plan);
        Map<String, String> titles = new HashMap<>();
        plan.groups().forEach(g -> titles.put(g.id(), g.title()));
        plan.measures().forEach(m -> titles.put(m.id(), m.title()));
        List<IndicatorResult> results = IndicatorResults.forYear(plan, y);
        List<IndicatorRow> rows = new ArrayList<>(results.size());
        String owner = null;
        int graded = 0;
        int withActual = 0;
        for (IndicatorResult r : results) {
            boolean first = !r.owner().equals(owner);
            owner = r.owner();
            rows.add(new IndicatorRow(r.owner(), r.owner() + " " + titles.getOrDefault(r.owner(), ""), first, r));
            if (r.actual() != null) {
                withActual++;
            }
            if (r.grade().isPresent()) {
                graded++;
            }
        }
        Map<String, Evaluation> evaluations = new HashMap<>();
        Map<String, Evaluation> latest = new HashMap<>();
        for (Evaluation e : plan.followUp().evaluations()) {
            if (e.year() == y) {
                evaluations.put(e.measureId(), e);
            }
            latest.merge(e.measureId(), e, (a, b) -> b.year() > a.year() ? b : a);
        }
        List<MeasureGrade> grades = MeasureGrades.forYear(plan, y);
        List<MeasureRow> measureRows = new ArrayList<>(grades.size());
        for (int i = 0; i < grades.size(); i++) {
            Measure m = plan.measures().get(i);
            Evaluation last = latest.get(m.id());
            measureRows.add(new MeasureRow(m.id(), m.title(), grades.get(i),
                    evaluations.getOrDefault(m.id(), Evaluation.empty(m.id(), y)),
                    last != null && last.endsMeasure()));
        }
        String text = messages.get("summary", results.size(), withActual, graded, measureRows.size());
        return new Results(y, rows, measureRows, text);
    }

    static int defaultYear(Plan plan) {
        FiscalYears horizon = plan.fiscalYears();
        int best = Integer.MIN_VALUE;
        for (OwnedIndicator o : IndicatorResults.indicators(plan)) {
            for (IndicatorActual a : o.indicator().actuals()) {
                if (horizon.contains(a.year()) && a.year() > best) {
                    best = a.year();
                }
            }
        }
        return best == Integer.MIN_VALUE ? horizon.start() : best;
    }

    private void show(Results r) {
        error.set("");
        if (!Objects.equals(year.get(), r.year())) {
            settingYear = true;
            try {
                year.set(r.year()); // the year the run chose, not one the person chose
            } finally {
                settingYear = false;
            }
        }
        Map<String, IndicatorRow> byId = new HashMap<>();
        r.indicators().forEach(row -> byId.put(row.id(), row));
        rowsById = byId;
        indicators.setAll(r.indicators());
        measures.setAll(r.measures());
        summary.set(r.summary());
        showIndicator(false);
        showMeasure(false);
    }

    // ---- texts of the tables ----

    public String yearLabel(int y) {
        return FiscalYears.label(y, locale);
    }

    String kindText(Indicator i) {
        return messages.get("kind." + i.kind().name());
    }

    String directionText(IndicatorDirection d) {
        return d == null ? "" : messages.get("direction." + d.name());
    }

    /** The direction in words for the form: 「高いほど良い（増加）」. */
    String directionLongText(IndicatorDirection d) {
        return messages.get("direction.long." + d.name());
    }

    String futureText(String name) {
        return name == null || name.isEmpty() ? messages.get("future.none") : messages.get("future." + name);
    }

    /** The baseline and its year: 「40（2025年度）」, or 「—」 without one. */
    String baselineText(Indicator i) {
        if (i.baseline() == null) {
            return "—";
        }
        String v = NumberInput.format(i.baseline());
        return i.baselineYear() == null ? v : messages.get("baseline.withYear", v, yearShort(i.baselineYear()));
    }

    /** The target that applies in the year: that year's, or the final one marked 「（最終）」; 「—」 without one. */
    String targetText(IndicatorResult r) {
        if (r.target() == null) {
            return r.indicator().isNumeric() ? "—" : r.indicator().targetWithUnit();
        }
        String v = NumberInput.format(r.target());
        return r.hasTargetForYear() ? v : messages.get("target.final", v);
    }

    String actualText(IndicatorResult r) {
        return r.actual() == null ? "" : NumberInput.format(r.actual());
    }

    String achievementText(IndicatorResult r) {
        return r.achievement().isPresent() ? NumberInput.percent(r.achievement().getAsDouble()) : "—";
    }

    String gradeText(Optional<String> grade) {
        return grade.orElse("—");
    }

    String achievementText(OptionalDouble a) {
        return a.isPresent() ? NumberInput.percent(a.getAsDouble()) : "—";
    }

    /** A measure's grade that counts, with 「（上書き）」 when the evaluator set it. */
    String effectiveGradeText(MeasureRow row) {
        String g = row.grade().effective().orElse("—");
        return row.grade().overridden() ? messages.get("grade.overridden", g) : g;
    }

    String futureText(MeasureRow row) {
        FutureDirection d = row.evaluation().direction();
        String text = d == null ? "" : messages.get("future." + d.name());
        if (row.ended()) {
            text = text.isEmpty() ? messages.get("measure.ended") : text + " " + messages.get("measure.ended");
        }
        return text;
    }

    /** A short year for narrow places: 2026 (R8). */
    String yearShort(int y) {
        return messages.get("year.short", Integer.toString(y), Integer.toString(FiscalYears.reiwa(y)));
    }

    // ---- the selected indicator ----

    private void showIndicator(boolean selectionChanged) {
        String id = selectedIndicator.get();
        IndicatorRow row = id == null ? null : rowsById.get(id);
        Optional<Indicator> current = row == null ? Optional.empty() : indicatorOf(editor.plan(), row.owner(), id);
        if (current.isEmpty()) {
            indicatorShown.set(false);
            indicatorTitle.set(messages.get("detail.none"));
            loadedIndicator = null;
            yearEntries.clear();
            trend.clear();
            chart.set(null);
            return;
        }
        Indicator i = current.get();
        indicatorShown.set(true);
        indicatorTitle.set(messages.get("detail.title", i.id(), i.name(), i.unit().isEmpty() ? "—" : i.unit()));
        if (selectionChanged || loadedIndicator == null || !sameNumbers(loadedIndicator, i)) {
            direction.set(i.direction());
            baseline.set(i.baseline() == null ? "" : NumberInput.format(i.baseline()));
            baselineYear.set(i.baselineYear() == null ? "" : Integer.toString(i.baselineYear()));
        }
        loadedIndicator = i;
        TreeSet<Integer> ys = new TreeSet<>(editor.plan().fiscalYears().years().boxed().toList());
        i.targets().forEach(t -> ys.add(t.year()));
        i.actuals().forEach(a -> ys.add(a.year()));
        List<YearEntry> entries = new ArrayList<>();
        for (int y : ys) {
            entries.add(new YearEntry(y, i.targetFor(y).orElse(null), i.actualFor(y).orElse(null)));
        }
        yearEntries.setAll(entries);
        GradeRule rule = editor.plan().followUp().gradeRule();
        OwnedIndicator owned = new OwnedIndicator(row.owner(), i);
        List<TrendRow> rows = new ArrayList<>();
        List<IndicatorTrendChart.Point> points = new ArrayList<>();
        TreeSet<Integer> trendYears = new TreeSet<>();
        i.targets().forEach(t -> trendYears.add(t.year()));
        i.actuals().forEach(a -> trendYears.add(a.year()));
        for (int y : trendYears) {
            IndicatorResult r = IndicatorResults.result(owned, y, rule);
            Double target = i.targetFor(y).map(IndicatorTarget::value).orElse(null);
            rows.add(new TrendRow(y, yearShort(y), target == null ? "—" : NumberInput.format(target),
                    r.actual() == null ? "—" : NumberInput.format(r.actual()), achievementText(r),
                    gradeText(r.grade())));
            points.add(new IndicatorTrendChart.Point(yearShort(y), target, r.actual()));
        }
        trend.setAll(rows);
        IndicatorTrendChart c = new IndicatorTrendChart(points, i.baseline(), i.unit(),
                new IndicatorTrendChart.Labels(messages.get("chart.target"), messages.get("chart.actual"),
                        messages.get("chart.baseline")), ChartStyle.standard().withFontSize(CHART_FONT));
        chart.set(c.hasValues() ? c : null);
    }

    private static boolean sameNumbers(Indicator a, Indicator b) {
        return a.direction() == b.direction() && Objects.equals(a.baseline(), b.baseline())
                && Objects.equals(a.baselineYear(), b.baselineYear());
    }

    private static Optional<Indicator> indicatorOf(Plan plan, String owner, String id) {
        Optional<List<Indicator>> list = plan.group(owner).map(MeasureGroup::indicators)
                .or(() -> plan.measure(owner).map(Measure::indicators));
        return list.flatMap(l -> l.stream().filter(i -> i.id().equals(id)).findFirst());
    }

    private Holder holderOf(String owner) {
        return editor.plan().group(owner).isPresent() ? Holder.GROUP : Holder.MEASURE;
    }

    /** The selected indicator as the plan has it now. */
    Optional<Indicator> selected() {
        String id = selectedIndicator.get();
        IndicatorRow row = id == null ? null : rowsById.get(id);
        return row == null ? Optional.empty() : indicatorOf(editor.plan(), row.owner(), id);
    }

    // ---- actions: actuals ----

    /**
     * Sets the actual of {@code indicatorId} in the year shown, as typed in the table (blank clears it); its date,
     * source and note stay. False, with the reason shown, when the text is not a number or the plan refuses it.
     */
    public boolean setActual(String indicatorId, String text) {
        Integer y = year.get();
        return y != null && setActual(indicatorId, y, text);
    }

    /** Sets the actual of {@code indicatorId} in {@code y}, keeping its date, source and note. */
    public boolean setActual(String indicatorId, int y, String text) {
        IndicatorRow row = rowsById.get(indicatorId);
        Optional<Indicator> indicator = row == null ? Optional.empty()
                : indicatorOf(editor.plan(), row.owner(), indicatorId);
        if (indicator.isEmpty()) {
            return false;
        }
        Optional<OptionalDouble> value = NumberInput.number(text, indicator.get().unit());
        if (value.isEmpty()) {
            return refuse(messages.get("refused.number", text.strip(), indicatorId, yearLabel(y)));
        }
        Optional<IndicatorActual> before = indicator.get().actualFor(y);
        if (value.get().isEmpty()) {
            return before.isEmpty() || applied(new SetActuals(List.of(SetActuals.Entry.cleared(indicatorId, y))));
        }
        IndicatorActual next = new IndicatorActual(y, value.get().getAsDouble(),
                before.map(IndicatorActual::date).orElse(null), before.map(IndicatorActual::source).orElse(""),
                before.map(IndicatorActual::note).orElse(""));
        return before.equals(Optional.of(next)) || applied(new SetActuals(List.of(SetActuals.Entry.of(indicatorId, next))));
    }

    /** Sets the measuring date of the selected indicator's actual in {@code y} (blank: none). */
    public boolean setActualDate(int y, String text) {
        Optional<Optional<LocalDate>> date = NumberInput.date(text);
        if (date.isEmpty()) {
            return refuse(messages.get("refused.date", text.strip()));
        }
        return changeActual(y, a -> new IndicatorActual(a.year(), a.value(), date.get().orElse(null), a.source(),
                a.note()));
    }

    public boolean setActualSource(int y, String text) {
        return changeActual(y, a -> new IndicatorActual(a.year(), a.value(), a.date(), text.strip(), a.note()));
    }

    public boolean setActualNote(int y, String text) {
        return changeActual(y, a -> new IndicatorActual(a.year(), a.value(), a.date(), a.source(), text.strip()));
    }

    private boolean changeActual(int y, java.util.function.UnaryOperator<IndicatorActual> change) {
        Optional<Indicator> i = selected();
        if (i.isEmpty()) {
            return false;
        }
        Optional<IndicatorActual> before = i.get().actualFor(y);
        if (before.isEmpty()) {
            return refuse(messages.get("refused.noActual", yearLabel(y)));
        }
        IndicatorActual next = change.apply(before.get());
        return next.equals(before.get()) || applied(new SetActuals(List.of(SetActuals.Entry.of(i.get().id(), next))));
    }

    // ---- actions: numbers (direction, baseline, targets) ----

    /** Sets the selected indicator's target for {@code y} as typed (blank removes it); the final mark stays. */
    public boolean setTarget(int y, String text) {
        Optional<Indicator> i = selected();
        if (i.isEmpty()) {
            return false;
        }
        Optional<OptionalDouble> value = NumberInput.number(text, i.get().unit());
        if (value.isEmpty()) {
            return refuse(messages.get("refused.targetNumber", text.strip(), yearLabel(y)));
        }
        List<IndicatorTarget> next = new ArrayList<>(i.get().targets().stream().filter(t -> t.year() != y).toList());
        if (value.get().isPresent()) {
            boolean wasFinal = i.get().targetFor(y).map(IndicatorTarget::isFinal).orElse(false);
            next.add(new IndicatorTarget(y, value.get().getAsDouble(), wasFinal));
        }
        return setNumbers(i.get(), i.get().direction(), i.get().baseline(), i.get().baselineYear(), next);
    }

    /** Marks the selected indicator's target for {@code y} final (the others not), or not. */
    public boolean setFinal(int y, boolean isFinal) {
        Optional<Indicator> i = selected();
        if (i.isEmpty()) {
            return false;
        }
        if (i.get().targetFor(y).isEmpty()) {
            return refuse(messages.get("refused.finalWithoutTarget", yearLabel(y)));
        }
        List<IndicatorTarget> next = i.get().targets().stream().map(t -> new IndicatorTarget(t.year(), t.value(),
                t.year() == y ? isFinal : isFinal ? false : t.isFinal())).toList();
        return setNumbers(i.get(), i.get().direction(), i.get().baseline(), i.get().baselineYear(), next);
    }

    /** Applies the direction, baseline and baseline year of the form to the selected indicator. */
    public boolean applyNumbers() {
        Optional<Indicator> i = selected();
        if (i.isEmpty()) {
            return false;
        }
        Optional<OptionalDouble> base = NumberInput.number(baseline.get(), i.get().unit());
        if (base.isEmpty()) {
            return refuse(messages.get("refused.baseline", baseline.get().strip()));
        }
        Optional<OptionalDouble> baseYear = NumberInput.number(baselineYear.get(), "");
        if (baseYear.isEmpty() || baseYear.get().isPresent() && (baseYear.get().getAsDouble() % 1 != 0
                || baseYear.get().getAsDouble() < 1900 || baseYear.get().getAsDouble() > 2200)) {
            return refuse(messages.get("refused.baselineYear", baselineYear.get().strip()));
        }
        Double b = base.get().isPresent() ? base.get().getAsDouble() : null;
        Integer by = baseYear.get().isPresent() ? (int) baseYear.get().getAsDouble() : null;
        IndicatorDirection d = direction.get() == null ? IndicatorDirection.UP : direction.get();
        if (d == i.get().direction() && Objects.equals(b, i.get().baseline())
                && Objects.equals(by, i.get().baselineYear())) {
            return true;
        }
        return setNumbers(i.get(), d, b, by, i.get().targets());
    }

    private boolean setNumbers(Indicator i, IndicatorDirection d, Double b, Integer by, List<IndicatorTarget> targets) {
        IndicatorRow row = rowsById.get(i.id());
        return applied(new SetIndicatorNumbers(holderOf(row.owner()), row.owner(), i.id(), d, b, by, targets));
    }

    // ---- the selected measure's evaluation ----

    private void showMeasure(boolean selectionChanged) {
        String id = selectedMeasure.get();
        Plan plan = editor.plan();
        Optional<Measure> m = id == null ? Optional.empty() : plan.measure(id);
        Integer y = year.get();
        List<String> grades = new ArrayList<>();
        grades.add("");
        grades.addAll(plan.followUp().gradeRule().grades());
        if (!gradeChoices.equals(grades)) {
            gradeChoices.setAll(grades);
        }
        if (m.isEmpty() || y == null) {
            measureShown.set(false);
            measureTitle.set(messages.get("evaluation.none"));
            derivedGrade.set("");
            canReopen.set(false);
            endedText.set("");
            loadedEvaluation = null;
            loadedEvaluationKey = null;
            return;
        }
        measureShown.set(true);
        measureTitle.set(messages.get("evaluation.title", m.get().id(), m.get().title(), yearLabel(y)));
        MeasureGrade g = MeasureGrades.of(plan, m.get().id(), y);
        derivedGrade.set(g.derived().isPresent()
                ? messages.get("grade.derived", g.derived().get(), achievementText(g.achievement()))
                : messages.get("grade.noDerived"));
        Evaluation e = plan.followUp().evaluation(m.get().id(), y).orElse(Evaluation.empty(m.get().id(), y));
        String key = m.get().id() + "@" + y;
        if (selectionChanged || !key.equals(loadedEvaluationKey) || !e.equals(loadedEvaluation)) {
            overrideGrade.set(e.grade());
            gradeReason.set(e.gradeReason());
            futureDirection.set(e.direction() == null ? "" : e.direction().name());
            directionReason.set(e.directionReason());
            comment.set(e.comment());
        }
        loadedEvaluation = e;
        loadedEvaluationKey = key;
        boolean ended = plan.followUp().hasEnded(m.get().id());
        canReopen.set(ended);
        endedText.set(ended ? plan.followUp().latest(m.get().id()).map(last -> messages.get("reopen.ended",
                yearLabel(last.year()), futureText(last.direction().name()))).orElse("") : "");
    }

    /** Whether the form differs from the evaluation stored. */
    public boolean isEvaluationChanged() {
        Evaluation e = loadedEvaluation;
        return e != null && !(e.grade().equals(overrideGrade.get().strip())
                && e.gradeReason().equals(gradeReason.get().strip())
                && (e.direction() == null ? "" : e.direction().name()).equals(futureDirection.get())
                && e.directionReason().equals(directionReason.get().strip())
                && e.comment().equals(comment.get().strip()));
    }

    /** Saves the form as the selected measure's evaluation for the year shown (one edit). */
    public boolean saveEvaluation() {
        String id = selectedMeasure.get();
        Integer y = year.get();
        if (id == null || y == null) {
            return false;
        }
        if (!isEvaluationChanged()) {
            return true;
        }
        FutureDirection d = futureDirection.get() == null || futureDirection.get().isEmpty() ? null
                : FutureDirection.valueOf(futureDirection.get());
        boolean done = applied(new SetEvaluation(id, y, overrideGrade.get(), gradeReason.get(), d,
                directionReason.get(), comment.get()));
        if (done) {
            showMeasure(true);
        }
        return done;
    }

    /** Puts the form back as stored. */
    public void revertEvaluation() {
        showMeasure(true);
    }

    /**
     * Re-opens the selected measure, which its latest evaluation ended (廃止・完了): asks for the reason, then one
     * edit. False when cancelled or refused.
     */
    public boolean reopen() {
        String id = selectedMeasure.get();
        if (id == null) {
            return false;
        }
        Optional<Evaluation> last = editor.plan().followUp().latest(id).filter(Evaluation::endsMeasure);
        if (last.isEmpty()) {
            return false;
        }
        Optional<String> reason = dialogs.prompt(messages.get("reopen.dialog.title"),
                messages.get("reopen.dialog.label", id, yearLabel(last.get().year())), "");
        if (reason.isEmpty()) {
            return false;
        }
        boolean done = applied(new ReopenMeasure(id, last.get().year(), reason.get()));
        if (done) {
            showMeasure(true);
        }
        return done;
    }

    private boolean applied(org.kaname.edit.Edit edit) {
        boolean done = edits.applied(edit);
        error.set(done ? "" : edits.errorProperty().get());
        return done;
    }

    /** A typed text refused before it became an edit: shown at the error line and in the status bar. */
    private boolean refuse(String message) {
        error.set(message);
        status.show(message);
        return false;
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

    // ---- properties ----

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return yearsView;
    }

    public ObservableList<IndicatorRow> indicators() {
        return indicatorsView;
    }

    public ObservableList<MeasureRow> measures() {
        return measuresView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last action was refused (a number that is not one, an edit the plan refused); empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<String> selectedIndicatorProperty() {
        return selectedIndicator;
    }

    public ReadOnlyStringProperty indicatorTitleProperty() {
        return indicatorTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty indicatorShownProperty() {
        return indicatorShown.getReadOnlyProperty();
    }

    public ObjectProperty<IndicatorDirection> directionProperty() {
        return direction;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public StringProperty baselineYearProperty() {
        return baselineYear;
    }

    public ObservableList<YearEntry> yearEntries() {
        return yearEntriesView;
    }

    public ObservableList<TrendRow> trend() {
        return trendView;
    }

    /** The trend chart of the selected indicator; null when there is none or it has no numbers. */
    public ReadOnlyObjectProperty<IndicatorTrendChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObjectProperty<String> selectedMeasureProperty() {
        return selectedMeasure;
    }

    public ReadOnlyStringProperty measureTitleProperty() {
        return measureTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty measureShownProperty() {
        return measureShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty derivedGradeProperty() {
        return derivedGrade.getReadOnlyProperty();
    }

    /** "" (the derived grade) and the plan's grades, best first. */
    public ObservableList<String> gradeChoices() {
        return gradeChoicesView;
    }

    public StringProperty overrideGradeProperty() {
        return overrideGrade;
    }

    public StringProperty gradeReasonProperty() {
        return gradeReason;
    }

    /** 今後の方向性 as a {@link FutureDirection} name, "" for none. */
    public StringProperty futureDirectionProperty() {
        return futureDirection;
    }

    /** "" and every {@link FutureDirection} name, in the order of the 評価シート. */
    public List<String> futureChoices() {
        List<String> all = new ArrayList<>();
        all.add("");
        for (FutureDirection d : FutureDirection.values()) {
            all.add(d.name());
        }
        return all;
    }

    public StringProperty directionReasonProperty() {
        return directionReason;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyBooleanProperty canReopenProperty() {
        return canReopen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endedTextProperty() {
        return endedText.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public Plan plan() {
        return editor.plan();
    }
}
