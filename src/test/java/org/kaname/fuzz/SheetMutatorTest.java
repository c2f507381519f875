package org.kaname.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The mutator itself must never fail a fuzz case. CI once met a damaged sheet that POI opened but could not write: the
 * XML declaration of a part POI reads only when writing (docProps/core.xml) had a flipped byte in its encoding name.
 */
class SheetMutatorTest {

    @Test
    void aWorkbookThatOpensButCannotBeWrittenIsDamagedAsAZipInstead() throws Exception {
        byte[] broken = withBrokenCoreProperties(workbook());
        for (int seed = 0; seed < 40; seed++) {
            SheetMutator mutator = new SheetMutator(new SplittableRandom(seed));
            byte[] damaged = mutator.cells(broken);
            assertThat(damaged).as("seed %d: %s", seed, mutator.description()).isNotNull();
        }
    }

    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("入力").createRow(SheetMutator.FIRST_DATA_ROW).createCell(SheetMutator.COL_SCORE).setCellValue(3);
            wb.createSheet("_kaname").createRow(0).createCell(0).setCellValue("kaname-plan");
            wb.getProperties().getCoreProperties().setTitle("score sheet");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] withBrokenCoreProperties(byte[] xlsx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("docProps/core.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    data = xml.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"UTFo/n\"").getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        assertThat(found).as("the workbook has core properties").isTrue();
        return out.toByteArray();
    }
}
