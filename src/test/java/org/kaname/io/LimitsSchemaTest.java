package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Limits;
import org.kaname.model.Plan;
import org.kaname.store.Database;

/**
 * The validator's length limits and the database's columns cannot drift apart: for every text field of the plan
 * format, the limit the validator applies to it is found by trying texts around each length class, and the
 * column that stores the field, read from INFORMATION_SCHEMA of a freshly migrated database, is at least as wide.
 * Every text column of the plan tables must be named here, so a new column cannot go unchecked.
 */
class LimitsSchemaTest {
    /** A text field of the format (its JSON pointer in the fixture) and the column that stores it. */
    private record Field(String pointer, String table, String column) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("/title", "PLAN", "TITLE"),
            new Field("/organization", "PLAN", "ORGANIZATION"),
            new Field("/description", "PLAN", "DESCRIPTION"),
            new Field("/summary", "PLAN", "SUMMARY"),
            new Field("/tiers/0/name", "TIER", "NAME"),
            new Field("/criteria/0/id", "CRITERION", "ID"),
            new Field("/criteria/0/name", "CRITERION", "NAME"),
            new Field("/criteria/0/description", "CRITERION", "DESCRIPTION"),
            new Field("/criteria/0/scale/levels/1", "CRITERION_LEVEL", "DESCRIPTION"),
            new Field("/pillars/0/id", "PILLAR", "ID"),
            new Field("/pillars/0/name", "PILLAR", "NAME"),
            new Field("/pillars/0/description", "PILLAR", "DESCRIPTION"),
            new Field("/groups/0/id", "MEASURE_GROUP", "ID"),
            new Field("/groups/0/title", "MEASURE_GROUP", "TITLE"),
            new Field("/groups/0/purpose", "MEASURE_GROUP", "PURPOSE"),
            new Field("/measures/0/id", "MEASURE", "ID"),
            new Field("/measures/0/title", "MEASURE", "TITLE"),
            new Field("/measures/0/description", "MEASURE", "DESCRIPTION"),
            new Field("/measures/0/owner", "MEASURE", "OWNER"),
            new Field("/measures/0/indicators/0/name", "INDICATOR", "NAME"),
            new Field("/measures/0/indicators/0/target", "INDICATOR", "TARGET"),
            new Field("/measures/0/indicators/0/unit", "INDICATOR", "UNIT"),
            new Field("/measures/0/indicators/0/method", "INDICATOR", "METHOD"),
            new Field("/measures/0/indicators/0/id", "INDICATOR", "INDICATOR_KEY"),
            new Field("/groups/0/indicators/0/actuals/0/source", "INDICATOR_ACTUAL", "SOURCE"),
            new Field("/groups/0/indicators/0/actuals/0/note", "INDICATOR_ACTUAL", "NOTE"),
            new Field("/measures/0/yearCosts/0/breakdown/0/name", "MEASURE_COST_ITEM", "NAME"),
            new Field("/followUp/gradeRule/steps/0/grade", "GRADE_STEP", "GRADE"),
            new Field("/followUp/gradeRule/lowest", "PLAN_FOLLOW_UP", "LOWEST_GRADE"),
            new Field("/followUp/evaluations/0/gradeReason", "EVALUATION", "GRADE_REASON"),
            new Field("/followUp/evaluations/0/directionReason", "EVALUATION", "DIRECTION_REASON"),
            new Field("/followUp/evaluations/0/comment", "EVALUATION", "COMMENT"),
            new Field("/measures/0/evidence/0/title", "EVIDENCE", "TITLE"),
            new Field("/measures/0/evidence/0/url", "EVIDENCE", "URL"),
            new Field("/measures/0/evidence/0/note", "EVIDENCE", "NOTE"),
            new Field("/significance/0/text", "SIGNIFICANCE", "TEXT_VALUE"),
            new Field("/problems/0/id", "PROBLEM", "ID"),
            new Field("/problems/0/title", "PROBLEM", "TITLE"),
            new Field("/problems/0/description", "PROBLEM", "DESCRIPTION"),
            new Field("/problems/0/consequence", "PROBLEM", "CONSEQUENCE"),
            new Field("/cases/0/municipality", "PEER_CASE", "MUNICIPALITY"),
            new Field("/cases/0/title", "PEER_CASE", "TITLE"),
            new Field("/cases/0/summary", "PEER_CASE", "SUMMARY"),
            new Field("/cases/0/successFactors", "PEER_CASE", "SUCCESS_FACTORS"),
            new Field("/cases/0/results", "PEER_CASE", "RESULTS"),
            new Field("/timeline/0/text", "TIMELINE_ENTRY", "TEXT_VALUE"),
            new Field("/timeline/0/source", "TIMELINE_ENTRY", "SOURCE"),
            new Field("/raters/0/id", "RATER", "ID"),
            new Field("/raters/0/name", "RATER", "NAME"),
            new Field("/scores/0/note", "SCORE", "NOTE"),
            new Field("/scenarios/0/name", "SCENARIO", "NAME"),
            new Field("/rounds/0/title", "SCORING_ROUND", "TITLE"),
            new Field("/rounds/0/scores/0/note", "ROUND_SCORE", "NOTE"));

    /**
     * Text columns that hold no free text of a plan: enum codes the model writes itself, ids of other rows (checked
     * as ids below), references to a grade of the grade rule (whose grades are checked as fields above; any other
     * grade is refused as unknown, so the generic probe cannot try lengths on it), and the store's own bookkeeping.
     */
    private static final Set<String> NOT_PLAN_TEXT = Set.of("PLAN.WEIGHTING_METHOD", "PLAN.CONTENT_DIGEST",
            "CRITERION.DIRECTION", "INDICATOR.KIND", "INDICATOR.OWNER_KIND", "EVIDENCE.KIND", "EVIDENCE.OWNER_KIND",
            "SIGNIFICANCE.STAKEHOLDER", "PROBLEM.STAKEHOLDER", "SCORING_ROUND.STATE", "INDICATOR.DIRECTION",
            "INDICATOR_TARGET.OWNER_KIND", "INDICATOR_ACTUAL.OWNER_KIND", "EVALUATION.DIRECTION", "EVALUATION.GRADE");
    /** Tables of the store itself, not of a plan's content. */
    private static final Set<String> STORE_TABLES = Set.of("APP_SETTING", "STORE_INTEGRITY", "JOURNAL",
            "PLAN_VERSION", "FLYWAY_SCHEMA_HISTORY");

    @TempDir
    Path dir;

    @Test
    void everyTextColumnIsAtLeastAsWideAsTheLimitTheValidatorAppliesToItsField() throws Exception {
        Map<String, Long> widths = textColumnWidths();
        JsonNode fixture = fixture();
        List<String> problems = new ArrayList<>();
        for (Field f : FIELDS) {
            int limit = validatorLimit(fixture, f.pointer());
            String column = f.table() + "." + f.column();
            Long width = widths.get(column);
            if (width == null) {
                // The scores' notes moved into packed score blocks (schema 4), which have no width.
                if (!f.table().endsWith("SCORE") || widths.containsKey(f.table() + ".MEASURE_ID")) {
                    problems.add(f.pointer() + ": no column " + column);
                }
            } else if (width < limit) {
                problems.add(f.pointer() + ": the validator allows " + limit + " characters, " + column + " holds "
                        + width);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTextColumnOfAPlanTableIsAFieldWithALimitOrAnIdOrACode() throws Exception {
        Set<String> mapped = new TreeSet<>();
        FIELDS.forEach(f -> mapped.add(f.table() + "." + f.column()));
        List<String> unchecked = new ArrayList<>();
        textColumnWidths().forEach((column, width) -> {
            String table = column.substring(0, column.indexOf('.'));
            String name = column.substring(column.indexOf('.') + 1);
            boolean id = name.equals("ID") || name.endsWith("_ID") || name.startsWith("CRITERION_");
            if (STORE_TABLES.contains(table.toUpperCase(Locale.ROOT)) || NOT_PLAN_TEXT.contains(column) || mapped.contains(column)) {
                return;
            }
            if (id && width >= Limits.CODE_LENGTH) {
                return;
            }
            unchecked.add(column + " (" + width + ")");
        });
        assertThat(unchecked).as("text columns with no limit checked against them").isEmpty();
    }

    /**
     * The longest text the validator accepts in the field at {@code pointer}: one of the limits' length classes,
     * the one where that many characters pass and one more is refused at that very pointer.
     */
    private static int validatorLimit(JsonNode fixture, String pointer) throws Exception {
        for (int length : new int[] {Limits.CODE_LENGTH, Limits.SHORT_TEXT_LENGTH, Limits.LONG_TEXT_LENGTH}) {
            if (refusedAt(fixture, pointer, length + 1)) {
                assertThat(refusedAt(fixture, pointer, length)).as(pointer + " at " + length).isFalse();
                return length;
            }
        }
        throw new AssertionError(pointer + ": the validator accepts " + (Limits.LONG_TEXT_LENGTH + 1)
                + " characters: the field has no length limit");
    }

    private static boolean refusedAt(JsonNode fixture, String pointer, int length) throws Exception {
        ObjectNode root = fixture.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        assertThat(parent.isObject()).as(pointer + " is in the fixture").isTrue();
        // Unique per length, so an id never clashes with another.
        ((ObjectNode) parent).put(pointer.substring(slash + 1), "x".repeat(length));
        Plan plan = new PlanReader(new IoMessages(Locale.ENGLISH)).read(root);
        return new PlanValidator(Locale.ENGLISH).validate(plan).stream().anyMatch(i -> i.pointer().equals(pointer));
    }

    /** The rich plan with the follow-up of {@link PlanFixtures#followUp} and the rounds of {@link RoundFixtures}. */
    private static JsonNode fixture() throws Exception {
        Plan plan = PlanFixtures.followUp().withRounds(RoundFixtures.withRounds().rounds());
        return PlanJson.MAPPER.readTree(new PlanJson(Locale.ENGLISH).write(plan));
    }

    /** TABLE.COLUMN → maximum length of every character column of a freshly migrated database. */
    private Map<String, Long> textColumnWidths() throws Exception {
        try (Database db = Database.open(dir.resolve("data"))) {
            return db.read(c -> {
                Map<String, Long> widths = new HashMap<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT TABLE_NAME, COLUMN_NAME,"
                        + " CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND DATA_TYPE IN ('CHARACTER VARYING', 'CHARACTER')")) {
                    while (rs.next()) {
                        widths.put(rs.getString(1) + "." + rs.getString(2), rs.getLong(3));
                    }
                }
                assertThat(widths).as("columns found").containsKey("PLAN.TITLE");
                return widths;
            });
        }
    }
}
