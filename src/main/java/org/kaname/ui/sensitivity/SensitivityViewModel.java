package org.kaname.ui.sensitivity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.chart.RankRangeChart;
import org.kaname.chart.TierProbabilityChart;
import org.kaname.engine.Aggregation;
import org.kaname.engine.EngineException;
import org.kaname.engine.ModelKind;
import org.kaname.engine.MonteCarloMonitor;
import org.kaname.engine.MonteCarloOptions;
import org.kaname.engine.MonteCarloResult;
import org.kaname.engine.OneWaySensitivity;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.ui.EngineMessages;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.TaskExecutor;

/**
 * The sensitivity screen's state. The Monte Carlo run goes through the task executor with progress and cancel;
 * its result is kept until the next run and marked stale when the plan changes. The one-way intervals are exact and
 * cheap, so they are recomputed on every plan change.
 */
public final class SensitivityViewModel {
    /** Where a Monte Carlo run stands. */
    public enum RunState { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private final ScreenContext context;
    private final Messages m;
    private final SensitivityTexts texts;
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", MonteCarloOptions.DEFAULT_SAMPLES);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", MonteCarloOptions.DEFAULT_SEED);
    private final DoubleProperty spreadPercent = new SimpleDoubleProperty(this, "spreadPercent",
            MonteCarloOptions.DEFAULT_SPREAD * 100);
    private final StringProperty scenario = new SimpleStringProperty(this, "scenario", "");
    private final ObservableList<String> scenarios = FXCollections.observableArrayList();
    private final ObservableList<String> scenariosView = FXCollections.unmodifiableObservableList(scenarios);
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyObjectWrapper<Optional<MonteCarloResult>> result =
            new ReadOnlyObjectWrapper<>(this, "result", Optional.empty());
    private final ObservableList<OutcomeRow> outcomes = FXCollections.observableArrayList();
    private final ObservableList<OutcomeRow> outcomesView = FXCollections.unmodifiableObservableList(outcomes);
    private final ReadOnlyObjectWrapper<TierProbabilityChart> tierChart =
            new ReadOnlyObjectWrapper<>(this, "tierChart");
    private final ReadOnlyObjectWrapper<RankRangeChart> rankChart = new ReadOnlyObjectWrapper<>(this, "rankChart");
    private final ObservableList<String> readings = FXCollections.observableArrayList();
    private final ObservableList<String> readingsView = FXCollections.unmodifiableObservableList(readings);
    private final ObservableList<OneWayRow> oneWay = FXCollections.observableArrayList();
    private final ObservableList<OneWayRow> oneWayView = FXCollections.unmodifiableObservableList(oneWay);
    private final ReadOnlyStringWrapper oneWaySummary = new ReadOnlyStringWrapper(this, "oneWaySummary", "");
    private final BooleanBinding running = Bindings.createBooleanBinding(() -> state.get() == RunState.RUNNING, state);
    private AtomicBoolean cancelRequested = new AtomicBoolean();
    private TaskExecutor.Handle handle;
    private int generation;

    public SensitivityViewModel(ScreenContext context, Messages messages) {
        this.context = context;
        this.m = messages;
        this.texts = new SensitivityTexts(messages);
        if (context.shown().get()) {
            // Not shown (the workspace builds every screen): the screen refreshes it when it is first shown.
            refresh(context.editor().plan());
        }
        stale.set(false);
    }

    /** Re-reads the plan (call on every plan change): one-way intervals now, Monte Carlo results marked stale. */
    public void refresh(Plan plan) {
        List<String> names = plan.scenarios().stream().map(Scenario::name).toList();
        if (!scenarios.equals(names)) {
            scenarios.setAll(names);
        }
        if (!scenario.get().isEmpty() && !names.contains(scenario.get())) {
            scenario.set("");
        }
        if (result.get().isPresent()) {
            stale.set(true);
        }
        computeOneWay(plan);
    }

    private void computeOneWay(Plan plan) {
        if (plan.criteria().isEmpty()) {
            oneWay.clear();
            oneWaySummary.set(m.get("oneWay.noCriteria"));
            return;
        }
        try {
            OneWaySensitivity.Result r = context.ranking().oneWay(plan, scenarioChoice());
            oneWay.setAll(texts.oneWayRows(plan, r));
            oneWaySummary.set(texts.oneWaySummary(plan, r));
        } catch (EngineException e) {
            oneWay.clear();
            oneWaySummary.set(EngineMessages.of(e, m.locale()));
        }
    }

    private Optional<String> scenarioChoice() {
        return scenario.get() == null || scenario.get().isEmpty() ? Optional.empty() : Optional.of(scenario.get());
    }

    /** Starts a Monte Carlo run with the current settings (ignored while one runs). */
    public void run() {
        if (state.get() == RunState.RUNNING) {
            return;
        }
        MonteCarloOptions options;
        try {
            options = MonteCarloOptions.defaults().withSamples(samples.get()).withSeed(seed.get())
                    .withSpread(spreadPercent.get() / 100);
        } catch (EngineException e) {
            fail(EngineMessages.of(e, m.locale()));
            return;
        }
        Plan plan = context.editor().plan();
        Optional<String> chosen = scenarioChoice();
        int run = ++generation;
        Thread owner = Thread.currentThread();
        boolean ownerIsFx = Platform.isFxApplicationThread();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequested = cancelled;
        state.set(RunState.RUNNING);
        progress.set(0);
        message.set(m.get("run.running", samples.get()));
        handle = context.executor().submit(p -> {
            Ranking base = context.ranking().rank(plan, chosen, ModelKind.WEIGHTED_SUM, Aggregation.MEAN);
            MonteCarloResult r = context.ranking().monteCarlo(plan, chosen, options, new MonteCarloMonitor() {
                @Override
                public void progress(int done, int total) {
                    p.update((double) done / total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get() || p.isCancelled();
                }
            });
            return new Run(r, baseTiers(base));
        }, done -> finished(run, done), error -> failed(run, error),
                fraction -> onOwner(owner, ownerIsFx, () -> {
                    if (run == generation && state.get() == RunState.RUNNING) {
                        progress.set(fraction);
                    }
                }));
    }

    /** Asks the running Monte Carlo to stop; it ends soon after, with no result. */
    public void cancel() {
        if (state.get() != RunState.RUNNING) {
            return;
        }
        cancelRequested.set(true);
        if (handle != null) {
            handle.cancel();
        }
    }

    private record Run(MonteCarloResult result, Map<String, String> baseTiers) {
    }

    private static Map<String, String> baseTiers(Ranking ranking) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RankedMeasure rm : ranking.measures()) {
            out.put(rm.measureId(), rm.tier());
        }
        return out;
    }

    private void finished(int run, Run done) {
        if (run != generation) {
            return;
        }
        handle = null;
        if (cancelRequested.get()) {
            // Cancelled after the last sample: the user asked to stop, so the result is not shown.
            cancelled();
            return;
        }
        List<OutcomeRow> rows = SensitivityTexts.rows(done.result(), done.baseTiers());
        outcomes.setAll(rows);
        tierChart.set(SensitivityCharts.tierChart(done.result().tierNames(), rows, m));
        rankChart.set(SensitivityCharts.rankChart(rows, m));
        readings.setAll(texts.readings(done.result(), rows));
        result.set(Optional.of(done.result()));
        stale.set(false);
        progress.set(1);
        state.set(RunState.DONE);
        message.set(m.get("run.done", done.result().options().samples()));
    }

    private void failed(int run, Throwable error) {
        if (run != generation) {
            return;
        }
        handle = null;
        if (error instanceof CancellationException || cancelRequested.get()) {
            cancelled();
        } else if (error instanceof EngineException e) {
            fail(EngineMessages.of(e, m.locale()));
        } else {
            fail(m.get("run.failed", String.valueOf(error.getMessage())));
            context.dialogs().showError(m.get("run.failedTitle"), String.valueOf(error));
        }
    }

    private void cancelled() {
        state.set(RunState.CANCELLED);
        progress.set(0);
        message.set(m.get("run.cancelled"));
        context.status().show(m.get("run.cancelled"));
    }

    private void fail(String why) {
        state.set(RunState.FAILED);
        progress.set(0);
        message.set(why);
        context.status().show(why);
    }

    /**
     * Applies a progress update on the thread that started the run. The executor delivers results on that thread
     * already, but progress comes from the engine's worker threads: handed to the FX thread when the run was
     * started there, dropped otherwise (a synchronous run off the FX thread, as in unit tests, shows no progress).
     */
    private static void onOwner(Thread owner, boolean ownerIsFx, Runnable r) {
        if (Thread.currentThread() == owner) {
            r.run();
        } else if (ownerIsFx) {
            Platform.runLater(r);
        }
    }

    public IntegerProperty samplesProperty() {
        return samples;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Each weight is multiplied by a factor within ± this many percent. */
    public DoubleProperty spreadPercentProperty() {
        return spreadPercent;
    }

    /** The scenario whose weights are varied; empty for the plan's own weights. Changing it recomputes one-way. */
    public StringProperty scenarioProperty() {
        return scenario;
    }

    /** Call after the scenario choice changed. */
    public void scenarioChosen() {
        computeOneWay(context.editor().plan());
        if (result.get().isPresent()) {
            stale.set(true);
        }
    }

    public ObservableList<String> scenarios() {
        return scenariosView;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanBinding runningBinding() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the run is doing or why it stopped, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the plan changed after the shown result was computed. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<MonteCarloResult>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<OutcomeRow> outcomes() {
        return outcomesView;
    }

    /** The tier probabilities of the last run as the report's chart draws them (null before a run). */
    public ReadOnlyObjectProperty<TierProbabilityChart> tierChartProperty() {
        return tierChart.getReadOnlyProperty();
    }

    /** The rank ranges of the last run as the report's chart draws them (null before a run). */
    public ReadOnlyObjectProperty<RankRangeChart> rankChartProperty() {
        return rankChart.getReadOnlyProperty();
    }

    public ObservableList<String> readings() {
        return readingsView;
    }

    public ObservableList<OneWayRow> oneWay() {
        return oneWayView;
    }

    public ReadOnlyStringProperty oneWaySummaryProperty() {
        return oneWaySummary.getReadOnlyProperty();
    }

    /** The tier name as shown (「該当なし」 for samples below every tier). */
    public String tierName(TierShare share) {
        return texts.tierName(share);
    }
}
