package org.kaname.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Damages a score sheet the ways departments and hostile files do: cell values with POI (text, out-of-range and odd
 * numbers, formulas and external references, booleans, errors, dates in score cells; huge or odd rationales; ids
 * changed; rows and sheets deleted or renamed; the control sheet's metadata changed) and the file as a zip (cut off,
 * entries removed or replaced by garbage, bytes flipped, a rationale of a million characters written past POI's
 * cell limit). Each mutation is named for the finding.
 */
final class SheetMutator {
    /** Columns of the entry sheet (SheetLayout): ids, the score and its rationale; data from row 4 (index 3). */
    static final int COL_MEASURE = 0;
    static final int COL_CRITERION_ID = 4;
    static final int COL_SCORE = 6;
    static final int COL_NOTE = 7;
    static final int FIRST_DATA_ROW = 3;
    private static final String MARK = "FUZZ-HUGE-RATIONALE";

    private final SplittableRandom random;
    private final List<String> applied = new ArrayList<>();

    SheetMutator(SplittableRandom random) {
        this.random = random;
    }

    String description() {
        return String.join(" + ", applied);
    }

    byte[] mutate(byte[] xlsx) throws Exception {
        int n = 1 + random.nextInt(2);
        byte[] b = xlsx;
        for (int i = 0; i < n; i++) {
            b = random.nextInt(4) == 0 ? zip(b) : cells(b);
        }
        return b;
    }

    // ---- cells ----

    byte[] cells(byte[] xlsx) throws Exception {
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (Exception | Error e) {
            return zip(xlsx); // no longer a workbook: keep damaging the zip
        }
        try {
            return cells(wb);
        } catch (RuntimeException e) {
            // POI reads some parts only when they are used or written (a damaged XML declaration in one of them
            // throws POIXMLException then): the workbook opened but cannot be edited, so damage the zip instead.
            applied.add("POI could not rewrite it (" + e.getClass().getSimpleName() + ")");
            return zip(xlsx);
        }
    }

    private byte[] cells(XSSFWorkbook wb) throws Exception {
        try (wb) {
            Sheet entry = wb.getSheetAt(0);
            int last = Math.max(FIRST_DATA_ROW, entry.getLastRowNum());
            int rowIndex = FIRST_DATA_ROW + random.nextInt(last - FIRST_DATA_ROW + 1);
            Row row = entry.getRow(rowIndex) != null ? entry.getRow(rowIndex) : entry.createRow(rowIndex);
            Cell score = cell(row, COL_SCORE);
            String at = "row " + (rowIndex + 1);
            boolean huge = false;
            switch (random.nextInt(13)) {
                case 0 -> {
                    String[] texts = {"高い", "3点", "", " ", "３", "3,5", "3.0", "=1+1", "1e3", "NaN", "-", "\u0000",
                        "4 ", "五"};
                    String t = texts[random.nextInt(texts.length)];
                    applied.add(at + " score text «" + PlanMutator.visible(t) + "»");
                    score.setCellValue(t);
                }
                case 1 -> {
                    double[] numbers = {-1, 0, 6, 5.5, 2.5, 1e308, -1e308, Double.MIN_VALUE, 1e15, 2147483648.0,
                        Double.NaN, Double.POSITIVE_INFINITY};
                    double v = numbers[random.nextInt(numbers.length)];
                    applied.add(at + " score " + v);
                    score.setCellValue(v);
                }
                case 2 -> {
                    String[] formulas = {"1+2", "SUM(1,2)", "1/0", "G4", "NOW()", "[1]Sheet1!A1", "'C:\\x\\[a.xlsx]S'!A1",
                        "HYPERLINK(\"http://example.invalid\",\"x\")", "INDIRECT(\"A1\")", "WEBSERVICE(\"http://x\")"};
                    String f = formulas[random.nextInt(formulas.length)];
                    try {
                        score.setCellFormula(f);
                        applied.add(at + " score formula =" + f);
                    } catch (RuntimeException e) {
                        score.setCellFormula("1+2");
                        applied.add(at + " score formula =1+2 (POI refused =" + f + ")");
                    }
                }
                case 3 -> {
                    Cell note = cell(row, COL_NOTE);
                    String[] notes = {"x".repeat(32_767), "😀".repeat(16_383), "=HYPERLINK(\"http://x\",\"y\")",
                        "a\u0001b", "\uD800", "改行\r\n", MARK};
                    String t = notes[random.nextInt(notes.length)];
                    huge = t.equals(MARK);
                    applied.add(at + " rationale " + (huge ? "of 1,000,000 characters" : "«" + PlanMutator.visible(t) + "»"));
                    note.setCellValue(t);
                }
                case 4 -> {
                    applied.add(at + " removed");
                    entry.removeRow(row);
                }
                case 5 -> {
                    int i = random.nextInt(wb.getNumberOfSheets());
                    applied.add("sheet " + wb.getSheetName(i) + " removed");
                    wb.removeSheetAt(i);
                }
                case 6 -> {
                    int i = random.nextInt(wb.getNumberOfSheets());
                    applied.add("sheet " + wb.getSheetName(i) + " renamed");
                    wb.setSheetName(i, "Sheet" + (9 + i));
                }
                case 7 -> {
                    Sheet meta = wb.getSheet("_kaname");
                    if (meta == null || meta.getLastRowNum() < 0) {
                        applied.add("no metadata to change");
                        break;
                    }
                    int r = random.nextInt(meta.getLastRowNum() + 1);
                    Row mr = meta.getRow(r) != null ? meta.getRow(r) : meta.createRow(r);
                    int c = random.nextInt(3);
                    String[] values = {"", "2", "kaname-plan", "0000", "999", "-1", "S9-9", "x".repeat(5000)};
                    String v = values[random.nextInt(values.length)];
                    applied.add("metadata row " + (r + 1) + " col " + c + " → «" + Invariants.abbreviate(v, 20) + "»");
                    if (random.nextBoolean() && !v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
                        cell(mr, c).setCellValue(Double.parseDouble(v));
                    } else {
                        cell(mr, c).setCellValue(v);
                    }
                }
                case 8 -> {
                    switch (random.nextInt(3)) {
                        case 0 -> score.setCellValue(true);
                        case 1 -> score.setCellErrorValue(FormulaError.DIV0.getCode());
                        default -> score.setCellValue(new java.util.Date(0));
                    }
                    applied.add(at + " score boolean/error/date");
                }
                case 9 -> {
                    int col = random.nextBoolean() ? COL_MEASURE : COL_CRITERION_ID;
                    String v = random.nextBoolean() ? "nope" : "";
                    applied.add(at + " id column " + col + " → «" + v + "»");
                    cell(row, col).setCellValue(v);
                }
                case 10 -> {
                    int extra = entry.getLastRowNum() + 1 + random.nextInt(3);
                    Row r = entry.createRow(extra);
                    cell(r, COL_MEASURE).setCellValue("S1-1");
                    cell(r, COL_CRITERION_ID).setCellValue("speed");
                    cell(r, COL_SCORE).setCellValue(3);
                    applied.add("extra data row " + (extra + 1));
                }
                case 11 -> {
                    applied.add("row " + (rowIndex + 1) + " moved down by 5");
                    entry.shiftRows(rowIndex, entry.getLastRowNum(), 5);
                }
                default -> {
                    Row r = entry.getRow(FIRST_DATA_ROW + random.nextInt(Math.max(1, last - FIRST_DATA_ROW + 1)));
                    if (r != null) {
                        cell(r, COL_SCORE).setCellValue(1 + random.nextInt(5));
                    }
                    applied.add("a valid score changed");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            byte[] written = out.toByteArray();
            try {
                return huge ? replaceInEntries(written, MARK, "長".repeat(1_000_000)) : written;
            } catch (java.io.IOException e) {
                return written;
            }
        }
    }

    private static Cell cell(Row row, int col) {
        Cell c = row.getCell(col);
        return c != null ? c : row.createCell(col);
    }

    // ---- zip ----

    byte[] zip(byte[] b) {
        try {
            return zipOnce(b);
        } catch (Exception e) {
            // Damaged beyond rewriting entry by entry (an earlier mutation): cut it instead.
            applied.add("cut in half");
            return Arrays.copyOf(b, b.length / 2);
        }
    }

    private byte[] zipOnce(byte[] b) throws Exception {
        switch (random.nextInt(5)) {
            case 0 -> {
                int at = random.nextInt(Math.max(1, b.length));
                applied.add("cut off at byte " + at + " of " + b.length);
                return Arrays.copyOf(b, at);
            }
            case 1 -> {
                List<String> names = entries(b);
                if (names.isEmpty()) {
                    return Arrays.copyOf(b, b.length / 2);
                }
                String gone = names.get(random.nextInt(names.size()));
                applied.add("zip entry " + gone + " removed");
                return rewrite(b, gone, null);
            }
            case 2 -> {
                List<String> names = entries(b);
                if (names.isEmpty()) {
                    return Arrays.copyOf(b, b.length / 2);
                }
                String bad = names.get(random.nextInt(names.size()));
                byte[] junk = new byte[random.nextInt(200)];
                random.nextBytes(junk);
                applied.add("zip entry " + bad + " replaced by " + junk.length + " garbage bytes");
                return rewrite(b, bad, junk);
            }
            case 3 -> {
                byte[] c = b.clone();
                int flips = 1 + random.nextInt(10);
                for (int i = 0; i < flips && c.length > 0; i++) {
                    c[random.nextInt(c.length)] ^= (byte) (1 + random.nextInt(255));
                }
                applied.add(flips + " bytes flipped");
                return c;
            }
            default -> {
                byte[] junk = new byte[random.nextInt(4096)];
                random.nextBytes(junk);
                applied.add(junk.length + " bytes of garbage instead of a workbook");
                return junk;
            }
        }
    }

    private static List<String> entries(byte[] b) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (Exception e) {
            // a broken zip: the entries read so far
        }
        return names;
    }

    /** The zip with entry {@code name} removed (content null) or replaced. */
    private static byte[] rewrite(byte[] b, String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    if (content == null) {
                        continue;
                    }
                    data = content;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Every entry's text with {@code mark} replaced: how a text longer than POI writes gets into a workbook. */
    private static byte[] replaceInEntries(byte[] b, String mark, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                String s = new String(data, StandardCharsets.UTF_8);
                if (s.contains(mark)) {
                    data = s.replace(mark, text).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
