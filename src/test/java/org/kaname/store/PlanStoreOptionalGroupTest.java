package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.UngroupedPlans;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/** A measure without group and a group without pillar are stored as they are (SQL NULL), as the format allows. */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class PlanStoreOptionalGroupTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    @Test
    void aMeasureWithoutGroupAndAGroupWithoutPillarComeBackEqual() throws Exception {
        Plan plan = UngroupedPlans.mixed();
        try (SqlDatabase db = TestDatabases.open(dialect, dir)) {
            PlanStore store = TestDigests.store(db, Clock.systemUTC());
            long id = store.insert(plan, TestDigests.CREATE);
            Plan loaded = store.load(id).orElseThrow().plan();
            assertThat(loaded).isEqualTo(plan);
            assertThat(loaded.measure(UngroupedPlans.UNGROUPED).orElseThrow().group()).isNull();
            assertThat(loaded.group("G2").orElseThrow().pillar()).isNull();
            // Stored as SQL NULL, not as a text such as "" or "null" that would read back as a group id.
            assertThat(column(db, "SELECT group_id FROM measure WHERE id = 'B03'")).containsExactly((String) null);
            assertThat(column(db, "SELECT pillar_id FROM measure_group WHERE id = 'G2'")).containsExactly((String) null);
        }
        // And still after the database is closed and opened again (the content digest matches).
        try (SqlDatabase db = TestDatabases.open(dialect, dir)) {
            assertThat(TestDigests.store(db, Clock.systemUTC()).load(1).orElseThrow().plan()).isEqualTo(plan);
        }
    }

    @Test
    void aPlanWithoutPillarsOrGroupsComesBackEqual() throws Exception {
        Plan plan = UngroupedPlans.flat();
        try (SqlDatabase db = TestDatabases.open(dialect, dir)) {
            PlanStore store = TestDigests.store(db, Clock.systemUTC());
            long id = store.insert(plan, TestDigests.CREATE);
            assertThat(store.load(id).orElseThrow().plan()).isEqualTo(plan);
        }
    }

    @Test
    void changingOnlyTheMeasuresWritesAndJournalsTheMissingGroup() throws Exception {
        Plan plan = UngroupedPlans.mixed();
        try (SqlDatabase db = TestDatabases.open(dialect, dir)) {
            PlanStore store = TestDigests.store(db, Clock.systemUTC());
            long id = store.insert(plan, TestDigests.CREATE);
            List<Measure> measures = new ArrayList<>(plan.measures());
            // B01 leaves its group, B03 joins one: both directions of the optional column in one partial write.
            measures.set(0, new Measure("B01", null, "研修プログラムの実施（全庁）", "", "", 30_000_000L, 5_000_000L, 2,
                    null, List.of(), List.of(), List.of(), List.of(), null));
            measures.set(2, Measure.of("B03", "G2", "庁内チャットの導入").withCosts(5_000_000L, 1_000_000L, 1)
                    .withDependsOn(List.of("B01")));
            Plan changed = plan.withMeasures(measures);
            assertThat(TestDigests.replace(store, id, changed)).isTrue();
            assertThat(store.load(id).orElseThrow().plan()).isEqualTo(changed);
            assertThat(column(db, "SELECT group_id FROM measure WHERE id = 'B01'")).containsExactly((String) null);
            assertThat(column(db, "SELECT group_id FROM measure WHERE id = 'B03'")).containsExactly("G2");
        }
    }

    private static List<String> column(SqlDatabase db, String sql) {
        return db.inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
