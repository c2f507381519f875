package org.kaname.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;

/**
 * The reader check ({@link ReaderCheck}) over the sample report in Japanese and English and a generated larger plan:
 * no row or item split over pages, no heading at a page's foot, no page under 15 % full but a section's last, and
 * no section ending on a nearly empty page.
 */
class ReaderCheckTest {
    record Checked(byte[] pdf, LayoutLog log, ReportResult result) {
    }

    static Checked write(Plan plan, ReportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicReference<LayoutLog> log = new AtomicReference<>();
        ReportResult result = new ReportService().write(plan, TestReports.LAST_CHANGE, options, out, log::set, null,
                null);
        return new Checked(out.toByteArray(), log.get(), result);
    }

    private static void assertReadsWell(Checked c) throws IOException {
        List<String> problems = ReaderCheck.problems(c.pdf(), c.log(), c.result());
        assertEquals(List.of(), problems, () -> problems.size() + " problems in " + c.result().pageCount()
                + " pages:\n" + String.join("\n", problems));
    }

    @Test
    void theJapaneseSampleReportReadsWell() throws IOException {
        assertReadsWell(write(TestReports.sample(), TestReports.options()));
    }

    @Test
    void theEnglishSampleReportReadsWell() throws IOException {
        assertReadsWell(write(TestReports.sample(), TestReports.options().withLanguage(ReportLanguage.EN)));
    }

    @Test
    void aLargerGeneratedPlanReadsWell() throws IOException {
        assertReadsWell(write(TestReports.large(60), TestReports.options()));
    }

    /** The check can fail: a row logged on two pages, and a piece logged where the page does not show it. */
    @Test
    void theCheckFindsASplitRowAndAPieceThatIsNotWhereTheLogSays() throws IOException {
        Checked c = write(TestReports.sample(), TestReports.options());
        LayoutLog.Entry row = c.log().entries().stream().filter(e -> e.kind() == LayoutLog.Kind.ROW)
                .filter(e -> e.page() + 1 < c.result().pageCount()).findFirst().orElseThrow();
        LayoutLog tampered = new LayoutLog();
        int section = -1;
        for (LayoutLog.Entry e : c.log().entries()) {
            while (section < e.section()) {
                tampered.section(c.log().sectionStarts().get(++section));
            }
            tampered.add(e.page(), e.kind(), e.block(), e.top(), e.bottom(), e.text(), e.tall());
            if (e == row) {
                tampered.add(e.page() + 1, e.kind(), e.block(), e.top(), e.bottom(), e.text(), e.tall());
            }
        }
        List<String> problems = ReaderCheck.problems(c.pdf(), tampered, c.result());
        assertTrue(problems.stream().anyMatch(p -> p.contains("ROW split")), () -> String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("is not where the log puts it")),
                () -> String.join("\n", problems));
    }
}
