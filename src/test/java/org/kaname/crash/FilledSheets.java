package org.kaname.crash;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaname.model.Plan;

/**
 * Fills score sheets written by {@code sheets ID --out DIR} as the departments would, with POI (as
 * {@code cli.CollectCommandTest} does): every row of every entry sheet gets the target plan's value and rationale for
 * its measure × criterion × rater, or is emptied where the target has no score. The layout is the app's published
 * one (docs/score-sheets.md): the hidden control sheet {@code _kaname} maps entry sheets to raters (rows
 * {@code sheet | NAME | RATER}); entry rows start at row 4 with the measure ID in A, the criterion ID in E, the
 * score in G and the rationale in H.
 */
final class FilledSheets {
    private static final String META_SHEET = "_kaname";
    private static final int FIRST_DATA_ROW = 3;
    private static final int COL_MEASURE = 0;
    private static final int COL_CRITERION = 4;
    private static final int COL_SCORE = 6;
    private static final int COL_NOTE = 7;

    private FilledSheets() {
    }

    /** Fills every .xlsx in {@code dir}; returns how many cells were written, to check the fill reached every row. */
    static int fill(Path dir, Plan target) {
        Map<ScoreCells.Cell, ScoreCells.Entry> cells = ScoreCells.of(target);
        int written = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                written += fillOne(file, cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static int fillOne(Path file, Map<ScoreCells.Cell, ScoreCells.Entry> cells) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        int written = 0;
        try (wb) {
            for (Map.Entry<String, String> sheetRater : entrySheets(wb).entrySet()) {
                Sheet sheet = wb.getSheet(sheetRater.getKey());
                for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String measure = text(row, COL_MEASURE);
                    String criterion = text(row, COL_CRITERION);
                    if (measure.isEmpty() || criterion.isEmpty()) {
                        continue;
                    }
                    ScoreCells.Entry e = cells.get(new ScoreCells.Cell(measure, criterion, sheetRater.getValue()));
                    Cell score = cell(row, COL_SCORE);
                    Cell note = cell(row, COL_NOTE);
                    if (e == null) {
                        score.setBlank();
                        note.setBlank();
                    } else {
                        score.setCellValue(e.value());
                        note.setCellValue(e.note());
                    }
                    written++;
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return written;
    }

    /** Entry sheet name → rater ID, from the control sheet. */
    private static Map<String, String> entrySheets(XSSFWorkbook wb) {
        Sheet meta = wb.getSheet(META_SHEET);
        if (meta == null) {
            throw new IllegalStateException("no " + META_SHEET + " sheet: not a Kaname score sheet?");
        }
        Map<String, String> sheets = new HashMap<>();
        for (Row row : meta) {
            if ("sheet".equals(text(row, 0))) {
                sheets.put(text(row, 1), text(row, 2));
            }
        }
        return sheets;
    }

    private static String text(Row row, int col) {
        if (row == null || row.getCell(col) == null) {
            return "";
        }
        return row.getCell(col).getStringCellValue().strip();
    }

    private static Cell cell(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null ? row.createCell(col) : c;
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
