package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaname.ActualsTestPlans;
import org.kaname.edit.SetActuals;
import org.kaname.model.IndicatorActual;
import org.kaname.model.Plan;

/** The actuals CSV in UTF-8, UTF-8 with BOM and CP932 as Excel writes them; every problem by line and column. */
class ActualsCsvTest {
    private static final Path FILE = Path.of("実績.csv");
    private final Plan plan = ActualsTestPlans.numeric();

    private ActualsReport read(byte[] bytes) {
        return new ActualsCsvReader(plan, Locale.JAPANESE).read(FILE, bytes);
    }

    @Test
    void plainUtf8WithThousandsSeparatorsAndAnEmptyActualThatClears() {
        ActualsReport r = read(("indicator,year,actual\r\nG1-KGI-1,2026,52.5\r\nB01-KPI-1,2026,\"1,234\"\r\n"
                + "B03-KPI-1,2027,\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        assertThat(r.fingerprint()).isNull();
        assertThat(r.entries()).containsExactly(SetActuals.Entry.of("G1-KGI-1", IndicatorActual.of(2026, 52.5)),
                SetActuals.Entry.of("B01-KPI-1", IndicatorActual.of(2026, 1234)),
                SetActuals.Entry.cleared("B03-KPI-1", 2027));
        assertThat(r.rows()).extracting(ActualsReport.Row::location)
                .containsExactly("2 行目 actual", "3 行目 actual", "4 行目 actual");
    }

    @Test
    void utf8WithBomAndAllColumns() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = ("indicator,year,actual,date,source,note\n"
                + "B03-KPI-1,2026,８,2027/4/30,システム集計,\"速報値、確定は6月\"\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        ActualsReport r = read(bytes);
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).containsExactly(SetActuals.Entry.of("B03-KPI-1", new IndicatorActual(2026, 8,
                LocalDate.of(2027, 4, 30), "システム集計", "速報値、確定は6月")));
    }

    @Test
    void cp932AsExcelSavesItOnJapaneseWindows() {
        String csv = "indicator,year,actual,date,source,note\r\n"
                + "G1-KGI-1,2026,61.5%,2027-05-01,各課への照会,①～③の合計（暫定値）\r\n";
        byte[] bytes = csv.getBytes(Charset.forName("windows-31j"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isNotEqualTo(csv);
        ActualsReport r = read(bytes);
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).containsExactly(SetActuals.Entry.of("G1-KGI-1", new IndicatorActual(2026, 61.5,
                LocalDate.of(2027, 5, 1), "各課への照会", "①～③の合計（暫定値）")));
    }

    @Test
    void everyBadRowIsListedByLineAndColumnAndNothingIsGiven() {
        String csv = "indicator,year,actual,date\n"
                + "G1-KGI-1,2026,52.5,\n"
                + "X-KPI-9,2026,1,\n"
                + "B01-KPI-1,2026,たくさん,\n"
                + "B02-KSI-1,2026,3,\n"
                + "B03-KPI-1,2031,8,\n"
                + "B03-KPI-1,2026,8,2027/13/1\n"
                + "G1-KGI-1,2026,53,\n"
                + "B01-KPI-1,2027,,2027/4/1\n"
                + "B01-KPI-1,2028\n";
        ActualsReport r = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rows()).isEmpty();
        assertThat(r.problems()).extracting(SheetProblem::location).containsExactly(
                "3 行目 indicator", "4 行目 actual", "5 行目 indicator", "6 行目 year", "7 行目 date",
                "8 行目 indicator", "9 行目 actual", "10 行目 indicator");
        assertThat(r.problems()).extracting(SheetProblem::reason).satisfiesExactly(
                x -> assertThat(x).contains("X-KPI-9", "ありません"),
                x -> assertThat(x).contains("たくさん"),
                x -> assertThat(x).contains("B02-KSI-1", "定性的"),
                x -> assertThat(x).contains("2031", "計画期間"),
                x -> assertThat(x).contains("2027/13/1"),
                x -> assertThat(x).contains("2 行目"),
                x -> assertThat(x).contains("実績値が空欄"),
                x -> assertThat(x).contains("列の数"));
    }

    @Test
    void aNoteWithACharacterThePlanCannotHoldIsAProblemAtItsColumn() {
        ActualsReport r = read("indicator,year,actual,date,source,note\nG1-KGI-1,2026,50,,調査,速報\u0001値\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("2 行目 note");
            assertThat(p.reason()).isEqualTo("3 文字目に使えない文字（U+0001）があります。タブと改行以外の制御文字や壊れた文字は使えません");
        });
    }

    @Test
    void aWrongHeaderOrEncodingIsOneProblemForTheFile() {
        ActualsReport header = read("id,year,value\nG1-KGI-1,2026,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(header.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("1 行目 indicator");
            assertThat(p.reason()).contains("indicator,year,actual", "id,year,value");
        });
        // 0x82 0xA0 is あ in CP932; 0x80 is a byte neither UTF-8 nor CP932 can start a character with
        ActualsReport bytes = read(new byte[] {'a', (byte) 0x80, '\n'});
        assertThat(bytes.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("文字コード"));
        assertThat(read(new byte[0]).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("空です"));
    }

    @Test
    void numbersDatesAndYearsAsPeopleTypeThem() {
        assertThat(ActualValue.number("1,234.5", "")).isEqualTo(1234.5);
        assertThat(ActualValue.number("１２３", "")).isEqualTo(123.0);
        assertThat(ActualValue.number("△12", "")).isEqualTo(-12.0);
        assertThat(ActualValue.number("86.2%", "%")).isEqualTo(86.2);
        assertThat(ActualValue.number("86.2%", "")).isNull();
        assertThat(ActualValue.number("12,34", "")).isNull();
        assertThat(ActualValue.number("1e3", "")).isNull();
        assertThat(ActualValue.date("2027-04-30")).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(ActualValue.date("2027/4/3")).isEqualTo(LocalDate.of(2027, 4, 3));
        assertThat(ActualValue.date("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(ActualValue.date("2027/2/30")).isNull();
        assertThat(ActualValue.year("2026年度")).isEqualTo(2026);
        assertThat(ActualValue.year("令和8年度")).isEqualTo(2026);
        assertThat(ActualValue.year("26")).isNull();
    }
}
