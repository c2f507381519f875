package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.RankingService;
import org.kaname.io.CsvReader;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;

class ExportServiceTest {
    @TempDir
    Path dir;
    final Plan sample = SamplePlan.load(new PlanJson(Locale.JAPANESE));
    final ExportService exports = new ExportService(new RankingService());

    @Test
    void rankingCsvHasABomTheContractHeaderAndTheRankOrder() throws Exception {
        Path file = dir.resolve("rank.csv");
        exports.export(sample, ExportService.Kind.RANKING_CSV, file, Locale.JAPANESE);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = CsvReader.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("rank", "id", "title", "score", "tier");
        assertThat(rows.get(1)).containsExactly("1", "S1-1", "特別区合同デジタル人材戦略の策定と実行", "80.00", "高");
        assertThat(rows).hasSize(1 + sample.measures().size());
    }

    @Test
    void roadmapCsvStartsWithTheContractColumns() throws Exception {
        Path file = dir.resolve("roadmap.csv");
        exports.export(sample, ExportService.Kind.ROADMAP_CSV, file, Locale.JAPANESE);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = CsvReader.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0).subList(0, 5)).containsExactly("id", "title", "start", "end", "status");
        assertThat(rows.get(1).subList(0, 5)).containsExactly("S1-1", "特別区合同デジタル人材戦略の策定と実行", "2026",
                "2027", "scheduled");
    }

    @Test
    void theWorkbookHasRankingRoadmapAndBudgetSheets() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        exports.export(sample, ExportService.Kind.WORKBOOK, file, Locale.JAPANESE);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("ランキング");
            assertThat(wb.getSheet("ロードマップ")).isNotNull();
            assertThat(wb.getSheet("年度別予算")).isNotNull();
        }
    }
}
