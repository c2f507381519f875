package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet opened and saved again by LibreOffice Calc (as a department without Excel would) keeps its validation,
 * protection and control sheet, and collects cleanly. Skipped where LibreOffice is not installed.
 */
class LibreOfficeRoundTripTest {
    @TempDir
    Path dir;

    private static String soffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "soffice"))) {
                return Path.of(p, "soffice").toString();
            }
        }
        return null;
    }

    @Test
    void aSheetResavedByLibreOfficeIsStillValidatedProtectedAndCollectable() throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        try (SheetFixture f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE)) {
            Path file = f.sheets.writeSheets(1, dir.resolve("out"), List.of("r1")).get(0);
            SheetFixture.edit(file, wb -> SheetFixture.cell(wb.getSheet("記入"), "G4").setCellValue(2));
            Path saved = dir.resolve("lo");
            Process p = new ProcessBuilder(soffice, "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            assumeTrue(p.waitFor(240, TimeUnit.SECONDS), "LibreOffice did not finish in time");
            Path resaved = saved.resolve(file.getFileName());
            assertThat(resaved).as(Files.readString(dir.resolve("soffice.log"))).isRegularFile();

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
}
