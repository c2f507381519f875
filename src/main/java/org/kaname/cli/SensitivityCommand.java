package org.kaname.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kaname.engine.MeasureOutcome;
import org.kaname.engine.MonteCarloMonitor;
import org.kaname.engine.MonteCarloOptions;
import org.kaname.engine.MonteCarloResult;
import org.kaname.engine.OneWaySensitivity;
import org.kaname.engine.WeightInterval;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sensitivity ID [--samples N] [--seed S] [--spread X] [--format table|csv]}: Monte Carlo over weights and
 * raters' values. CSV is {@code id,title,mean_rank,rank_p5,rank_p95} then {@code p:<tier>} per tier of the plan;
 * unscored measures come last with empty fields. The table adds the one-way weight intervals.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "How robust the ranking is: Monte Carlo ranks and tier probabilities per measure.")
public final class SensitivityCommand extends EngineCommand {
    enum Format { table, csv }

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "Number of samples (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + MonteCarloOptions.DEFAULT_SEED,
            description = "Random seed; the same seed gives the same output (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--spread", paramLabel = "X", defaultValue = "0.2",
            description = "Each weight is multiplied by a factor drawn from [1-X, 1+X] (default: ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected void run(Services services) {
        Plan plan = plan(services);
        MonteCarloResult result = engine(() -> ranking.monteCarlo(plan, Optional.empty(),
                MonteCarloOptions.defaults().withSamples(samples).withSeed(seed).withSpread(spread),
                MonteCarloMonitor.NONE));
        List<List<String>> rows = rows(plan, result);
        if (format == Format.csv) {
            printCsv(rows);
            return;
        }
        boolean[] right = new boolean[rows.get(0).size()];
        for (int i = 2; i < right.length; i++) {
            right[i] = true;
        }
        TextTable t = new TextTable(rows.get(0), right);
        rows.subList(1, rows.size()).forEach(t::row);
        List<String> lines = new ArrayList<>();
        lines.add("samples: " + samples + "  seed: " + seed + "  spread: " + spread);
        lines.addAll(t.lines());
        lines.add("");
        lines.addAll(oneWay(engine(() -> ranking.oneWay(plan, Optional.empty()))));
        printLines(lines);
    }

    static List<List<String>> rows(Plan plan, MonteCarloResult result) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("id", "title", "mean_rank", "rank_p5", "rank_p95"));
        result.tierNames().forEach(t -> header.add("p:" + t));
        rows.add(header);
        for (MeasureOutcome o : result.outcomes()) {
            List<String> row = new ArrayList<>(List.of(o.measureId(), o.title(), fixed(o.meanRank(), 2),
                    String.valueOf(o.rankP5()), String.valueOf(o.rankP95())));
            result.tierNames().forEach(t -> row.add(fixed(o.tierProbabilities().get(t), 4)));
            rows.add(row);
        }
        for (String id : result.unscored()) {
            List<String> row = new ArrayList<>(List.of(id, plan.measure(id).map(m -> m.title()).orElse("")));
            while (row.size() < header.size()) {
                row.add("");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> oneWay(OneWaySensitivity.Result r) {
        List<String> lines = new ArrayList<>();
        lines.add("one-way: weight range keeping first = " + (r.firstMeasureId().isEmpty() ? "-" : r.firstMeasureId())
                + " and top tier = {" + String.join(", ", r.topTier()) + "}");
        TextTable t = new TextTable(List.of("criterion", "weight", "low", "high", "below low", "above high"),
                false, true, true, true, false, false);
        for (WeightInterval i : r.intervals()) {
            t.row(List.of(i.criterionId(), fixed(i.weight(), 4), fixed(i.low(), 4), fixed(i.high(), 4),
                    changes(i.atLow()), changes(i.atHigh())));
        }
        lines.addAll(t.lines());
        return lines;
    }

    private static String changes(List<WeightInterval.Change> changes) {
        if (changes.isEmpty()) {
            return "-";
        }
        return changes.stream().map(c -> switch (c.kind()) {
            case BECOMES_FIRST -> c.measureId() + " becomes first";
            case ENTERS_TOP_TIER -> c.measureId() + " enters top tier";
            case LEAVES_TOP_TIER -> c.measureId() + " leaves top tier";
        }).collect(Collectors.joining("; "));
    }
}
