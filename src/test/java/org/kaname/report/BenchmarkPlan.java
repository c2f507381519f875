package org.kaname.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.kaname.io.PlanJson;

/**
 * Writes the plan used by the report speed benchmark (docs/benchmarks.md, "Report"): {@link TestReports#large} with
 * the given number of measures (default 100) as a kaname-plan file, to be imported with {@code kaname import}.
 * <pre>java -cp test-classes:classes:DEPS org.kaname.report.BenchmarkPlan plan100.json 100</pre>
 */
public final class BenchmarkPlan {
    private BenchmarkPlan() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "plan100.json");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        new PlanJson(Locale.JAPANESE).write(TestReports.large(n), file);
    }
}
