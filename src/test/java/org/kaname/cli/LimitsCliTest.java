package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaname.model.Limits;

/**
 * A plan at every limit of {@link Limits} imports and works with the commands; a plan one step beyond any limit is
 * refused with exit 3, the JSON pointer of the value, and nothing stored.
 */
class LimitsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MONEY_MAX = Limits.MONEY_BOUND - 1;

    @TempDir
    Path dir;

    private static String text(String start, int length) {
        StringBuilder s = new StringBuilder(start).append("\t改行\r\n😀");
        while (s.length() < length) {
            s.append('字');
        }
        return s.substring(0, length);
    }

    private static String code(String start) {
        return (start + "_" + "x".repeat(Limits.CODE_LENGTH)).substring(0, Limits.CODE_LENGTH);
    }

    /** A plan with every value at its limit: the longest texts, years 2071–2100, a 0–100 scale, the largest costs. */
    static ObjectNode atTheLimits() {
        ObjectNode plan = JSON.createObjectNode();
        plan.put("format", "kaname-plan").put("version", 1);
        plan.put("title", text("題", Limits.SHORT_TEXT_LENGTH));
        plan.put("organization", text("組織", Limits.SHORT_TEXT_LENGTH));
        plan.put("description", text("説明", Limits.LONG_TEXT_LENGTH));
        plan.putObject("fiscalYears").put("start", Limits.LAST_FISCAL_YEAR - Limits.MAX_PERIOD_YEARS + 1)
                .put("end", Limits.LAST_FISCAL_YEAR);
        ObjectNode budget = plan.putObject("budgetPerYear");
        for (int y = Limits.LAST_FISCAL_YEAR - Limits.MAX_PERIOD_YEARS + 1; y <= Limits.LAST_FISCAL_YEAR; y++) {
            budget.put(String.valueOf(y), MONEY_MAX);
        }
        plan.putArray("tiers").addObject().put("name", code("S")).put("minScore", 0);
        ArrayNode criteria = plan.putArray("criteria");
        ObjectNode c1 = criteria.addObject().put("id", code("c1")).put("name", text("基準", Limits.SHORT_TEXT_LENGTH))
                .put("weight", Limits.MAX_WEIGHT);
        ObjectNode scale = c1.putObject("scale").put("min", 0).put("max", Limits.MAX_SCALE_LEVELS - 1);
        scale.putObject("levels").put("0", text("段階", Limits.SHORT_TEXT_LENGTH));
        criteria.addObject().put("id", code("c2")).put("name", "費用").put("weight", 1);
        plan.putObject("weighting").put("method", "ahp").putArray("judgments").addObject().put("a", code("c1"))
                .put("b", code("c2")).put("value", 9);
        plan.putArray("pillars").addObject().put("id", code("p")).put("name", text("柱", Limits.SHORT_TEXT_LENGTH));
        plan.putArray("groups").addObject().put("id", code("g")).put("pillar", code("p"))
                .put("title", text("支援策", Limits.SHORT_TEXT_LENGTH));
        ArrayNode measures = plan.putArray("measures");
        ArrayNode scores = JSON.createArrayNode();
        for (int i = 0; i < 3; i++) {
            String id = code("m" + i);
            ObjectNode m = measures.addObject().put("id", id).put("group", code("g"))
                    .put("title", text("施策" + i, Limits.SHORT_TEXT_LENGTH))
                    .put("initialCost", MONEY_MAX).put("annualCost", MONEY_MAX)
                    .put("durationYears", Limits.MAX_PERIOD_YEARS)
                    .put("earliestStart", Limits.LAST_FISCAL_YEAR - Limits.MAX_PERIOD_YEARS + 1);
            if (i == 0) {
                m.put("description", text("説明", Limits.LONG_TEXT_LENGTH));
                m.put("pinnedStart", Limits.LAST_FISCAL_YEAR);
            }
            scores.addObject().put("measure", id).put("criterion", code("c1")).put("rater", code("r"))
                    .put("value", i == 0 ? Limits.MAX_SCALE_LEVELS - 1 : i).put("note",
                            i == 0 ? text("理由", Limits.LONG_TEXT_LENGTH) : "");
        }
        plan.putArray("timeline").addObject().put("year", Limits.FIRST_FISCAL_YEAR).put("text", "平成元年度");
        plan.putArray("raters").addObject().put("id", code("r")).put("name", text("評価者", Limits.SHORT_TEXT_LENGTH));
        plan.set("scores", scores);
        plan.putArray("scenarios").addObject().put("name", "重視").putObject("weights").put(code("c1"), 1);
        return plan;
    }

    private Path file(String name, JsonNode plan) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, JSON.writeValueAsBytes(plan));
        return file;
    }

    @Test
    void aPlanAtEveryLimitImportsAndTheCommandsWorkOnIt() throws Exception {
        Path data = dir.resolve("data");
        CliRun imported = CliRun.run(data, "import", file("limits.json", atTheLimits()).toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        String id = imported.out().trim();
        for (String[] command : new String[][] {{"rank", id}, {"rank", "--format", "csv", id}, {"weights", id},
                {"roadmap", id}, {"roadmap", "--budget-table", id}, {"roadmap", "--format", "csv", id},
                {"roadmap", "--out", dir.resolve("roadmap.xlsx").toString(), id},
                {"disagreements", id}, {"sensitivity", "--samples", "50", id}, {"indicators", id},
                {"indicators", "--format", "csv", id},
                {"export", "--out", dir.resolve("back.json").toString(), id}}) {
            CliRun run = CliRun.run(data, command);
            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isZero();
            assertThat(run.err()).doesNotContain("Exception");
        }
        CliRun again = CliRun.run(data, "import", dir.resolve("back.json").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
    }

    static Stream<Arguments> oneBeyond() {
        return Stream.of(
                Arguments.of("/title", JSON.getNodeFactory().textNode(text("題", Limits.SHORT_TEXT_LENGTH + 1))),
                Arguments.of("/description", JSON.getNodeFactory().textNode(text("説", Limits.LONG_TEXT_LENGTH + 1))),
                Arguments.of("/pillars/0/id", JSON.getNodeFactory().textNode("p".repeat(Limits.CODE_LENGTH + 1))),
                Arguments.of("/fiscalYears/end", JSON.getNodeFactory().numberNode(Limits.LAST_FISCAL_YEAR + 1)),
                Arguments.of("/fiscalYears/start", JSON.getNodeFactory().numberNode(Limits.FIRST_FISCAL_YEAR - 1)),
                Arguments.of("/fiscalYears", JSON.createObjectNode().put("start", 2070).put("end", 2100)),
                Arguments.of("/budgetPerYear/2100", JSON.getNodeFactory().numberNode(Limits.MONEY_BOUND)),
                Arguments.of("/measures/1/initialCost", JSON.getNodeFactory().numberNode(Limits.MONEY_BOUND)),
                Arguments.of("/measures/1/durationYears", JSON.getNodeFactory().numberNode(Limits.MAX_PERIOD_YEARS + 1)),
                Arguments.of("/measures/0/pinnedStart", JSON.getNodeFactory().numberNode(Limits.LAST_FISCAL_YEAR + 1)),
                Arguments.of("/criteria/0/scale", JSON.createObjectNode().put("min", 0).put("max", 101)),
                Arguments.of("/criteria/0/weight", JSON.getNodeFactory().numberNode(Limits.MAX_WEIGHT * 2)),
                Arguments.of("/scores/0/note", JSON.getNodeFactory().textNode(text("理", Limits.LONG_TEXT_LENGTH + 1))),
                Arguments.of("/raters/0/name", JSON.getNodeFactory().textNode("名\u0007前")),
                Arguments.of("/timeline/0/year", JSON.getNodeFactory().numberNode(Limits.FIRST_FISCAL_YEAR - 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneBeyond")
    void aPlanOneStepBeyondALimitIsRefusedWhereItIsAndNothingIsStored(String pointer, JsonNode value)
            throws Exception {
        Path data = dir.resolve("data");
        ObjectNode plan = atTheLimits();
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) plan.at(pointer.substring(0, slash))).set(pointer.substring(slash + 1), value);
        String before = CliRun.run(data, "plans").out();
        CliRun refused = CliRun.run(data, "import", file("beyond.json", plan).toString());
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(3);
        String where = pointer.equals("/fiscalYears") ? "/fiscalYears: " : pointer + ": ";
        assertThat(refused.err()).contains("beyond.json: " + where).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(refused.err().length()).isLessThan(600);
        assertThat(CliRun.run(data, "plans").out()).isEqualTo(before);
    }
}
