package org.kaname.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaname.engine.AhpResult;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code weights ID [--format table|csv]}: the plan's criterion weights, normalised, derived by its weighting method.
 * CSV is {@code criterion,weight} with 6 decimals; for AHP a last line {@code CR,<value>} (empty beyond 10 criteria).
 * An AHP consistency ratio above 0.10 is also reported on stderr.
 */
@Command(name = "weights", mixinStandardHelpOptions = true,
        description = "Show the plan's normalised criterion weights (and the AHP consistency ratio).")
public final class WeightsCommand extends EngineCommand {
    enum Format { table, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected void run(Services services) {
        Plan plan = plan(services);
        Map<String, Double> weights = engine(() -> ranking.weights(plan, Optional.empty()));
        Optional<AhpResult> ahp = engine(() -> ranking.ahp(plan));
        if (format == Format.csv) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("criterion", "weight"));
            weights.forEach((id, w) -> rows.add(List.of(id, fixed(w, 6))));
            ahp.ifPresent(a -> rows.add(List.of("CR", a.consistencyRatio().isPresent()
                    ? fixed(a.consistencyRatio().getAsDouble(), 6) : "")));
            printCsv(rows);
        } else {
            printLines(table(plan, weights, ahp));
        }
        ahp.filter(AhpResult::isInconsistent).ifPresent(a -> {
            spec.commandLine().getErr().println("kaname: " + warning(a));
            spec.commandLine().getErr().flush();
        });
    }

    private static List<String> table(Plan plan, Map<String, Double> weights, Optional<AhpResult> ahp) {
        TextTable t = new TextTable(List.of("criterion", "name", "weight"), false, false, true);
        for (Criterion c : plan.criteria()) {
            t.row(List.of(c.id(), c.name(), fixed(weights.get(c.id()), 6)));
        }
        List<String> lines = new ArrayList<>();
        lines.add("method: " + plan.weighting().method().code());
        lines.addAll(t.lines());
        ahp.ifPresent(a -> {
            lines.add("");
            lines.add("lambda_max: " + fixed(a.lambdaMax(), 6));
            lines.add("CI: " + fixed(a.consistencyIndex(), 6));
            lines.add("CR: " + (a.consistencyRatio().isPresent() ? fixed(a.consistencyRatio().getAsDouble(), 6)
                    : "(not defined for more than 10 criteria)"));
            a.mostInconsistent().ifPresent(i -> lines.add("most inconsistent judgment: " + i.judgment().a() + " vs "
                    + i.judgment().b() + " = " + fixed(i.judgment().value(), 3) + " (the weights imply "
                    + fixed(i.impliedValue(), 3) + ")"));
        });
        return lines;
    }

    private static String warning(AhpResult a) {
        String worst = a.mostInconsistent().map(i -> "; revisit '" + i.judgment().a() + "' vs '" + i.judgment().b()
                + "' first").orElse("");
        return "AHP consistency ratio " + fixed(a.consistencyRatio().getAsDouble(), 3)
                + " is above 0.10: the judgments contradict each other" + worst + ".";
    }
}
