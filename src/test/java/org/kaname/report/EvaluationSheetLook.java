package org.kaname.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Writes evaluation sheets to look at: run with {@code -Dkaname.look=DIR}; skipped otherwise. */
class EvaluationSheetLook {
    @Test
    void write() throws Exception {
        String dir = System.getProperty("kaname.look");
        Assumptions.assumeTrue(dir != null);
        Path out = Path.of(dir);
        Files.createDirectories(out);
        EvaluationSheetService s = new EvaluationSheetService();
        s.writeFile(EvaluationPlans.sampleWithActuals(), TestReports.LAST_CHANGE, 2026, List.of(),
                TestReports.options(), out.resolve("sample-ja.pdf"));
        s.writeFile(EvaluationPlans.sampleWithActuals(), TestReports.LAST_CHANGE, 2026, List.of(),
                TestReports.options().withLanguage(ReportLanguage.EN), out.resolve("sample-en.pdf"));
        Files.write(out.resolve("report-ja.pdf"), TestReports.write(EvaluationPlans.sampleWithActuals(),
                TestReports.options()).pdf());
        if (Boolean.getBoolean("kaname.look.large")) {
            var plan = EvaluationPlans.large(2000);
            long t0 = System.nanoTime();
            ReportResult r = s.writeFile(plan, TestReports.LAST_CHANGE, 2026, List.of(), TestReports.options(),
                    out.resolve("large.pdf"));
            System.out.println("large: " + r.pageCount() + " pages in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }
}
