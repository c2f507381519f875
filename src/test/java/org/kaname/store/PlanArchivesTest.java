package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.TestPlans;
import org.kaname.model.Plan;

/**
 * Issue 17, item 4, in the store, on H2 and on a real PostgreSQL, each way: a plan read as a {@link PlanArchive} and
 * written into another database comes back with the same content, created and updated times, every journal row and
 * every version as stored; a write refused half-way leaves the target as it was; damage in the source is refused,
 * not copied.
 */
class PlanArchivesTest {
    private static final Clock T1 = Clock.fixed(Instant.parse("2026-11-28T01:02:03.456789Z"), ZoneOffset.UTC);

    enum Kind { H2, POSTGRESQL }

    enum Route {
        H2_TO_H2(Kind.H2, Kind.H2), H2_TO_POSTGRESQL(Kind.H2, Kind.POSTGRESQL),
        POSTGRESQL_TO_H2(Kind.POSTGRESQL, Kind.H2), POSTGRESQL_TO_POSTGRESQL(Kind.POSTGRESQL, Kind.POSTGRESQL);

        final Kind from;
        final Kind to;

        Route(Kind from, Kind to) {
            this.from = from;
            this.to = to;
        }
    }

    @TempDir
    Path dir;
    private SqlDatabase source;
    private SqlDatabase target;

    private SqlDatabase open(Kind kind, String name) throws Exception {
        if (kind == Kind.H2) {
            return Database.open(dir.resolve(name));
        }
        PostgresTestServer server = PostgresTestServer.shared();
        return ServerDatabase.open(server.newMigratedDatabase(), server.superuserPassword());
    }

    private void open(Route route) throws Exception {
        source = open(route.from, "source");
        target = open(route.to, "target");
    }

    @AfterEach
    void close() {
        if (source != null) {
            source.close();
        }
        if (target != null) {
            target.close();
        }
    }

    /** A plan with a few edits and two versions, its id in {@code source}. */
    private long planWithHistory() {
        PlanStore store = TestDigests.store(source, T1);
        long id = store.insert(TestPlans.rich(), TestDigests.CREATE);
        Plan plan = store.load(id).orElseThrow().plan();
        TestDigests.replace(store, id, plan.withTitle("改題した計画"));
        PlanVersions versions = new PlanVersions(source, T1, TestDigests.PARTS);
        versions.save(id, "第1版", "企画課", "version one".getBytes(StandardCharsets.UTF_8));
        TestDigests.replace(store, id, store.load(id).orElseThrow().plan().withTitle("もう一度改題"));
        versions.save(id, "第2版", "財政課", new byte[] {0, 1, 2, (byte) 0xff});
        return id;
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void aCopyHasTheSourcesContentJournalAndVersionsAsStored(Route route) throws Exception {
        open(route);
        // A plan already in the target, so the copy's id differs from the source's.
        TestDigests.store(target, T1).insert(TestPlans.rich(), TestDigests.CREATE);
        long id = planWithHistory();
        PlanArchive archive = new PlanArchives(source, TestDigests.REAL).read(id).orElseThrow();
        assertThat(archive.journal()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(archive.versions()).hasSize(2);

        long copy = new PlanArchives(target, TestDigests.REAL).write(archive);

        assertThat(copy).isNotEqualTo(id);
        PlanArchive copied = new PlanArchives(target, TestDigests.REAL).read(copy).orElseThrow();
        assertThat(copied.plan()).isEqualTo(archive.plan());
        assertThat(copied.createdAt()).isEqualTo(archive.createdAt());
        assertThat(copied.updatedAt()).isEqualTo(archive.updatedAt());
        assertThat(copied.journal()).isEqualTo(archive.journal());
        assertThat(copied.versions()).isEqualTo(archive.versions());
        // What the history and undo read goes through the ordinary readers too.
        PlanJournal sourceJournal = new PlanJournal(source, TestDigests.PARTS);
        PlanJournal targetJournal = new PlanJournal(target, TestDigests.PARTS);
        assertThat(targetJournal.entries(copy, JournalFilter.ALL)).isEqualTo(sourceJournal.entries(id, JournalFilter.ALL));
        assertThat(targetJournal.actions(copy)).isEqualTo(sourceJournal.actions(id));
        assertThat(new PlanVersions(target, T1, TestDigests.PARTS).content(copy, 2).orElseThrow().bytes())
                .containsExactly(0, 1, 2, (byte) 0xff);
        assertThat(TestDigests.store(target, T1).load(copy).orElseThrow().plan()).isEqualTo(archive.plan());
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void aWriteRefusedHalfWayLeavesTheTargetAsItWas(Route route) throws Exception {
        open(route);
        long existing = TestDigests.store(target, T1).insert(TestPlans.rich(), TestDigests.CREATE);
        PlanArchive archive = new PlanArchives(source, TestDigests.REAL).read(planWithHistory()).orElseThrow();
        List<VersionRow> versions = new ArrayList<>(archive.versions());
        VersionRow last = versions.remove(versions.size() - 1);
        // The second version's bytes no longer match their digest: refused after the plan, its content, its journal
        // and the first version were written in the same transaction.
        versions.add(new VersionRow(last.number(), last.name(), last.createdAt(), last.user(), last.journalSeq(),
                new byte[] {9, 9}, last.contentDigest()));
        PlanArchive bad = new PlanArchive(archive.sourceId(), archive.plan(), archive.createdAt(), archive.updatedAt(),
                archive.journal(), versions);
        List<PlanSummary> before = TestDigests.store(target, T1).list();
        long journalBefore = new PlanJournal(target, TestDigests.PARTS).lastSeq(existing);

        assertThatThrownBy(() -> new PlanArchives(target, TestDigests.REAL).write(bad))
                .isInstanceOf(PlanDamagedException.class).hasMessageContaining("version 2");

        assertThat(TestDigests.store(target, T1).list()).isEqualTo(before);
        assertThat(new PlanJournal(target, TestDigests.PARTS).lastSeq(existing)).isEqualTo(journalBefore);
        assertThat(count(target, "SELECT COUNT(*) FROM journal")).isEqualTo(journalBefore);
        assertThat(count(target, "SELECT COUNT(*) FROM plan_version")).isZero();
        assertThat(count(target, "SELECT COUNT(*) FROM measure WHERE plan_id <> " + existing)).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"H2_TO_H2", "POSTGRESQL_TO_H2"})
    void aDamagedVersionInTheSourceIsRefusedNotCopied(Route route) throws Exception {
        open(route);
        long id = planWithHistory();
        source.inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE plan_version SET content = content || content WHERE version_number = 1 AND plan_id = " + id));
        assertThatThrownBy(() -> new PlanArchives(source, TestDigests.REAL).read(id))
                .isInstanceOf(PlanDamagedException.class).hasMessageContaining("version 1");
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"H2_TO_H2", "POSTGRESQL_TO_H2"})
    void aPlanWhoseContentNoLongerMatchesItsDigestIsRefused(Route route) throws Exception {
        open(route);
        long id = planWithHistory();
        source.inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE measure SET title = '書き換え' WHERE plan_id = " + id + " AND position = 0"));
        assertThatThrownBy(() -> new PlanArchives(source, TestDigests.REAL).read(id))
                .isInstanceOf(PlanDamagedException.class).hasMessageContaining("digest");
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"H2_TO_H2", "POSTGRESQL_TO_H2"})
    void aPlanThatIsNotThereIsEmpty(Route route) throws Exception {
        open(route);
        assertThat(new PlanArchives(source, TestDigests.REAL).read(4242)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aChangeCommittedWhileThePlanIsReadIsReadAgainNotMixedIn() throws Exception {
        open(Route.POSTGRESQL_TO_H2);
        long id = planWithHistory();
        PostgresTestServer server = PostgresTestServer.shared();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        try (SqlDatabase other = ServerDatabase.open(((DatabaseLocation.Server) source.location()).address(),
                server.superuserPassword())) {
            PlanStore otherStore = TestDigests.store(other, T1);
            // Someone else renames the plan after this read has the plan's rows and before it reads the journal.
            SqlDatabase interrupted = new Interrupting(source, reads, "FROM journal WHERE plan_id = ? ORDER BY seq",
                    () -> TestDigests.replace(otherStore, id, otherStore.load(id).orElseThrow().plan()
                            .withTitle("その間の改題")));

            PlanArchive archive = new PlanArchives(interrupted, TestDigests.REAL).read(id).orElseThrow();

            assertThat(reads).hasValue(2);
            assertThat(archive.plan().title()).isEqualTo("その間の改題");
            // The rename's journal row is there with it: plan and journal are of the same moment.
            assertThat(archive.journal().get(archive.journal().size() - 1).seq())
                    .isEqualTo(new PlanJournal(other, TestDigests.PARTS).lastSeq(id));
            assertThat(archive).isEqualTo(new PlanArchives(source, TestDigests.REAL).read(id).orElseThrow());
        }
    }

    /** A database whose first read runs {@code meanwhile} just before it prepares a statement containing {@code sql}. */
    private record Interrupting(SqlDatabase db, java.util.concurrent.atomic.AtomicInteger reads, String sql,
                                Runnable meanwhile) implements SqlDatabase {
        @Override
        public <T> T inTransaction(SqlWork<T> work) {
            return db.inTransaction(work);
        }

        @Override
        public <T> T read(SqlWork<T> work) {
            boolean first = reads.incrementAndGet() == 1;
            return db.read(c -> work.run(!first ? c : (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && String.valueOf(args[0]).contains(sql)) {
                            meanwhile.run();
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    })));
        }

        @Override
        public Dialect dialect() {
            return db.dialect();
        }

        @Override
        public DatabaseLocation location() {
            return db.location();
        }

        @Override
        public String user() {
            return db.user();
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private static long count(SqlDatabase db, String sql) {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
