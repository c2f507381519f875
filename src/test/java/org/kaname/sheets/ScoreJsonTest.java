package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Score;

/** kaname-scores files: written from the sample plan, edited as JSON, imported back with the same checks as sheets. */
class ScoreJsonTest {
    @TempDir
    Path dir;
    SheetFixture f;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void open() throws Exception {
        f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Path exported(String rater) throws Exception {
        Path file = dir.resolve(rater + ".json");
        assertThat(f.sheets.exportScores(1, rater, file)).isEqualTo(50);
        return file;
    }

    private void edit(Path file, Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
        change.accept(root);
        mapper.writeValue(file.toFile(), root);
    }

    private static ObjectNode entry(ObjectNode root, int i) {
        return (ObjectNode) ((ArrayNode) root.get("scores")).get(i);
    }

    @Test
    void theFileListsEveryMeasureAndCriterionWithTheRatersScores() throws Exception {
        Path file = exported("r1");
        String text = Files.readString(file);
        assertThat(text).doesNotContain("\r").startsWith("{").endsWith("}\n");
        ObjectNode root = (ObjectNode) mapper.readTree(text);
        assertThat(root.get("format").asText()).isEqualTo("kaname-scores");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("planFingerprint").asText()).isEqualTo(PlanFingerprint.of(f.plan()));
        assertThat(root.get("rater").get("id").asText()).isEqualTo("r1");
        assertThat(root.get("rater").get("name").asText()).isEqualTo("企画課");
        assertThat(root.get("exportedAt").asText()).isEqualTo("2026-01-15T03:00:00Z");
        assertThat(root.get("scores")).hasSize(50);
        ObjectNode first = entry(root, 0);
        assertThat(first.get("measure").asText()).isEqualTo("S1-1");
        assertThat(first.get("criterion").asText()).isEqualTo("speed");
        assertThat(first.get("value").isIntegralNumber()).isTrue();
        assertThat(first.get("value").asInt()).isEqualTo(3);
        assertThat(first.get("note").asText()).startsWith("戦略・スキル標準の策定から");
    }

    @Test
    void roundTripReplacesAndRemovesWithoutDuplicates() throws Exception {
        Path file = exported("r2");
        edit(file, root -> {
            entry(root, 0).put("value", 1).put("note", "別PCで再評価");
            entry(root, 1).putNull("value").put("note", "");
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).isEmpty();
        CollectionResult result = f.sheets.apply(report, false);
        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.removed()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(48);
        Score s = f.scoresOf("r2").stream().filter(x -> x.measure().equals("S1-1") && x.criterion().equals("speed"))
                .findFirst().orElseThrow();
        assertThat(s.value()).isEqualTo(1.0);
        assertThat(s.note()).isEqualTo("別PCで再評価");
        assertThat(f.scoresOf("r2")).hasSize(49)
                .noneMatch(x -> x.measure().equals("S1-1") && x.criterion().equals("feasibility"));

        CollectionResult again = f.sheets.apply(f.sheets.preview(1, List.of(file)), false);
        assertThat(again.added() + again.changed() + again.removed()).isZero();
        assertThat(f.plan().scores()).hasSize(149);

        // exporting again gives the stored state back: the removed cell is null
        Path back = dir.resolve("back.json");
        f.sheets.exportScores(1, "r2", back);
        ObjectNode root = (ObjectNode) mapper.readTree(back.toFile());
        assertThat(entry(root, 0).get("value").asInt()).isEqualTo(1);
        assertThat(entry(root, 1).get("value").isNull()).isTrue();
    }

    @Test
    void eachBadValueIsReportedAtItsJsonPointer() throws Exception {
        Path file = exported("r3");
        edit(file, root -> {
            entry(root, 0).put("value", "4");
            entry(root, 1).put("value", 0);
            entry(root, 2).put("measure", "S9-9");
            entry(root, 3).put("criterion", "beauty");
            entry(root, 4).put("criterion", "speed"); // S1-1 × speed again
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).extracting(SheetProblem::location).containsExactly(
                "/scores/0/value", "/scores/1/value", "/scores/2/measure", "/scores/3/criterion", "/scores/4");
        assertThat(report.problems()).extracting(SheetProblem::file).containsOnly(file);
        assertThat(report.problems().get(0).reason()).contains("\"4\"");
        assertThat(report.problems().get(1).reason()).contains("0").contains("1〜5");
        assertThat(report.problems().get(2).reason()).contains("S9-9");
        assertThat(report.files().get(0).accepted()).hasSize(45);
        assertThat(f.sheets.apply(report, false).stored()).isEmpty();
    }

    @Test
    void aRationaleWithACharacterThePlanCannotHoldIsRefusedAtItsPointerAndNothingIsStored() throws Exception {
        Path file = exported("r1");
        edit(file, root -> {
            entry(root, 0).put("note", "根拠\uFFFF");
            entry(root, 1).put("note", "\uD800");
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).extracting(SheetProblem::location)
                .containsExactly("/scores/0/note", "/scores/1/note");
        assertThat(report.problems().get(0).reason()).contains("3 文字目").contains("U+FFFF");
        assertThat(report.problems().get(1).reason()).contains("U+D800");
    }

    @Test
    void anotherPlansFileOrAnUnknownRaterIsRejectedAsAWhole() throws Exception {
        Path other = exported("r1");
        edit(other, root -> root.put("planFingerprint", "0".repeat(64)));
        Path unknown = exported("r2");
        edit(unknown, root -> ((ObjectNode) root.get("rater")).put("id", "r9"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ not json");

        CollectionReport report = f.sheets.preview(1, List.of(other, unknown, broken));
        assertThat(report.problems()).extracting(SheetProblem::location)
                .containsExactly("/planFingerprint", "/rater/id", "");
        assertThat(report.problems().get(1).reason()).contains("r9");
        assertThat(report.files()).allMatch(r -> r.accepted().isEmpty());
    }
}
