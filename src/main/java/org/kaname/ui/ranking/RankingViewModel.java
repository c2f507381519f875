package org.kaname.ui.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.kaname.engine.Aggregation;
import org.kaname.engine.ModelKind;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.engine.RankingService;
import org.kaname.engine.ScoreTable;
import org.kaname.engine.Summary;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.model.Tier;
import org.kaname.service.PlanEditor;
import org.kaname.ui.EngineMessages;
import org.kaname.ui.Freshness;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.TaskExecutor;

/**
 * State of the Ranking screen, testable without a screen: the ranking of the open plan under the chosen model
 * (weighted sum, or TOPSIS for comparison) and weights (the plan's own or a named scenario), its rows, the group and
 * pillar summaries and the radar comparison of the selected measures. It recomputes on every plan change (edits,
 * undo, redo) and on a change of model or weights, always on the task executor, never on the FX thread: until the
 * new ranking arrives the old one stays (rows, summaries, criteria, radar), the busy flag is up, and a newer
 * computation cancels the older one, whose late result is dropped.
 */
public final class RankingViewModel {
    /** The radar compares the top measures when none is selected; more than this many polygons are unreadable. */
    static final int RADAR_DEFAULT = 3;
    static final int RADAR_MAX = 6;

    private final PlanEditor editor;
    private final RankingService service;
    private final TaskExecutor executor;
    private final ScreenContext.StatusSink status;
    private final Messages messages;
    private final PlanEditor.Listener listener = p -> freshness().invalidate();
    private final Freshness freshness;

    private final ObjectProperty<ModelKind> model = new SimpleObjectProperty<>(this, "model", ModelKind.WEIGHTED_SUM);
    /** The scenario's name, or null for the plan's own weights. */
    private final ObjectProperty<String> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObservableList<String> scenarioNames = FXCollections.observableArrayList();
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<String> tierNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Ranking> ranking = new ReadOnlyObjectWrapper<>(this, "ranking");
    private final ObservableList<RankRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> summaries = FXCollections.observableArrayList();
    private final ObservableList<String> selectedMeasureIds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RadarData> radar = new ReadOnlyObjectWrapper<>(this, "radar", RadarData.EMPTY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper weightsLine = new ReadOnlyStringWrapper(this, "weightsLine", "");

    private Plan plan;
    private Map<String, double[]> normalised = Map.of();
    private long generation;
    private TaskExecutor.Handle running;

    /**
     * The ranking of {@code context}'s plan, worded with {@code messages} (the ranking bundle). While the context's
     * screen is not shown, a change of the plan is ranked only when it is shown again.
     */
    public RankingViewModel(ScreenContext context, Messages messages) {
        this.editor = context.editor();
        this.service = context.ranking();
        this.executor = context.executor();
        this.status = context.status();
        this.messages = messages;
        model.addListener((o, a, b) -> recompute(editor.plan()));
        scenario.addListener((o, a, b) -> recompute(editor.plan()));
        selectedMeasureIds.addListener((ListChangeListener<String>) c -> updateRadar());
        editor.addListener(listener);
        freshness = new Freshness(context.shown(), () -> recompute(editor.plan()), false);
    }

    private Freshness freshness() {
        return freshness;
    }

    /** Stops following the editor and cancels a running computation (a late result is dropped). */
    public void dispose() {
        editor.removeListener(listener);
        freshness.dispose();
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
    }

    public ObjectProperty<ModelKind> modelProperty() {
        return model;
    }

    /** The chosen scenario's name; null means the plan's own weights. */
    public ObjectProperty<String> scenarioProperty() {
        return scenario;
    }

    /** The plan's named scenarios (the chooser adds "the plan's own weights" before them). */
    public ObservableList<String> scenarioNames() {
        return scenarioNames;
    }

    /** The plan's criteria (the contribution chart's series and the radar's axes). */
    public ObservableList<Criterion> criteria() {
        return criteria;
    }

    /** The plan's tier names from the highest, then 未評価: the summary's count columns. */
    public ObservableList<String> tierNames() {
        return tierNames;
    }

    public ReadOnlyObjectProperty<Ranking> rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    /** Ranked measures by rank, then unscored ones (未評価). */
    public ObservableList<RankRow> rows() {
        return rows;
    }

    /** Pillars, each followed by its support measures. */
    public ObservableList<SummaryRow> summaries() {
        return summaries;
    }

    /** Measures selected in the table: the radar compares them. */
    public ObservableList<String> selectedMeasureIds() {
        return selectedMeasureIds;
    }

    public ReadOnlyObjectProperty<RadarData> radarProperty() {
        return radar.getReadOnlyProperty();
    }

    /** True while the plan is being ranked in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The weights of the ranking shown, per criterion in percent (「使用中の重み：…」); empty before the first. */
    public ReadOnlyStringProperty weightsLineProperty() {
        return weightsLine.getReadOnlyProperty();
    }

    /** What one computation produces, so a background result can be shown in one step. */
    private record Result(Plan plan, Ranking ranking, List<Summary> groups, List<Summary> pillars,
                          Optional<Summary> outsideGroups, Optional<Summary> outsidePillars,
                          Map<String, double[]> normalised) {
    }

    private void recompute(Plan next) {
        List<String> names = next.scenarios().stream().map(Scenario::name).toList();
        if (!scenarioNames.equals(names)) {
            scenarioNames.setAll(names);
        }
        if (scenario.get() != null && !names.contains(scenario.get())) {
            // The scenario was removed or renamed elsewhere: fall back to the plan's own weights (this recomputes).
            scenario.set(null);
            return;
        }
        Optional<String> chosenScenario = Optional.ofNullable(scenario.get());
        ModelKind chosenModel = model.get();
        long thisRun = ++generation;
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(true);
        TaskExecutor.Handle handle = executor.submit(progress -> compute(next, chosenScenario, chosenModel), result -> {
            if (thisRun == generation) {
                running = null;
                busy.set(false);
                show(result);
            }
        }, error -> {
            if (thisRun == generation) {
                running = null;
                busy.set(false);
                failed(error);
            }
        });
        // A synchronous executor has already delivered (and cleared) by now; keep the handle only while it runs.
        if (thisRun == generation && busy.get()) {
            running = handle;
        }
    }

    private Result compute(Plan p, Optional<String> chosenScenario, ModelKind chosenModel) {
        Ranking r = service.rank(p, chosenScenario, chosenModel, Aggregation.MEAN);
        ScoreTable table = ScoreTable.of(p);
        Map<String, double[]> values = new HashMap<>();
        for (int m = 0; m < table.measureCount(); m++) {
            double[] v = new double[table.criterionCount()];
            for (int c = 0; c < v.length; c++) {
                double s = table.aggregate(m, c, Aggregation.MEAN);
                v[c] = Double.isNaN(s) ? Double.NaN : ScoreTable.normalise(table.criteria().get(c), s);
            }
            values.put(table.measures().get(m).id(), v);
        }
        return new Result(p, r, service.groupSummaries(p, r), service.pillarSummaries(p, r),
                service.outsideGroups(p, r), service.outsidePillars(p, r), values);
    }

    private void failed(Throwable e) {
        status.show(messages.get("ranking.failed", EngineMessages.of(e, messages.locale())));
    }

    private void show(Result result) {
        plan = result.plan();
        normalised = result.normalised();
        Ranking r = result.ranking();
        if (!criteria.equals(plan.criteria())) {
            criteria.setAll(plan.criteria());
        }
        List<String> tiers = new ArrayList<>();
        r.tiers().forEach(t -> tiers.add(t.name()));
        tiers.add(Tier.UNSCORED);
        if (!tierNames.equals(tiers)) {
            tierNames.setAll(tiers);
        }
        List<RankRow> newRows = new ArrayList<>();
        for (RankedMeasure m : r.measures()) {
            String group = m.groupId() == null ? (plan.groups().isEmpty() ? "" : messages.get("summary.noGroup"))
                    : plan.group(m.groupId()).map(MeasureGroup::title).orElse(m.groupId());
            newRows.add(new RankRow(m.measureId(), m.rank(), m.title(), group, m.score(), m.tier(), tierText(m.tier()),
                    TierLevel.of(m.tier(), r.tiers()), m.contributionByCriterion()));
        }
        List<SummaryRow> newSummaries = new ArrayList<>();
        for (Summary pillar : result.pillars()) {
            newSummaries.add(row(SummaryRow.Kind.PILLAR, pillar, r));
            plan.groups().stream().filter(g -> pillar.id().equals(g.pillar())).forEach(g ->
                    result.groups().stream().filter(s -> s.id().equals(g.id())).findFirst()
                            .ifPresent(s -> newSummaries.add(row(SummaryRow.Kind.GROUP, s, r))));
        }
        // Support measures without a pillar still belong in the summary: under 柱なし, last, when there are pillars.
        result.outsidePillars().ifPresent(s -> newSummaries.add(row(SummaryRow.Kind.PILLAR,
                named(s, messages.get("summary.noPillar")), r)));
        for (Summary group : result.groups()) {
            if (newSummaries.stream().noneMatch(s -> s.kind() == SummaryRow.Kind.GROUP && s.id().equals(group.id()))) {
                newSummaries.add(row(SummaryRow.Kind.GROUP, group, r));
            }
        }
        // Measures in no support measure are counted too (支援策なし), unless the plan has no support measures at all.
        if (!result.groups().isEmpty()) {
            result.outsideGroups().ifPresent(s -> newSummaries.add(row(SummaryRow.Kind.GROUP,
                    named(s, messages.get("summary.noGroup")), r)));
        }
        weightsLine.set(messages.get("weights.line", weightsText(plan, r)));
        ranking.set(r);
        rows.setAll(newRows);
        summaries.setAll(newSummaries);
        selectedMeasureIds.removeIf(id -> plan.measure(id).isEmpty());
        updateRadar();
    }

    /**
     * The text shown for the engine's tier name {@code tier}: the plan's own tier names as the planner wrote them,
     * the engine's 未評価 in the UI language (the CSV export keeps 未評価, a documented value), a dash for none.
     */
    public String tierText(String tier) {
        return TierLevel.isUnscored(tier) ? messages.get("tier.unscored") : TierLevel.label(tier);
    }

    /** 「即効性・波及効果 20.0%　実現可能性 20.0%…」: each criterion's weight in the ranking, one decimal. */
    private static String weightsText(Plan p, Ranking r) {
        StringBuilder sb = new StringBuilder();
        for (Criterion c : p.criteria()) {
            if (sb.length() > 0) {
                sb.append('　');
            }
            sb.append(c.name()).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f%%", 100 * r.weights().getOrDefault(c.id(), 0.0)));
        }
        return sb.toString();
    }

    /** The summary of the measures outside (empty id) under the label the screen gives it. */
    private static Summary named(Summary s, String name) {
        return new Summary(s.id(), name, s.meanScore(), s.tier(), s.measureCount(), s.countByTier());
    }

    private SummaryRow row(SummaryRow.Kind kind, Summary s, Ranking r) {
        return new SummaryRow(kind, s.id(), s.name(), s.meanScore(), s.tier(), tierText(s.tier()), TierLevel.of(s.tier(), r.tiers()),
                s.measureCount(), s.countByTier());
    }

    private void updateRadar() {
        if (plan == null) {
            radar.set(RadarData.EMPTY);
            return;
        }
        List<String> ids = new ArrayList<>(selectedMeasureIds);
        boolean byDefault = ids.isEmpty();
        if (byDefault) {
            rows.stream().filter(row -> row.score().isPresent()).limit(RADAR_DEFAULT)
                    .forEach(row -> ids.add(row.measureId()));
        }
        List<RadarData.Series> series = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(ids.size(), RADAR_MAX))) {
            double[] values = normalised.get(id);
            plan.measure(id).ifPresent(m -> series.add(new RadarData.Series(id,
                    messages.get("radar.seriesLabel", rankOf(id), m.title()),
                    values == null ? new double[0] : values.clone())));
        }
        List<String> axes = plan.criteria().stream().map(Criterion::name).toList();
        radar.set(new RadarData(axes, series, byDefault));
    }

    private String rankOf(String measureId) {
        return rows.stream().filter(r -> r.measureId().equals(measureId)).findFirst().map(RankRow::rankText)
                .orElse("—");
    }
}
