package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.edit.Cell;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.RenamePlan;
import org.kaname.edit.SetScore;
import org.kaname.model.Plan;
import org.kaname.store.AccessDeniedException;
import org.kaname.store.PlanMember;
import org.kaname.store.PlanRole;
import org.kaname.store.PostgresTestServer;
import org.kaname.store.ServerAddress;
import org.kaname.store.StoreException;

/**
 * Roles through Kaname's own services on a real PostgreSQL: each person opens the shared database with their own
 * login, as the app and the CLI do. The raw-SQL side of the same rules is {@link org.kaname.store.SharedRolesTest}.
 */
class SharedRolesServicesTest {
    static final PostgresTestServer SERVER = PostgresTestServer.shared();
    static final String PASSWORD = "secret-members";
    static ServerAddress database;

    Services owner;
    long plan;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = SERVER.newDatabase();
        Services.openServer(database, SERVER.superuserPassword(), Locale.JAPANESE).close();
        for (String login : List.of("svc_owner", "svc_rater", "svc_viewer", "svc_editor", "svc_stranger")) {
            SERVER.createLogin(database, login, PASSWORD);
        }
    }

    @BeforeEach
    void createPlan() throws Exception {
        owner = open("svc_owner");
        plan = owner.plans().create(TestPlans.rich());
        owner.members().grant(plan, "svc_rater", PlanRole.RATER, "r1");
        owner.members().grant(plan, "svc_viewer", PlanRole.VIEWER, null);
        owner.members().grant(plan, "svc_editor", PlanRole.EDITOR, null);
    }

    @AfterEach
    void close() {
        owner.close();
    }

    static Services open(String login) throws Exception {
        return Services.openServer(new ServerAddress(database.host(), database.port(), database.database(), login),
                PASSWORD.toCharArray(), Locale.JAPANESE);
    }

    @Test
    void theCreatorOwnsThePlanAndTheOwnerGrantsRoles() throws Exception {
        assertThat(owner.members().myRole(plan)).isEqualTo(PlanRole.OWNER);
        assertThat(owner.members().list(plan)).containsExactly(
                new PlanMember("svc_owner", PlanRole.OWNER, null),
                new PlanMember("svc_editor", PlanRole.EDITOR, null),
                new PlanMember("svc_rater", PlanRole.RATER, "r1"),
                new PlanMember("svc_viewer", PlanRole.VIEWER, null));

        assertThat(owner.members().revoke(plan, "svc_viewer")).isTrue();
        assertThat(owner.members().revoke(plan, "svc_viewer")).isFalse();
        assertThat(owner.members().list(plan)).extracting(PlanMember::login).doesNotContain("svc_viewer");
    }

    @Test
    void whatAnOwnerTypesIsCheckedBeforeItIsStored() {
        assertThatThrownBy(() -> owner.members().grant(plan, "nobody_here", PlanRole.VIEWER, null))
                .isInstanceOf(MemberRefusedException.class).hasMessageContaining("nobody_here")
                .hasMessageContaining("サーバーにありません");
        assertThatThrownBy(() -> owner.members().grant(plan, "svc_stranger", PlanRole.RATER, null))
                .isInstanceOf(MemberRefusedException.class).hasMessageContaining("r1, r2");
        assertThatThrownBy(() -> owner.members().grant(plan, "svc_stranger", PlanRole.RATER, "r9"))
                .isInstanceOf(MemberRefusedException.class).hasMessageContaining("r9");
        assertThatThrownBy(() -> owner.members().grant(plan, "svc_owner", PlanRole.EDITOR, null))
                .isInstanceOf(MemberRefusedException.class).hasMessageContaining("所有者が一人以上");
    }

    @Test
    void aRaterChangesTheirOwnScoresThroughTheStoreButNoOneElses() throws Exception {
        try (Services rater = open("svc_rater")) {
            assertThat(rater.members().access(plan).mayScore("r1")).isTrue();
            rater.plans().apply(plan, new SetScore(new Cell("B01", "speed", "r1"), 2, "見直し", Instant.now()));
            Plan before = owner.plans().open(plan).plan();

            assertThatThrownBy(() -> rater.plans().apply(plan,
                    new SetScore(new Cell("B01", "speed", "r2"), 1, "", Instant.now())))
                    .isInstanceOf(EditRefusedException.class)
                    .hasMessage("この計画での役割は「採点者」のため、ほかの評価者の評点は変更できません（編集者以上が必要です）。");
            assertThatThrownBy(() -> rater.plans().apply(plan, new RenamePlan("乗っ取り")))
                    .isInstanceOf(EditRefusedException.class).hasMessageContaining("「採点者」");
            assertThatThrownBy(() -> rater.members().grant(plan, "svc_stranger", PlanRole.OWNER, null))
                    .isInstanceOf(MemberRefusedException.class)
                    .hasMessage("この計画での役割は「採点者」のため、メンバーと役割は変更できません（所有者だけができます）。");

            assertThat(owner.plans().open(plan).plan()).isEqualTo(before);
            assertThat(before.scores()).anyMatch(s -> s.rater().equals("r1") && s.criterion().equals("speed")
                    && s.measure().equals("B01") && s.value() == 2);
            assertThat(owner.history().rows(plan, org.kaname.store.JournalFilter.ALL, Locale.JAPANESE))
                    .extracting(r -> r.entry().user()).contains("svc_rater");
        }
    }

    @Test
    void theAppsEditorRefusesAtOnceWhatTheRoleDoesNotAllowAndShowsNothing() throws Exception {
        try (Services rater = open("svc_rater")) {
            long seq = rater.plans().journalSeq(plan);
            Plan opened = rater.plans().open(plan).plan();
            PlanEditor editor = rater.editor(plan, opened, seq, Runnable::run, Runnable::run);
            try {
                assertThat(editor.access().mayScore("r1")).isTrue();
                assertThat(editor.access().mayChangeStructure()).isFalse();

                assertThatThrownBy(() -> editor.apply(new SetScore(new Cell("B01", "speed", "r2"), 1, "",
                        Instant.now()))).isInstanceOf(EditRefusedException.class)
                        .hasMessage("この計画での役割は「採点者」のため、ほかの評価者の評点は変更できません（編集者以上が必要です）。");
                assertThatThrownBy(() -> editor.apply(new RenamePlan("乗っ取り")))
                        .isInstanceOf(EditRefusedException.class).hasMessageContaining("計画の名称");
                assertThat(editor.plan()).isEqualTo(opened);
                assertThat(editor.canUndo()).isFalse();

                editor.apply(new SetScore(new Cell("B01", "speed", "r1"), 1, "", Instant.now()));
                assertThat(owner.plans().open(plan).plan().scores()).anyMatch(s -> s.rater().equals("r1")
                        && s.measure().equals("B01") && s.criterion().equals("speed") && s.value() == 1);
            } finally {
                editor.close();
            }
        }
    }

    @Test
    void aViewerReadsAndExportsButWritesNothing() throws Exception {
        try (Services viewer = open("svc_viewer")) {
            assertThat(viewer.plans().plans()).extracting(p -> p.id()).contains(plan);
            assertThat(viewer.plans().exportText(plan)).contains(TestPlans.rich().title());
            Plan before = owner.plans().open(plan).plan();

            assertThatThrownBy(() -> viewer.plans().apply(plan,
                    new SetScore(new Cell("B01", "speed", "r1"), 1, "", Instant.now())))
                    .isInstanceOf(EditRefusedException.class).hasMessageContaining("「閲覧者」");
            assertThatThrownBy(() -> viewer.plans().delete(plan)).isInstanceOf(AccessDeniedException.class);

            assertThat(owner.plans().open(plan).plan()).isEqualTo(before);
        }
    }

    @Test
    void anEditorChangesTheStructureButNotTheMembersNorDeletesThePlan() throws Exception {
        try (Services editor = open("svc_editor")) {
            editor.plans().apply(plan, new RenamePlan("編集者が変えた名前"));
            editor.plans().apply(plan, new SetScore(new Cell("B01", "speed", "r2"), 1, "", Instant.now()));
            assertThat(owner.plans().open(plan).plan().title()).isEqualTo("編集者が変えた名前");

            assertThatThrownBy(() -> editor.members().revoke(plan, "svc_rater"))
                    .isInstanceOf(MemberRefusedException.class).hasMessageContaining("「編集者」");
            assertThatThrownBy(() -> editor.plans().delete(plan)).isInstanceOf(StoreException.class);
            assertThat(owner.plans().plans()).extracting(p -> p.id()).contains(plan);
        }
    }

    @Test
    void aNonMemberSeesNoPlanAndTheOwnerDeletesOneWithItsHistory() throws Exception {
        try (Services stranger = open("svc_stranger")) {
            assertThat(stranger.plans().plans()).extracting(p -> p.id()).doesNotContain(plan);
            assertThatThrownBy(() -> stranger.plans().open(plan)).isInstanceOf(PlanNotFoundException.class);
            assertThat(stranger.members().myRole(plan)).isNull();
        }
        owner.plans().delete(plan);
        assertThat(owner.plans().plans()).extracting(p -> p.id()).doesNotContain(plan);
    }

    @Test
    void onTheLocalFileItsUserOwnsEveryPlanAndThereAreNoMembers(@org.junit.jupiter.api.io.TempDir
                                                                  java.nio.file.Path dir) throws Exception {
        try (Services local = Services.open(dir, Locale.JAPANESE)) {
            long id = local.plans().plans().get(0).id();
            assertThat(local.members().shared()).isFalse();
            assertThat(local.members().myRole(id)).isEqualTo(PlanRole.OWNER);
            assertThat(local.members().list(id)).isEmpty();
            assertThatThrownBy(() -> local.members().grant(id, "someone", PlanRole.VIEWER, null))
                    .isInstanceOf(MemberRefusedException.class).hasMessageContaining("共有データベース");
        }
    }
}
