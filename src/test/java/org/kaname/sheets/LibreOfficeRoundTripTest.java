package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet opened and saved again by LibreOffice Calc (as a department without Excel would) keeps its validation,
 * protection and control sheet, and collects cleanly; so does an actuals sheet. Skipped where LibreOffice is not
 * installed.
 */
class LibreOfficeRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aSheetResavedByLibreOfficeIsStillValidatedProtectedAndCollectable() throws Exception {
        try (SheetFixture f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE)) {
            Path file = f.sheets.writeSheets(1, dir.resolve("out"), List.of("r1")).get(0);
            SheetFixture.edit(file, wb -> SheetFixture.cell(wb.getSheet("記入"), "G4").setCellValue(2));
            Path resaved = LibreOffice.resave(file, dir);

            try (XSSFWorkbook wb = new XSSFWorkbook(resaved.toFile())) {
                assertThat(wb.getSheet("記入").getProtect()).isTrue();
                assertThat(wb.getSheet("記入").getDataValidations()).hasSize(5);
                int meta = wb.getSheetIndex(SheetLayout.META_SHEET);
                assertThat(meta).isNotNegative();
                assertThat(wb.getSheetVisibility(meta)).isNotEqualTo(SheetVisibility.VISIBLE);
            }
            CollectionReport report = f.sheets.preview(1, List.of(resaved));
            assertThat(report.problems()).isEmpty();
            assertThat(report.files().get(0).accepted()).hasSize(50);
            f.sheets.apply(report, false);
            assertThat(f.scoresOf("r1")).filteredOn(s -> s.measure().equals("S1-1") && s.criterion().equals("speed"))
                    .singleElement().satisfies(s -> assertThat(s.value()).isEqualTo(2.0));
        }
    }

    @Test
    void anActualsSheetResavedByLibreOfficeIsStillValidatedProtectedAndReadable() throws Exception {
        org.kaname.model.Plan plan = org.kaname.ActualsTestPlans.numeric();
        Path file = dir.resolve("actuals.xlsx");
        java.nio.file.Files.write(file, new ActualSheetWriter(plan, 7, Locale.JAPANESE, SheetFixture.NOW, 2026).write());
        SheetFixture.edit(file, wb -> SheetFixture.cell(wb.getSheet("人事課"), "I4").setCellValue(52.5));
        Path resaved = LibreOffice.resave(file, dir);
        try (XSSFWorkbook wb = new XSSFWorkbook(resaved.toFile())) {
            assertThat(wb.getSheet("人事課").getProtect()).isTrue();
            assertThat(wb.getSheet("人事課").getDataValidations()).hasSize(3);
            int meta = wb.getSheetIndex(SheetLayout.META_SHEET);
            assertThat(meta).isNotNegative();
            assertThat(wb.getSheetVisibility(meta)).isNotEqualTo(SheetVisibility.VISIBLE);
        }
        ActualsReport report = new ActualSheetReader(plan, 7, Locale.JAPANESE).read(resaved);
        assertThat(report.problems()).isEmpty();
        assertThat(report.entries()).extracting(e -> e.actual().value()).containsExactly(52.5, 90.0);
    }
}
