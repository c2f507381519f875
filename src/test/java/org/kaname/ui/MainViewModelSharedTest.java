package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.RenamePlan;
import org.kaname.service.Services;
import org.kaname.ui.shared.ConflictDialog;
import org.kaname.ui.shared.ConflictRow;
import org.kaname.ui.shared.ConnectionLoss;
import org.kaname.ui.shared.SharedSession;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/**
 * Issue 17 in the main window's logic: the status bar names the database (and the role on a shared plan), a conflict
 * is decided by the user — 「自分の値で上書き」 applies the edit again, 「相手の値を残す」 changes nothing — others' changes
 * are noted by name, and a lost connection is said with 「再接続」.
 */
class MainViewModelSharedTest {
    @TempDir
    Path dir;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    MainViewModel vm;

    @BeforeEach
    void open() throws Exception {
        services = Services.open(dir.resolve("data"), Locale.JAPANESE);
        vm = new MainViewModel(services, new CurrentThreadTaskExecutor(), Runnable::run, Runnable::run, dialogs,
                Locale.JAPANESE, plan -> { });
        vm.refreshPlans();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private String storedTitle() throws Exception {
        return services.plans().open(vm.editorProperty().get().planId()).plan().title();
    }

    private static List<ConflictRow> rows() {
        return List.of(new ConflictRow("計画名", "相手の題", "山田", Instant.parse("2026-12-06T01:00:00Z"), "私の題"));
    }

    @Test
    void theStatusBarNamesTheDatabaseAndTheRoleOnASharedPlan() {
        assertThat(vm.databaseProperty().get()).isEqualTo("ローカル: " + dir.resolve("data"));
        vm.setSession(new SharedSession(true, "yamada@db.example:5432/kaname", planId -> "採点者"));
        assertThat(vm.databaseProperty().get()).isEqualTo("共有: yamada@db.example:5432/kaname");
        // The role is read with the plan when it is opened.
        vm.selectedPlanProperty().set(null);
        vm.refreshPlans();
        assertThat(vm.databaseProperty().get())
                .isEqualTo("共有: yamada@db.example:5432/kaname（あなたの役割: 採点者）");
    }

    @Test
    void overwriteAppliesMyEditAgainAndKeepTheirsChangesNothing() throws Exception {
        String before = storedTitle();
        List<List<ConflictRow>> shown = new ArrayList<>();
        vm.setConflictChooser(r -> {
            shown.add(r);
            return ConflictDialog.Choice.KEEP_THEIRS;
        });
        vm.conflicted(rows(), new RenamePlan("私の題"));
        assertThat(shown).containsExactly(rows());
        assertThat(storedTitle()).isEqualTo(before);
        assertThat(vm.statusProperty().get()).isEqualTo("相手の値を残しました");

        vm.setConflictChooser(r -> ConflictDialog.Choice.OVERWRITE);
        vm.conflicted(rows(), new RenamePlan("私の題"));
        assertThat(storedTitle()).isEqualTo("私の題");
        assertThat(vm.editorProperty().get().plan().title()).isEqualTo("私の題");
        assertThat(vm.statusProperty().get()).isEqualTo("自分の値で上書きしました");
    }

    @Test
    void othersChangesAreNotedByNameAndATypedTextKeptIsNamed() {
        vm.refreshed(List.of("山田", "佐藤", "山田"));
        assertThat(vm.statusProperty().get()).isEqualTo("山田さん、佐藤さんの変更を反映しました");
        vm.setTypingGuard(() -> "相手の題");
        vm.refreshed(List.of("山田"));
        assertThat(vm.statusProperty().get()).startsWith("山田さんの変更を反映しました。入力中の欄は、あなたの入力のままです")
                .contains("「相手の題」");
        vm.setTypingGuard(() -> null);
        vm.refreshed(List.of());
        assertThat(vm.statusProperty().get()).isEqualTo("ほかの人の変更を反映しました");
    }

    @Test
    void aConnectionLossIsToldApartFromOtherRefusals() {
        assertThat(ConnectionLoss.is(new RuntimeException("save", new SQLException("gone", "08006")))).isTrue();
        assertThat(ConnectionLoss.is(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(ConnectionLoss.is(new java.net.ConnectException("Connection refused"))).isTrue();
        assertThat(ConnectionLoss.is(new SQLException("permission denied", "42501"))).isFalse();
        assertThat(ConnectionLoss.is(new IllegalStateException("other"))).isFalse();
    }

    @Test
    void aLostConnectionSaysTheEditIsNotSavedAndOffersToReconnect() {
        vm.setSession(new SharedSession(true, "yamada@db.example:5432/kaname", planId -> ""));
        org.kaname.service.PlanEditor before = vm.editorProperty().get();
        dialogs.answer = false;
        // What the editor hears from a commit the server never got.
        vm.savedForTest(before, java.util.Optional.of(new org.kaname.store.ConnectionLostException(
                "yamada@db.example:5432/kaname", "I/O error", new SQLException("gone", "08006"))));
        assertThat(vm.saveStateProperty().get()).isEqualTo(MainViewModel.SaveState.FAILED);
        assertThat(vm.statusProperty().get()).startsWith("⚠ 共有データベースとの接続が切れています");
        assertThat(vm.connectionLostProperty().get()).as("the status bar offers 再接続").isTrue();
        assertThat(dialogs.questions).singleElement().asString().contains("yamada@db.example:5432/kaname")
                .contains("保存されていません").contains("[再接続 / 閉じる]");

        vm.reconnect();
        assertThat(vm.editorProperty().get()).as("the plan is read again").isNotSameAs(before);
        assertThat(vm.editorProperty().get().planId()).isEqualTo(before.planId());
        assertThat(vm.connectionLostProperty().get()).isFalse();
    }
}
