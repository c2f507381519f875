package org.kaname.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaname.engine.ModelKind;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.engine.Summary;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rank ID [--format table|csv|json] [--scenario NAME] [--model weighted-sum|topsis]}: the ranking every
 * output follows. CSV is exactly {@code rank,id,title,score,tier}, score with 2 decimals, unscored measures last
 * with empty rank and score and the tier 未評価.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Rank a plan's measures: rank, id, title, score (0-100), tier.")
public final class RankCommand extends EngineCommand {
    enum Format { table, csv, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Rank with a scenario's weights.")
    String scenario;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "weighted-sum",
            description = "weighted-sum (default) or topsis.")
    String model;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Write the CSV to FILE instead (UTF-8 with BOM, for Excel on Japanese Windows).")
    java.nio.file.Path out;

    @Override
    protected void run(Services services) throws Exception {
        Plan plan = plan(services);
        Ranking r = engine(() -> ranking.rank(plan, Optional.ofNullable(scenario), ModelKind.fromCode(model),
                org.kaname.engine.Aggregation.MEAN));
        if (out != null) {
            writeCsvFile(out, csvRows(r));
            return;
        }
        switch (format) {
            case csv -> printCsv(csvRows(r));
            case json -> printLines(List.of(json(plan, r)));
            default -> printLines(table(plan, r));
        }
    }

    static List<List<String>> csvRows(Ranking r) {
        return org.kaname.io.CsvRanking.rows(r);
    }

    private List<String> table(Plan plan, Ranking r) {
        List<List<String>> rows = csvRows(r);
        TextTable measures = new TextTable(rows.get(0), true, false, false, true, false);
        rows.subList(1, rows.size()).forEach(measures::row);
        List<String> lines = new ArrayList<>(measures.lines());
        List<Summary> groups = ranking.groupSummaries(plan, r);
        if (!groups.isEmpty()) {
            lines.add("");
            TextTable summary = new TextTable(List.of("group", "title", "mean", "tier", "measures"),
                    false, false, true, false, true);
            List<Summary> all = new ArrayList<>(groups);
            // The measures in no support measure, last, so every measure is counted in the summary.
            ranking.outsideGroups(plan, r).ifPresent(all::add);
            for (Summary g : all) {
                summary.row(List.of(g.id(), g.id().isEmpty() ? messages().get("rank.outsideGroups") : g.name(),
                        g.meanScore().isPresent() ? fixed(g.meanScore().getAsDouble(), 2) : "", g.tier(),
                        String.valueOf(g.measureCount())));
            }
            lines.addAll(summary.lines());
        }
        return lines;
    }

    private String json(Plan plan, Ranking r) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", planId);
        root.put("model", r.model().code());
        root.put("scenario", r.scenario().isEmpty() ? null : r.scenario());
        root.put("weights", r.weights());
        List<Map<String, Object>> measures = new ArrayList<>();
        for (RankedMeasure m : r.measures()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("rank", m.rank().isPresent() ? m.rank().getAsInt() : null);
            o.put("id", m.measureId());
            o.put("title", m.title());
            o.put("group", m.groupId());
            o.put("score", m.score().isPresent() ? round(m.score().getAsDouble(), 2) : null);
            o.put("tier", m.tier());
            Map<String, Object> parts = new LinkedHashMap<>();
            m.contributionByCriterion().forEach((c, v) -> parts.put(c, round(v, 4)));
            o.put("contributions", parts);
            measures.add(o);
        }
        root.put("measures", measures);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Summary g : ranking.groupSummaries(plan, r)) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", g.id());
            o.put("title", g.name());
            o.put("meanScore", g.meanScore().isPresent() ? round(g.meanScore().getAsDouble(), 2) : null);
            o.put("tier", g.tier());
            o.put("countByTier", g.countByTier());
            groups.add(o);
        }
        root.put("groups", groups);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static BigDecimal round(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP);
    }
}
