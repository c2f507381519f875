package org.kaname.ui.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills written score sheets as a department would, with POI (which ignores the sheet protection). In a sheet of the
 * sample plan, 記入 row 4 is S1-1 × speed, 5 feasibility, 6 cost, 7 fairness, 8 evidence, 9 S1-2 × speed…; column G
 * is the score, H the rationale.
 */
final class Workbooks {
    private Workbooks() {
    }

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

    static Cell cell(Sheet sheet, String address) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell c = row.getCell(ref.getCol());
        return c == null ? row.createCell(ref.getCol()) : c;
    }

    static java.util.List<String> sheetNames(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            return names;
        }
    }
}
