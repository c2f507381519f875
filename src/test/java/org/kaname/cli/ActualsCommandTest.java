package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.ActualsTestPlans;
import org.kaname.model.IndicatorActual;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;

/**
 * {@code actual-sheets} and {@code actuals} end to end through the real store: the workbook written, filled with POI
 * as a division would, imported as one journaled and undoable action; a bad sheet or CSV lists every problem and
 * stores nothing (exit 3); {@code --dry-run} lists what would change and stores nothing; a CP932 CSV is read.
 */
class ActualsCommandTest {
    @TempDir
    Path dir;
    Path data;
    long id;

    @BeforeEach
    void plan() throws Exception {
        data = dir.resolve("data");
        try (Services s = Services.open(data, Locale.JAPANESE)) {
            id = s.plans().create(ActualsTestPlans.numeric());
        }
    }

    private Plan stored() throws Exception {
        try (Services s = Services.open(data, Locale.JAPANESE)) {
            return s.plans().open(id).plan();
        }
    }

    private static List<IndicatorActual> actuals(Plan p, String indicator) {
        return Stream.concat(p.groups().stream().flatMap(g -> g.indicators().stream()),
                        p.measures().stream().flatMap(m -> m.indicators().stream()))
                .filter(i -> i.id().equals(indicator)).findFirst().orElseThrow().actuals();
    }

    private Path sheets(String... more) {
        Path out = dir.resolve("out");
        List<String> args = new java.util.ArrayList<>(List.of("actual-sheets", String.valueOf(id), "--out",
                out.toString()));
        args.addAll(List.of(more));
        CliRun r = CliRun.run(data, args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2026年度（令和8年度）", "シート 2 枚: 人事課、担当課未設定", "指標 3 件");
        Path file = out.resolve("実績報告_テスト計画_2026年度（令和8年度）.xlsx");
        assertThat(file).isRegularFile();
        return file;
    }

    private static void fill(Path file, String sheet, String address, Object value) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        XSSFSheet s = wb.getSheet(sheet);
        CellReference ref = new CellReference(address);
        var cell = s.getRow(ref.getRow()).getCell(ref.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        Files.write(file, out.toByteArray());
    }

    @Test
    void aFilledSheetIsStoredAsOneUndoableAction() throws Exception {
        Path file = sheets("--year", "2026");
        fill(file, "人事課", "I4", 52.5);
        fill(file, "人事課", "J4", LocalDate.of(2027, 4, 30));
        fill(file, "人事課", "I5", 95);
        fill(file, "担当課未設定", "I4", 9);

        CliRun dry = CliRun.run(data, "actuals", String.valueOf(id), file.toString(), "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("追加  G1-KGI-1  2026年度（令和8年度）  52.5  （人事課!I4）",
                "変更  B01-KPI-1  2026年度（令和8年度）  90 → 95  （人事課!I5）",
                "確認のみ（--dry-run）: 追加 2 件、変更 1 件、削除 0 件、変更なし 0 件");
        assertThat(actuals(stored(), "G1-KGI-1")).isEmpty();

        CliRun r = CliRun.run(data, "actuals", String.valueOf(id), file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("保存しました: 追加 2 件、変更 1 件、削除 0 件、変更なし 0 件");
        Plan after = stored();
        assertThat(actuals(after, "G1-KGI-1")).containsExactly(
                new IndicatorActual(2026, 52.5, LocalDate.of(2027, 4, 30), "", ""));
        assertThat(actuals(after, "B01-KPI-1")).containsExactly(IndicatorActual.of(2026, 95));
        assertThat(actuals(after, "B03-KPI-1")).containsExactly(IndicatorActual.of(2026, 9));

        CliRun history = CliRun.run(data, "history", String.valueOf(id), "--format", "csv");
        assertThat(history.out().lines().filter(l -> l.contains(",set-actuals,"))).singleElement()
                .satisfies(l -> assertThat(l).contains("実績値を登録: 3 件（" + file.getFileName() + "）"));
        // the same sheet again changes nothing
        CliRun again = CliRun.run(data, "actuals", String.valueOf(id), file.toString());
        assertThat(again.out()).contains("追加 0 件、変更 0 件、削除 0 件、変更なし 3 件");

        try (Services s = Services.open(data, Locale.JAPANESE)) {
            PlanEditor editor = new PlanEditor(s.plans(), id, s.plans().open(id).plan(), Runnable::run,
                    Locale.JAPANESE);
            assertThat(editor.undoDescription()).contains("実績値を登録: 3 件（" + file.getFileName() + "）");
            editor.undo();
        }
        Plan undone = stored();
        assertThat(actuals(undone, "G1-KGI-1")).isEmpty();
        assertThat(actuals(undone, "B01-KPI-1")).containsExactly(IndicatorActual.of(2026, 90));
    }

    @Test
    void aBadSheetListsEveryProblemWithFileSheetAndCellAndStoresNothing() throws Exception {
        Path file = sheets("--year", "2026");
        fill(file, "人事課", "I4", "未集計");
        fill(file, "人事課", "I5", 95);
        fill(file, "担当課未設定", "A4", "X-KPI-9");
        Plan before = stored();
        CliRun r = CliRun.run(data, "actuals", String.valueOf(id), file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out().lines().filter(l -> l.startsWith("  " + file))).satisfiesExactly(
                l -> assertThat(l).contains("人事課!I4", "未集計"),
                l -> assertThat(l).contains("担当課未設定!A4", "X-KPI-9"));
        assertThat(r.err()).contains("問題が 2 件", "何も保存していません");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aSheetOfAnotherPlanIsRefused() throws Exception {
        Path file = sheets("--year", "2026");
        long other;
        try (Services s = Services.open(data, Locale.JAPANESE)) {
            other = s.plans().create(ActualsTestPlans.numeric().withTitle("別の計画"));
        }
        CliRun r = CliRun.run(data, "actuals", String.valueOf(other), file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("_kaname!B4", "別の計画");
    }

    @Test
    void aCp932CsvIsStoredAndABadOneRefusedWhole() throws Exception {
        Path csv = dir.resolve("実績.csv");
        Files.write(csv, ("indicator,year,actual,date,source,note\r\n"
                + "G1-KGI-1,2027,\"1,234\",2028/4/30,各課への照会,速報値（暫定）\r\n"
                + "B01-KPI-1,2026,,,,\r\n").getBytes(Charset.forName("windows-31j")));
        CliRun r = CliRun.run(data, "actuals", String.valueOf(id), csv.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("削除  B01-KPI-1  2026年度（令和8年度）  90 → −  （3 行目 actual）",
                "追加 1 件、変更 0 件、削除 1 件");
        Plan after = stored();
        assertThat(actuals(after, "G1-KGI-1")).containsExactly(new IndicatorActual(2027, 1234,
                LocalDate.of(2028, 4, 30), "各課への照会", "速報値（暫定）"));
        assertThat(actuals(after, "B01-KPI-1")).isEmpty();

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "indicator,year,actual\nB03-KPI-1,2026,7\nB02-KSI-1,2026,3\nB03-KPI-1,2035,1\n",
                StandardCharsets.UTF_8);
        CliRun refused = CliRun.run(data, "actuals", String.valueOf(id), bad.toString(), "--dry-run");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.out()).contains("3 行目 indicator", "4 行目 year");
        assertThat(stored()).isEqualTo(after);
    }

    @Test
    void aYearOutsideThePlanOrAPlanWithoutNumericIndicatorsWritesNothing() throws Exception {
        CliRun r = CliRun.run(data, "actual-sheets", String.valueOf(id), "--out", dir.resolve("x").toString(),
                "--year", "2035");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("2035年度は計画期間");
        long textOnly;
        try (Services s = Services.open(data, Locale.JAPANESE)) {
            textOnly = s.plans().create(org.kaname.TestPlans.rich());
        }
        CliRun sample = CliRun.run(data, "actual-sheets", String.valueOf(textOnly), "--out",
                dir.resolve("y").toString());
        assertThat(sample.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(sample.err()).contains("数値の指標");
        assertThat(dir.resolve("y")).doesNotExist();
    }
}
