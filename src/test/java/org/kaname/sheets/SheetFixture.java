package org.kaname.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.service.Services;

/** A data directory holding the sample plan (ID 1) and the score sheet service on it, with a fixed clock. */
final class SheetFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-01-15T03:00:00Z");

    final Services services;
    final ScoreSheetService sheets;

    SheetFixture(Path data, Locale locale) throws Exception {
        services = Services.open(data, locale);
        sheets = new ScoreSheetService(services.plans(), locale, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    Plan plan() throws Exception {
        return services.plans().open(1).plan();
    }

    List<Score> scoresOf(String rater) throws Exception {
        return plan().scores().stream().filter(s -> s.rater().equals(rater)).toList();
    }

    /** Opens an .xlsx, lets {@code edit} change it as a department would (protection ignored, as POI ignores it), saves it. */
    static void edit(Path file, Consumer<XSSFWorkbook> edit) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        edit.accept(wb);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    /** The cell at an A1 address of a sheet, created if missing. */
    static Cell cell(Sheet sheet, String address) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell c = row.getCell(ref.getCol());
        return c == null ? row.createCell(ref.getCol()) : c;
    }

    @Override
    public void close() {
        services.close();
    }
}
