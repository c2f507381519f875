package org.kaname.ui.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import org.kaname.sheets.CollectionReport;

/** The collection dialog's model shows a sheet made for a copy of the plan as a warning, and still allows 「取り込む」. */
class CollectModelWarningTest {
    @TempDir
    Path dir;

    @Test
    void aSheetOfACopyOfThePlanIsAWarningThatStillImports() throws Exception {
        Plan plan;
        try (Services services = Services.open(dir.resolve("data"), Locale.JAPANESE)) {
            plan = services.plans().open(1).plan();
        }
        SheetsWork work = new SheetsWork(Locale.JAPANESE);
        List<Path> files = work.writeSheets(plan, 1, plan.raters().subList(0, 1), dir.resolve("out"),
                SampleReports.NOW, SampleReports.NO_PROGRESS);
        Plan copy = plan.withTitle("複製した計画");

        CollectionReport report = work.preview(copy, 7, files, SampleReports.NOW);
        CollectModel model = new CollectModel(report, Locale.JAPANESE);
        assertThat(model.problems()).isEmpty();
        assertThat(model.canImportAll()).isTrue();
        assertThat(model.warning()).contains(files.get(0).getFileName().toString(), "（ID 1）",
                "「複製した計画」（ID 7）");

        CollectModel same = new CollectModel(work.preview(plan, 1, files, SampleReports.NOW), Locale.JAPANESE);
        assertThat(same.warning()).isEmpty();
    }
}
