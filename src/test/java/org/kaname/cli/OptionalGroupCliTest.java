package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.UngroupedPlans;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;

/**
 * Every command on plans using what the format leaves optional (issue 13): a measure without group and a group
 * without pillar (plan "mixed"), and no pillars or groups at all (plan "flat"). Import used to fail with exit 1 on a
 * NOT NULL column; now each command works, and the measures in no group are counted and shown under 支援策なし.
 */
class OptionalGroupCliTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void dataFolder() {
        data = dir.resolve("data");
    }

    static Stream<Arguments> plans() {
        return Stream.of(Arguments.of("mixed", UngroupedPlans.mixed()), Arguments.of("flat", UngroupedPlans.flat()));
    }

    private static void ok(CliRun r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Imports the plan's canonical text; returns its id and leaves the text in {@code name.json}. */
    private String importPlan(String name, Plan plan) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, new PlanJson(Locale.ROOT).write(plan), StandardCharsets.UTF_8);
        CliRun r = CliRun.run(data, "import", file.toString());
        ok(r);
        return r.out().strip();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void importAndExportRoundTripByteForByte(String name, Plan plan) throws Exception {
        String id = importPlan(name, plan);
        ok(CliRun.run(data, "plans"));
        assertThat(CliRun.run(data, "plans").out()).contains(plan.title());
        Path out = dir.resolve(name + "-export.json");
        ok(CliRun.run(data, "export", id, "--out", out.toString()));
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(dir.resolve(name + ".json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void rankRoadmapWeightsAndSensitivityWork(String name, Plan plan) throws Exception {
        String id = importPlan(name, plan);
        CliRun rank = CliRun.run(data, "rank", id);
        ok(rank);
        for (var m : plan.measures()) {
            assertThat(rank.out()).contains(m.id());
        }
        if (name.equals("mixed")) {
            // The summary by support measure counts B03 and B04 on a row of their own, last.
            List<String> lines = rank.out().lines().toList();
            assertThat(lines.get(lines.size() - 1)).contains("（支援策なし）").endsWith(" 2");
        } else {
            assertThat(rank.out()).doesNotContain("支援策なし");
        }
        CliRun roadmap = CliRun.run(data, "roadmap", id);
        ok(roadmap);
        assertThat(roadmap.out()).contains(plan.measures().get(0).title());
        ok(CliRun.run(data, "roadmap", id, "--format", "csv"));
        Path xlsx = dir.resolve(name + "-roadmap.xlsx");
        ok(CliRun.run(data, "roadmap", id, "--out", xlsx.toString()));
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            assertThat(cells(wb)).contains(plan.measures().get(0).title());
            if (name.equals("mixed")) {
                assertThat(cells(wb)).contains("支援策なし", "窓口の改善");
            }
        }
        ok(CliRun.run(data, "weights", id));
        CliRun sensitivity = CliRun.run(data, "sensitivity", id, "--samples", "100");
        ok(sensitivity);
        assertThat(sensitivity.out()).contains(plan.measures().get(0).id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theReportListsTheMeasuresInNoGroupInJapaneseAndEnglish(String name, Plan plan) throws Exception {
        String id = importPlan(name, plan);
        Path ja = dir.resolve(name + "-ja.pdf");
        ok(CliRun.run(data, "report", id, "--out", ja.toString(), "--lang", "ja"));
        String text = pdfText(ja);
        assertThat(text).contains(plan.measures().get(plan.measures().size() - 1).title());
        Path en = dir.resolve(name + "-en.pdf");
        ok(CliRun.run(data, "report", id, "--out", en.toString(), "--lang", "en"));
        String english = pdfText(en);
        if (name.equals("mixed")) {
            assertThat(text).contains("支援策に属さない施策", "支援策なし", "柱なし", "窓口の改善");
            assertThat(english).contains("Measures outside any support measure", "No support measure", "No pillar");
        } else {
            // Without any support measure, the section is the plain list and nothing speaks of groups or pillars.
            assertThat(text).contains("施策の一覧").doesNotContain("支援策なし", "柱なし", "支援策に属さない施策");
            assertThat(english).contains("Measures").doesNotContain("No support measure", "No pillar");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void snapshotDiffAndEditsWork(String name, Plan plan) throws Exception {
        String id = importPlan(name, plan);
        CliRun snapshot = CliRun.run(data, "snapshot", id, "--name", "提出版");
        ok(snapshot);
        assertThat(snapshot.out().strip()).isEqualTo("1");
        String measure = plan.measures().get(plan.measures().size() - 1).id();
        ok(CliRun.run(data, "set-score", id, measure, "speed", "r1", "5"));
        CliRun diff = CliRun.run(data, "diff", id, "1", "current");
        ok(diff);
        assertThat(diff.out()).contains(measure);
        ok(CliRun.run(data, "diff", id, "1", "current", "--format", "csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void scoreSheetsAreWritten(String name, Plan plan) throws Exception {
        String id = importPlan(name, plan);
        Path out = dir.resolve(name + "-sheets");
        CliRun r = CliRun.run(data, "sheets", id, "--out", out.toString());
        ok(r);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".xlsx")).count()).isEqualTo(plan.raters().size());
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        assertThat(pdf).isRegularFile();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> cells(Workbook wb) {
        DataFormatter f = new DataFormatter();
        List<String> out = new java.util.ArrayList<>();
        for (Sheet s : wb) {
            for (Row row : s) {
                row.forEach(c -> out.add(f.formatCellValue(c)));
            }
        }
        return out;
    }
}
