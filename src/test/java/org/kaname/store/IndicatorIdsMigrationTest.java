package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.Change;
import org.kaname.model.Budget;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.model.FiscalYears;
import org.kaname.model.FollowUp;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorKind;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * A database of schema 5 (the version before issue 16) opens in this version: migrated to schema 6, its indicators
 * given the ids {@link org.kaname.model.IndicatorIds} gives (owner-KGI|KSI|KPI-n, in plan order), and everything else
 * read back as it was.
 * H2 only: files written by earlier releases (a server starts at the current schema).
 */
class IndicatorIdsMigrationTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + new DataFiles(dir).databaseUrlPath() + ";FILE_LOCK=NO";
    }

    /** Plan 3 as the schema-5 rows below hold it: two support measures, two measures, indicators of every kind. */
    private static Plan plan3() {
        List<Indicator> s1 = List.of(
                new Indicator(IndicatorKind.KGI, "手続のオンライン利用率", "86.2", "%", "システム集計", 2030),
                new Indicator(IndicatorKind.KSI, "職員の意識", "", "", "アンケート", null),
                new Indicator(IndicatorKind.KPI_OUTCOME, "削減時間", "5", "万時間", "", 2029),
                new Indicator(IndicatorKind.KPI_OUTPUT, "研修回数", "12", "回", "", null),
                new Indicator(IndicatorKind.KGI, "満足度", "80", "%", "", null));
        List<Indicator> s2 = List.of(new Indicator(IndicatorKind.KPI_OUTPUT, "拠点数", "各区5箇所", "", "", null));
        List<Indicator> m1 = List.of(
                new Indicator(IndicatorKind.KPI_OUTPUT, "受講者数", "200", "人", "研修記録", null),
                new Indicator(IndicatorKind.KPI_OUTCOME, "活用率", "50", "%", "", null));
        Evidence ev = new Evidence("国の計画", "https://example.jp/", EvidenceKind.NATIONAL_PLAN, "");
        List<MeasureGroup> groups = List.of(new MeasureGroup("S1", null, "支援策一", "目的", s1, List.of()),
                new MeasureGroup("S2", null, "支援策二", "", s2, List.of()));
        List<Measure> measures = List.of(
                new Measure("S1-1", "S1", "施策一", "説明", "企画課", 1_000_000L, 200_000L, 3, 2027, List.of(),
                        List.of(), m1, List.of(ev), null),
                new Measure("S1-2", "S1", "施策二", "", "", 0, 0, 1, null, List.of(), List.of(), List.of(), List.of(),
                        2028));
        return Plan.empty("旧い計画", new FiscalYears(2026, 2030)).withBudget(Budget.uniform(5000))
                .withStructure(List.of(), groups, measures);
    }

    /** A schema-5 database as the previous version left it: plan 3 with its journal, 4 without, 5 damaged. */
    private void createVersion5Database() throws Exception {
        Flyway.configure().dataSource(url(), "kaname", "").locations("classpath:db/migration").target("5").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url(), "kaname", "")) {
            c.setAutoCommit(false);
            for (long id : new long[] {3, 4, 5}) {
                insertPlan(c, id, id == 3 ? "旧い計画" : "計画" + id);
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO measure_group (plan_id, position, id, pillar_id, title, purpose)"
                        + " VALUES (3, 0, 'S1', NULL, '支援策一', '目的'), (3, 1, 'S2', NULL, '支援策二', '')");
                st.executeUpdate("INSERT INTO measure (plan_id, position, id, group_id, title, description, owner,"
                        + " initial_cost, annual_cost, duration_years, earliest_start, pinned_start) VALUES"
                        + " (3, 0, 'S1-1', 'S1', '施策一', '説明', '企画課', 1000000, 200000, 3, 2027, NULL),"
                        + " (3, 1, 'S1-2', 'S1', '施策二', '', '', 0, 0, 1, NULL, 2028),"
                        + " (4, 0, 'A', NULL, '施策A', '', '', 0, 0, 1, NULL, NULL),"
                        + " (5, 0, 'B', NULL, '施策B', '', '', 0, 0, 1, NULL, NULL)");
                st.executeUpdate("INSERT INTO indicator (plan_id, owner_kind, owner_id, position, kind, name, target,"
                        + " unit, method, target_year) VALUES"
                        + " (3, 'G', 'S1', 0, 'KGI', '手続のオンライン利用率', '86.2', '%', 'システム集計', 2030),"
                        + " (3, 'G', 'S1', 1, 'KSI', '職員の意識', '', '', 'アンケート', NULL),"
                        + " (3, 'G', 'S1', 2, 'KPI_OUTCOME', '削減時間', '5', '万時間', '', 2029),"
                        + " (3, 'G', 'S1', 3, 'KPI_OUTPUT', '研修回数', '12', '回', '', NULL),"
                        + " (3, 'G', 'S1', 4, 'KGI', '満足度', '80', '%', '', NULL),"
                        + " (3, 'G', 'S2', 0, 'KPI_OUTPUT', '拠点数', '各区5箇所', '', '', NULL),"
                        + " (3, 'M', 'S1-1', 0, 'KPI_OUTPUT', '受講者数', '200', '人', '研修記録', NULL),"
                        + " (3, 'M', 'S1-1', 1, 'KPI_OUTCOME', '活用率', '50', '%', '', NULL),"
                        + " (4, 'M', 'A', 0, 'KGI', '指標', '', '', '', NULL),"
                        + " (5, 'M', 'B', 0, 'KGI', '指標', '', '', '', NULL)");
                st.executeUpdate("INSERT INTO evidence (plan_id, owner_kind, owner_id, position, title, url, kind,"
                        + " note) VALUES (3, 'M', 'S1-1', 0, '国の計画', 'https://example.jp/', 'national-plan', '')");
            }
            // Plan 3 carries the digest the previous version wrote (its indicators had no ids then) and a history;
            // plan 4 has neither (stored before schema 3); plan 5's digest no longer matches its rows.
            setDigest(c, 3, TestDigests.REAL.of(plan3()));
            setDigest(c, 5, "0".repeat(64));
            PlanJournal.append(c, 3, Instant.parse("2026-10-01T00:00:00Z"), TestDigests.CREATE, Change.NONE,
                    TestDigests.PARTS);
            PlanJournal.append(c, 5, Instant.parse("2026-10-01T00:00:00Z"), TestDigests.CREATE, Change.NONE,
                    TestDigests.PARTS);
            c.commit();
        }
        assertThat(versions()).containsExactly("1", "2", "3", "4", "5");
    }

    private static void insertPlan(Connection c, long id, String title) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan (id, title, organization, description,"
                + " summary, fy_start, fy_end, budget_uniform, weighting_method, created_at, updated_at) VALUES"
                + " (?, ?, '', '', '', 2026, 2030, 5000, 'direct', TIMESTAMP WITH TIME ZONE '2025-04-01 00:00:00+00',"
                + " TIMESTAMP WITH TIME ZONE '2025-04-02 00:00:00+00')")) {
            ps.setLong(1, id);
            ps.setString(2, title);
            ps.executeUpdate();
        }
    }

    private static void setDigest(Connection c, long id, String digest) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET content_digest = ? WHERE id = ?")) {
            ps.setString(1, digest);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private List<String> versions() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "kaname", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static List<String> journalKinds(Database db, long planId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT edit_kind FROM journal WHERE plan_id = ?"
                    + " ORDER BY seq")) {
                ps.setLong(1, planId);
                List<String> kinds = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        kinds.add(rs.getString(1));
                    }
                }
                return kinds;
            }
        });
    }

    private static List<String> ids(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::id).toList();
    }

    @Test
    void aVersion5DatabaseGetsIndicatorIdsInPlanOrderAndKeepsEverythingElse() throws Exception {
        createVersion5Database();
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir)) {
            PlanStore store = TestDigests.store(db, clock);
            assertThat(store.setting(PlanStore.INDICATOR_IDS_PENDING)).isPresent();
            assertThat(store.upgradeLegacy("tester")).isEqualTo(3);

            Plan plan = store.load(3).orElseThrow().plan();
            assertThat(ids(plan.groups().get(0).indicators()))
                    .containsExactly("S1-KGI-1", "S1-KSI-1", "S1-KPI-1", "S1-KPI-2", "S1-KGI-2");
            assertThat(ids(plan.groups().get(1).indicators())).containsExactly("S2-KPI-1");
            assertThat(ids(plan.measures().get(0).indicators())).containsExactly("S1-1-KPI-1", "S1-1-KPI-2");
            // Everything else as it was: the plan equals the schema-5 plan with those ids and nothing more.
            Plan expected = plan3();
            List<MeasureGroup> groups = List.of(withIds(expected.groups().get(0), "S1-KGI-1", "S1-KSI-1", "S1-KPI-1",
                    "S1-KPI-2", "S1-KGI-2"), withIds(expected.groups().get(1), "S2-KPI-1"));
            Measure m1 = expected.measures().get(0);
            List<Measure> measures = List.of(m1.withIndicators(List.of(m1.indicators().get(0).withId("S1-1-KPI-1"),
                    m1.indicators().get(1).withId("S1-1-KPI-2"))), expected.measures().get(1));
            assertThat(plan).isEqualTo(expected.withStructure(List.of(), groups, measures));
            assertThat(plan.followUp()).isEqualTo(FollowUp.NONE);
            assertThat(plan.measures()).allSatisfy(m -> assertThat(m.yearCosts()).isEmpty());
            assertThat(plan).isEqualTo(org.kaname.model.IndicatorIds.assignMissing(plan3()));

            assertThat(ids(store.load(4).orElseThrow().plan().measures().get(0).indicators()))
                    .containsExactly("A-KGI-1");
            // A plan with a history gets no "migrated" entry; one without starts its history with it.
            assertThat(journalKinds(db, 3)).containsExactly("create");
            assertThat(journalKinds(db, 4)).containsExactly("migrated");
            // A plan damaged before the upgrade stays damaged (its digest is not rewritten to match).
            assertThatThrownBy(() -> store.load(5)).isInstanceOf(PlanDamagedException.class);

            // Done once: the marker is gone and a second start changes nothing.
            assertThat(store.setting(PlanStore.INDICATOR_IDS_PENDING)).isEmpty();
            assertThat(store.upgradeLegacy("tester")).isZero();
        }
        assertThat(versions()).containsExactly("1", "2", "3", "4", "5", "6");
        try (Database db = Database.open(dir)) {
            PlanStore store = TestDigests.store(db, clock);
            assertThat(store.upgradeLegacy("tester")).isZero();
            assertThat(store.load(3).orElseThrow().plan())
                    .isEqualTo(org.kaname.model.IndicatorIds.assignMissing(plan3()));
        }
    }

    @Test
    void aNewDatabaseHasNothingToUpgradeAndForgetsTheMarker() throws Exception {
        try (Database db = Database.open(dir)) {
            PlanStore store = TestDigests.store(db, Clock.systemUTC());
            assertThat(store.upgradeLegacy("tester")).isZero();
            assertThat(store.setting(PlanStore.INDICATOR_IDS_PENDING)).isEmpty();
        }
    }

    private static MeasureGroup withIds(MeasureGroup g, String... ids) {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            indicators.add(g.indicators().get(i).withId(ids[i]));
        }
        return new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), indicators, g.evidence());
    }
}
