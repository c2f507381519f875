package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.ActualsTestPlans;
import org.kaname.edit.SetActuals;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/**
 * The actuals workbook written for a 年度 and read back with POI (sheets by 担当課, protection, locked and unlocked
 * cells, validation, control sheet), filled as a division would and read back; a bad file lists every problem with
 * its sheet and cell and gives nothing to store; a sheet of another plan is refused.
 */
class ActualSheetsTest {
    private static final Instant NOW = Instant.parse("2027-05-10T00:00:00Z");
    private final Plan plan = ActualsTestPlans.numeric();

    @TempDir
    Path dir;

    private Path write(Plan p, long planId, int year) throws Exception {
        Path file = dir.resolve("actuals-" + planId + "-" + year + ".xlsx");
        Files.write(file, new ActualSheetWriter(p, planId, Locale.JAPANESE, NOW, year).write());
        return file;
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static void fill(Path file, Consumer<XSSFWorkbook> edit) throws Exception {
        try (XSSFWorkbook wb = open(file)) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Files.write(file, out.toByteArray());
        }
    }

    private static Cell cell(XSSFWorkbook wb, String sheet, String address) {
        return SheetFixture.cell(wb.getSheet(sheet), address);
    }

    @Test
    void oneProtectedSheetPerDivisionWithTheYearsTargetsAndOnlyTheInputCellsUnlocked() throws Exception {
        try (XSSFWorkbook wb = open(write(plan, 7, 2026))) {
            // G1's KGI goes to 人事課 (B01 人事課 and B02 情報政策課 tie: the first in plan order); B02's indicator is
            // qualitative, so 情報政策課 has no row; B03 has no owner
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("人事課", "担当課未設定", "_kaname");
            assertThat(wb.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(wb.isStructureLocked()).isTrue();
            XSSFSheet hr = wb.getSheet("人事課");
            assertThat(hr.getProtect()).isTrue();
            assertThat(wb.getSheet("担当課未設定").getProtect()).isTrue();
            List<String> headers = new ArrayList<>();
            hr.getRow(2).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("指標ID", "支援策・施策", "指標", "単位", "方向", "現状値",
                    "目標値\n（2026年度（令和8年度））", "最終目標", "実績値", "測定日", "出典・把握方法", "備考");
            assertThat(cell(wb, "人事課", "A4").getStringCellValue()).isEqualTo("G1-KGI-1");
            assertThat(cell(wb, "人事課", "B4").getStringCellValue()).isEqualTo("G1\n支援策①");
            assertThat(cell(wb, "人事課", "D4").getStringCellValue()).isEqualTo("%");
            assertThat(cell(wb, "人事課", "E4").getStringCellValue()).isEqualTo("高いほどよい");
            assertThat(cell(wb, "人事課", "F4").getStringCellValue()).isEqualTo("40\n（2025年度（令和7年度））");
            // no target of its own for 2026: the cell is empty, the final target beside it
            assertThat(cell(wb, "人事課", "G4").getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(cell(wb, "人事課", "H4").getStringCellValue()).isEqualTo("80\n（2030年度（令和12年度））");
            assertThat(cell(wb, "人事課", "A5").getStringCellValue()).isEqualTo("B01-KPI-1");
            assertThat(cell(wb, "人事課", "G5").getNumericCellValue()).isEqualTo(100.0);
            // the stored actual of 2026 is pre-filled
            assertThat(cell(wb, "人事課", "I5").getNumericCellValue()).isEqualTo(90.0);
            assertThat(cell(wb, "担当課未設定", "A4").getStringCellValue()).isEqualTo("B03-KPI-1");
            assertThat(cell(wb, "担当課未設定", "E4").getStringCellValue()).isEqualTo("低いほどよい");
            for (String locked : List.of("A4", "B4", "C4", "F4", "G4", "H4", "A5")) {
                assertThat(cell(wb, "人事課", locked).getCellStyle().getLocked()).as(locked).isTrue();
            }
            for (String input : List.of("I4", "J4", "K4", "L4", "I5", "L5")) {
                assertThat(cell(wb, "人事課", input).getCellStyle().getLocked()).as(input).isFalse();
            }
            assertThat(cell(wb, "人事課", "J4").getCellStyle().getDataFormatString()).isEqualTo("yyyy/m/d");

            List<? extends DataValidation> validations = hr.getDataValidations();
            assertThat(validations).hasSize(3);
            assertThat(validations).extracting(v -> v.getValidationConstraint().getValidationType())
                    .containsExactlyInAnyOrder(DataValidationConstraint.ValidationType.DECIMAL,
                            DataValidationConstraint.ValidationType.DECIMAL,
                            DataValidationConstraint.ValidationType.DATE);
            DataValidation percent = validations.stream().filter(v -> v.getRegions().getCellRangeAddresses()[0]
                    .formatAsString().equals("I4")).findFirst().orElseThrow();
            assertThat(percent.getPromptBoxText()).contains("%");
            assertThat(percent.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            DataValidation date = validations.stream().filter(v -> v.getValidationConstraint().getValidationType()
                    == DataValidationConstraint.ValidationType.DATE).findFirst().orElseThrow();
            assertThat(date.getRegions().getCellRangeAddresses()[0].formatAsString()).isEqualTo("J4:J5");
        }
    }

    @Test
    void aFilledSheetIsReadBackWithEveryActualAndWhereItWasRead() throws Exception {
        Path file = write(plan, 7, 2026);
        fill(file, wb -> {
            cell(wb, "人事課", "I4").setCellValue(52.5);
            cell(wb, "人事課", "J4").setCellValue(LocalDate.of(2027, 4, 30));
            cell(wb, "人事課", "K4").setCellValue("庁内システム集計");
            cell(wb, "人事課", "L4").setCellValue("速報値");
            // typed as text, full-width and with thousands separators and the unit, as pasted from a report
            cell(wb, "人事課", "I5").setCellValue("１，２３４人");
            cell(wb, "人事課", "J5").setCellValue("令和9年4月1日");
            // 担当課未設定 left empty: not reported, nothing to store for it
        });
        ActualsReport report = new ActualSheetReader(plan, 7, Locale.JAPANESE).read(file);
        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.fingerprint()).isEqualTo(PlanFingerprint.ofIndicators(plan));
        assertThat(report.rows()).extracting(ActualsReport.Row::location).containsExactly("人事課!I4", "人事課!I5");
        assertThat(report.entries()).containsExactly(
                SetActuals.Entry.of("G1-KGI-1", new IndicatorActual(2026, 52.5, LocalDate.of(2027, 4, 30),
                        "庁内システム集計", "速報値")),
                SetActuals.Entry.of("B01-KPI-1", new IndicatorActual(2026, 1234, LocalDate.of(2027, 4, 1), "", "")));
    }

    @Test
    void aBadFileListsEveryProblemBySheetAndCellAndGivesNothingToStore() throws Exception {
        Path file = write(plan, 7, 2026);
        fill(file, wb -> {
            cell(wb, "人事課", "I4").setCellValue("たくさん");
            cell(wb, "人事課", "I5").setCellValue(92);
            cell(wb, "人事課", "J5").setCellValue("昨日");
            cell(wb, "担当課未設定", "A4").setCellValue("X-KPI-9");
            cell(wb, "担当課未設定", "I4").setCellValue(7);
        });
        ActualsReport report = new ActualSheetReader(plan, 7, Locale.JAPANESE).read(file);
        assertThat(report.rows()).isEmpty();
        assertThat(report.clean()).isFalse();
        assertThat(report.problems()).extracting(SheetProblem::location)
                .containsExactly("人事課!I4", "人事課!J5", "担当課未設定!A4");
        assertThat(report.problems()).extracting(SheetProblem::file).containsOnly(file);
        assertThat(report.problems().get(0).reason()).contains("数値ではありません", "たくさん");
        assertThat(report.problems().get(1).reason()).contains("日付ではありません", "昨日");
        assertThat(report.problems().get(2).reason()).contains("B03-KPI-1", "X-KPI-9");
    }

    @Test
    void aDateOrNoteWithoutAnActualIsAProblemAtTheActualCell() throws Exception {
        Path file = write(plan, 7, 2026);
        fill(file, wb -> cell(wb, "担当課未設定", "L4").setCellValue("集計中"));
        ActualsReport report = new ActualSheetReader(plan, 7, Locale.JAPANESE).read(file);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("担当課未設定!I4");
            assertThat(p.reason()).contains("実績値が空欄");
        });
    }

    @Test
    void aSheetOfAnotherPlanIsRefusedAndOfACopyReadWithAWarning() throws Exception {
        Path file = write(plan, 7, 2026);
        // the indicators changed: B03's unit is 時間, not 日
        Plan other = plan.withMeasures(plan.measures().stream().map(m -> !m.id().equals("B03") ? m
                : m.withIndicators(m.indicators().stream().map(i -> i.withText(i.kind(), i.name(), i.target(), "時間",
                        i.method(), i.targetYear())).toList())).toList());
        ActualsReport changed = new ActualSheetReader(other, 7, Locale.JAPANESE).read(file);
        assertThat(changed.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("_kaname!B3");
            assertThat(p.reason()).contains("別の計画の実績報告シート");
        });
        // the same indicators in another stored plan with another title
        ActualsReport otherPlan = new ActualSheetReader(plan.withTitle("別の計画"), 8, Locale.JAPANESE).read(file);
        assertThat(otherPlan.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("_kaname!B4");
            assertThat(p.reason()).contains("テスト計画", "別の計画");
        });
        ActualsReport copy = new ActualSheetReader(plan, 8, Locale.JAPANESE).read(file);
        assertThat(copy.problems()).isEmpty();
        assertThat(copy.warnings()).hasSize(1);
        // a score sheet is not an actuals sheet
        ActualsReport notActuals = new ActualSheetReader(plan, 7, Locale.JAPANESE).read(writeScoreSheet());
        assertThat(notActuals.problems()).singleElement().satisfies(p ->
                assertThat(p.reason()).contains("実績報告シートではありません", "kaname-score-sheet"));
    }

    private Path writeScoreSheet() throws Exception {
        Path file = dir.resolve("score.xlsx");
        Files.write(file, new ScoreSheetWriter(plan, 7, Locale.JAPANESE, NOW).write(plan.raters()));
        return file;
    }

    @Test
    void aPlanWithoutNumericIndicatorsHasNothingToWriteAndGroupsGoToTheOwnerOfMostMeasures() {
        Plan qualitative = ActualsTestPlans.numeric();
        qualitative = qualitative.withStructure(qualitative.pillars(), List.of(), qualitative.measures().stream()
                .map(m -> m.withIndicators(List.of())).toList());
        assertThat(new ActualSheetWriter(qualitative, 1, Locale.JAPANESE, NOW, 2026).hasRows()).isFalse();
        List<Measure> three = List.of(Measure.of("a", "G", "a"), Measure.of("b", "G", "b"), Measure.of("c", "G", "c"));
        assertThat(ActualsLayout.groupOwner(List.of(withOwner(three.get(0), "企画課"), withOwner(three.get(1), "人事課"),
                withOwner(three.get(2), "人事課")))).isEqualTo("人事課");
        assertThat(ActualsLayout.groupOwner(List.of(withOwner(three.get(0), "")))).isEmpty();
        assertThat(IndicatorDirection.values()).hasSize(3);
        assertThat(new IndicatorTarget(2026, 1, false).isFinal()).isFalse();
    }

    private static Measure withOwner(Measure m, String owner) {
        return new Measure(m.id(), m.group(), m.title(), "", owner, 0, 0, 1, null, List.of(), List.of(), List.of(),
                List.of(), null);
    }
}
