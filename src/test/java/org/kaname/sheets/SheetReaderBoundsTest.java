package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.sheets.SheetFixture.cell;
import static org.kaname.sheets.SheetFixture.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Limits;
import org.kaname.model.Plan;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * What a score sheet may not bring in: formulas (also external references, also without a computed value), a
 * rationale over {@link Limits#LONG_TEXT_LENGTH}, a file or a zip larger than the bounds — each refused at its
 * place with a plain message; and a sheet made for a copy of the plan, collected with a warning naming both plans.
 * Rows as in {@link ScoreCollectionTest}: 記入!G4 is S1-1 × speed, H4 its rationale.
 */
class SheetReaderBoundsTest {
    /** Words of POI's own messages that must never reach a person. */
    private static final List<String> INTERNALS = List.of("org.apache", "poi", "POI", "Zip bomb", "zip bomb",
            "Exception", "ratio", "OPC", "OOXML", "null");

    @TempDir
    Path dir;
    SheetFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Path sheetOf(String rater) throws Exception {
        return f.sheets.writeSheets(1, dir.resolve("out"), List.of(rater)).get(0);
    }

    private static Sheet entry(org.apache.poi.ss.usermodel.Workbook wb) {
        return wb.getSheet("記入");
    }

    /** A formula as Excel stores it: the formula text, and the result Excel last computed (none if {@code cached} is null). */
    private static void formula(Sheet sheet, String address, String formula, String cached) {
        XSSFCell c = (XSSFCell) cell(sheet, address);
        c.setBlank();
        c.getCTCell().addNewF().setStringValue(formula);
        if (cached != null) {
            c.getCTCell().setV(cached);
        }
    }

    @Test
    void aFormulaInAScoreCellIsRefusedAtItsCellEvenWithAPlausibleCachedValue() throws Exception {
        Path file = sheetOf("r1");
        edit(file, wb -> {
            formula(entry(wb), "G4", "1+2", "3");
            formula(entry(wb), "G5", "[1]Sheet1!A1", "4"); // an external reference: the value of another workbook
            formula(entry(wb), "G6", "SUM(1,2)", null); // never computed: POI would read it as 0
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).extracting(SheetProblem::location)
                .containsExactly("記入!G4", "記入!G5", "記入!G6");
        assertThat(report.problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.reason()).contains("数式は使えません", "値を直接入力してください").doesNotContain("評点 0");
        });
        assertThat(report.problems().get(1).reason()).contains("=[1]Sheet1!A1");
        assertThat(report.problems().get(2).reason()).contains("=SUM(1,2)");
        assertThat(report.files().get(0).accepted()).hasSize(47)
                .noneMatch(e -> List.of("記入!G4", "記入!G5", "記入!G6").contains(e.location()));
    }

    @Test
    void aFormulaInARationaleAnIdOrTheControlSheetIsRefusedToo() throws Exception {
        Path file = sheetOf("r1");
        edit(file, wb -> {
            formula(entry(wb), "H4", "\"根拠\"", "根拠");
            formula(entry(wb), "A9", "\"S1-2\"", "S1-2");
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).extracting(SheetProblem::location).containsExactly("記入!H4", "記入!A9");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.reason()).contains("数式は使えません"));

        Path meta = f.sheets.writeSheets(1, dir.resolve("out2"), List.of("r2")).get(0);
        edit(meta, wb -> formula(wb.getSheet(SheetLayout.META_SHEET), "C8", "\"r2\"", "r2"));
        CollectionReport metaReport = f.sheets.preview(1, List.of(meta));
        assertThat(metaReport.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("_kaname!C8");
            assertThat(p.reason()).contains("数式は使えません");
        });
        assertThat(metaReport.files().get(0).accepted()).isEmpty();
    }

    @Test
    void formulasAreRefusedInEnglishToo() throws Exception {
        Path file = sheetOf("r1");
        edit(file, wb -> formula(entry(wb), "G4", "1+2", "3"));
        try (SheetFixture en = new SheetFixture(dir.resolve("data-en"), Locale.ENGLISH)) {
            Path copy = dir.resolve("r1.xlsx");
            Files.copy(file, copy);
            assertThat(en.sheets.preview(1, List.of(copy)).problems()).singleElement()
                    .satisfies(p -> assertThat(p.reason())
                            .isEqualTo("Formulas are not allowed; enter the value itself (the cell holds the formula =1+2)"));
        }
    }

    /** A text longer than POI lets a cell be set to, put into the cell's XML directly, as another program could. */
    private static void longText(Sheet sheet, String address, String text) {
        XSSFCell c = (XSSFCell) cell(sheet, address);
        c.setBlank();
        c.getCTCell().setT(STCellType.INLINE_STR);
        c.getCTCell().addNewIs().setT(text);
    }

    @Test
    void aRationaleOfAMillionCharactersIsRefusedByItsLengthAtItsCellNotAsAZipBomb() throws Exception {
        Path file = sheetOf("r1");
        edit(file, wb -> {
            longText(entry(wb), "H4", "あ".repeat(1_000_000));
            // at the limit, and compressing a thousandfold: POI's own guard took files like this for zip bombs
            longText(entry(wb), "H5", "x".repeat(Limits.LONG_TEXT_LENGTH));
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("記入!H4");
            assertThat(p.reason()).isEqualTo("評点の根拠が長すぎます（1,000,000 文字）。30,000 文字以内にしてください");
        });
        assertThat(report.files().get(0).accepted()).hasSize(49)
                .anySatisfy(e -> assertThat(e.note()).hasSize(Limits.LONG_TEXT_LENGTH));
    }

    @Test
    void aRationaleWithACharacterThePlanCannotHoldIsRefusedAtItsCell() throws Exception {
        Path file = sheetOf("r1");
        // XML cannot hold U+0001 or U+FFFF, but Excel's escapes _x0001_ and _xFFFF_ can, and POI reads them back as
        // the characters themselves.
        edit(file, wb -> {
            longText(entry(wb), "H4", "理_x0001_由");
            longText(entry(wb), "H5", "理_xFFFF_由");
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).extracting(SheetProblem::location).containsExactly("記入!H4", "記入!H5");
        assertThat(report.problems().get(0).reason()).contains("2 文字目").contains("U+0001");
        assertThat(report.problems().get(1).reason()).contains("U+FFFF");
    }

    @Test
    void aFileThatUnpacksBeyondTheBoundIsRefusedPlainly() throws Exception {
        Path file = sheetOf("r1");
        ScoreSheetReader reader = new ScoreSheetReader(f.plan(), 1, Locale.JAPANESE,
                new SheetFile(SheetFile.MAX_FILE_BYTES, 16 * 1024));
        FileReport report = reader.read(file);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEmpty();
            assertThat(p.reason()).contains("中身が大きすぎます", "展開すると");
            INTERNALS.forEach(word -> assertThat(p.reason()).doesNotContain(word));
        });
        assertThat(report.accepted()).isEmpty();
        // the same file within the default bounds is read
        assertThat(new ScoreSheetReader(f.plan(), 1, Locale.JAPANESE).read(file).problems()).isEmpty();
    }

    /** An input that never ends, like /dev/zero. */
    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'P');
                return len;
            }
        };
    }

    @Test
    void anEndlessInputIsRefusedAsTooLargeAfterReadingOnlyTheBound() throws Exception {
        ScoreSheetReader reader = new ScoreSheetReader(f.plan(), 1, Locale.JAPANESE,
                new SheetFile(1024 * 1024, SheetFile.MAX_UNPACKED_BYTES));
        FileReport sheet = reader.read(dir.resolve("zero.xlsx"), endless());
        assertThat(sheet.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("ファイルが大きすぎます。読み込めるのは 1 MB までです"));

        FileReport json = new ScoreJson(Locale.JAPANESE, 1024 * 1024)
                .read(f.plan(), 1, dir.resolve("zero.json"), endless());
        assertThat(json.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("ファイルが大きすぎます。評点ファイルとして読み込めるのは 1 MB までです"));
    }

    @Test
    void aPipeIsReadUpToTheBoundOnly() throws Exception {
        Path fifo = dir.resolve("scores.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        Assumptions.assumeTrue(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                "mkfifo is available");
        Thread writer = new Thread(() -> {
            byte[] zeros = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (!Thread.currentThread().isInterrupted()) {
                    out.write(zeros);
                }
            } catch (IOException e) {
                // the reader stopped reading: the pipe is broken, as it should be
            }
        });
        writer.setDaemon(true);
        writer.start();
        FileReport report = new ScoreJson(Locale.JAPANESE, 2 * 1024 * 1024).read(f.plan(), 1, fifo);
        assertThat(report.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("大きすぎます", "2 MB"));
        writer.join(10_000);
        assertThat(writer.isAlive()).isFalse();
    }

    @Test
    void damagedPasswordProtectedOrForeignFilesGetPlainMessages() throws Exception {
        ScoreSheetReader reader = new ScoreSheetReader(f.plan(), 1, Locale.JAPANESE);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] sheet = Files.readAllBytes(sheetOf("r1"));
        byte[] truncated = java.util.Arrays.copyOf(sheet, sheet.length / 2);
        byte[] text = "measure,score\nS1-1,3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte[] content : List.of(ole2, truncated, text, new byte[0])) {
            FileReport report = reader.read(dir.resolve("bad.xlsx"), new ByteArrayInputStream(content));
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.reason()).containsAnyOf("パスワード", "Excel ブック（.xlsx）ではありません");
                INTERNALS.forEach(word -> assertThat(p.reason()).doesNotContain(word));
            });
            assertThat(report.accepted()).isEmpty();
        }
        assertThat(reader.read(dir.resolve("p.xlsx"), new ByteArrayInputStream(ole2)).problems().get(0).reason())
                .contains("パスワード");
    }

    @Test
    void aSheetOfACopyOfThePlanIsCollectedWithAWarningNamingBothPlans() throws Exception {
        Plan original = f.plan();
        long copyId = f.services.plans().create(original.withTitle("令和8年度 コピー"));
        Path file = sheetOf("r1"); // made for plan 1
        edit(file, wb -> cell(entry(wb), "G4").setCellValue(1));

        CollectionReport report = f.sheets.preview(copyId, List.of(file));
        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo(file);
            assertThat(w.location()).isEqualTo("_kaname");
            assertThat(w.reason()).contains("「" + original.title() + "」（ID 1）")
                    .contains("「令和8年度 コピー」（ID " + copyId + "）").contains("確認してください");
        });
        assertThat(new ReportText(Locale.JAPANESE).files(report, false))
                .anySatisfy(line -> assertThat(line).contains("注意", "令和8年度 コピー"));
        CollectionResult result = f.sheets.apply(report, false);
        assertThat(result.stored()).containsExactly(file);
        assertThat(f.services.plans().open(copyId).plan().scores()).anySatisfy(s -> {
            assertThat(List.of(s.measure(), s.criterion(), s.rater())).containsExactly("S1-1", "speed", "r1");
            assertThat(s.value()).isEqualTo(1.0);
        });

        // into the plan it was made for: no warning
        assertThat(f.sheets.preview(1, List.of(file)).warnings()).isEmpty();
    }

    @Test
    void aScoreFileOfACopyOfThePlanIsImportedWithTheSameWarning() throws Exception {
        long copyId = f.services.plans().create(f.plan().withTitle("複製した計画"));
        Path file = dir.resolve("r2.json");
        f.sheets.exportScores(1, "r2", file);
        CollectionReport report = f.sheets.preview(copyId, List.of(file));
        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("/planId");
            assertThat(w.reason()).contains("（ID 1）", "「複製した計画」（ID " + copyId + "）");
        });
        assertThat(f.sheets.preview(1, List.of(file)).warnings()).isEmpty();
    }
}
