package org.kaname.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.Cell;
import org.kaname.edit.RemoveMeasures;
import org.kaname.model.Measure;
import org.kaname.model.Rater;
import org.kaname.model.Score;

/** The history tab's logic without a screen, on the sample plan: everything runs on the test thread. */
class HistoryViewModelTest {
    @TempDir
    Path dir;
    HistoryFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new HistoryFixture(dir, Locale.JAPANESE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private HistoryRow newest(HistoryViewModel vm) {
        return vm.rows().get(0);
    }

    @Test
    void listsAnEditNewestFirstWithBeforeAfterPersonAndTarget() throws Exception {
        f.context.users().setDisplayName("企画課 山田");
        Score s = f.firstScore();
        double to = f.otherValue(s);
        HistoryViewModel vm = new HistoryViewModel(f.context);
        int before = vm.rows().size();
        f.setScore(s, to, "会議で見直し");

        assertThat(vm.rows()).hasSize(before + 1);
        HistoryRow row = newest(vm);
        assertThat(row.person()).isEqualTo("企画課 山田");
        assertThat(row.kindName()).isEqualTo("評価の変更");
        assertThat(row.before()).isEqualTo(HistoryFixture.plainNumber(s.value()));
        assertThat(row.after()).isEqualTo(HistoryFixture.plainNumber(to));
        assertThat(row.change()).isEqualTo(row.before() + " → " + row.after());
        assertThat(row.reason()).isEqualTo("会議で見直し");
        Measure m = f.plan().measures().stream().filter(x -> x.id().equals(s.measure())).findFirst().orElseThrow();
        Rater r = f.plan().raters().stream().filter(x -> x.id().equals(s.rater())).findFirst().orElseThrow();
        String criterion = f.plan().criteria().stream().filter(c -> c.id().equals(s.criterion())).findFirst()
                .orElseThrow().name();
        assertThat(row.target()).isEqualTo(m.id() + " " + m.title() + " / " + criterion + " / " + r.name());
        assertThat(row.shortTarget()).isEqualTo(m.id() + " / " + criterion + " / " + r.name());
        assertThat(row.time()).matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}");
        assertThat(row.revertible()).isTrue();
        // Newest first: the plan's creation is the oldest row, at the bottom.
        assertThat(vm.rows().get(vm.rows().size() - 1).entry().kind()).isEqualTo("create");
        assertThat(vm.rows().get(vm.rows().size() - 1).revertible()).isFalse();
        vm.selectedProperty().set(row);
        assertThat(vm.detailsProperty().get()).contains("会議で見直し").contains(m.title());
        vm.dispose();
    }

    @Test
    void filtersByMeasureRaterAndPersonEachWithAll() throws Exception {
        Score a = f.firstScore();
        Score b = f.plan().scores().stream()
                .filter(x -> !x.measure().equals(a.measure()) && !x.rater().equals(a.rater())).findFirst()
                .orElseThrow();
        f.context.users().setDisplayName("佐藤");
        f.setScore(a, f.otherValue(a), null);
        f.context.users().setDisplayName("鈴木");
        f.setScore(b, f.otherValue(b), null);
        HistoryViewModel vm = new HistoryViewModel(f.context);
        assertThat(vm.measureProperty().get().isAll()).isTrue();
        assertThat(vm.measures().get(0).label()).isEqualTo("すべて");
        assertThat(vm.people()).extracting(FilterChoice::label).contains("すべて", "佐藤", "鈴木");
        int all = vm.rows().size();

        vm.measureProperty().set(choice(vm.measures(), a.measure()));
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.entry().measure()).isEqualTo(a.measure()));
        vm.measureProperty().set(vm.measures().get(0));
        assertThat(vm.rows()).hasSize(all);

        vm.raterProperty().set(choice(vm.raters(), b.rater()));
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.entry().rater()).isEqualTo(b.rater()));
        vm.raterProperty().set(vm.raters().get(0));

        vm.personProperty().set(choice(vm.people(), "佐藤"));
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.person()).isEqualTo("佐藤");
            assertThat(r.entry().measure()).isEqualTo(a.measure());
        });
        vm.personProperty().set(vm.people().get(0));
        assertThat(vm.rows()).hasSize(all);
        vm.dispose();
    }

    private static FilterChoice choice(java.util.List<FilterChoice> items, String value) {
        return items.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }

    @Test
    void showsTheNewestPageAndMoreOnRequest() throws Exception {
        Score s = f.firstScore();
        double original = s.value();
        for (int i = 0; i < 3; i++) {
            f.setScore(s, f.otherValue(s), null);
            f.setScore(s, original, null);
        }
        HistoryViewModel vm = new HistoryViewModel(f.context, 4);
        assertThat(vm.rows()).hasSize(4);
        assertThat(vm.hasMoreProperty().get()).isTrue();
        assertThat(vm.shownProperty().get()).contains("4 件").contains("さらに古い");
        long newestSeq = newest(vm).seq();
        assertThat(vm.rows()).extracting(HistoryRow::seq).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        vm.loadMore();
        assertThat(vm.rows()).hasSize(7); // 6 edits and the plan's creation
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(vm.shownProperty().get()).contains("すべて");
        assertThat(newest(vm).seq()).isEqualTo(newestSeq);
        vm.dispose();
    }

    @Test
    void revertAsksThenRestoresTheValueAsANewEntry() throws Exception {
        Score s = f.firstScore();
        Cell cell = Cell.of(s);
        double original = s.value();
        f.setScore(s, f.otherValue(s), null);
        HistoryViewModel vm = new HistoryViewModel(f.context);
        HistoryRow change = newest(vm);
        vm.selectedProperty().set(change);
        assertThat(vm.canRevertProperty().get()).isTrue();

        f.screen.dialogs.answer = false;
        vm.revertSelected();
        assertThat(f.screen.dialogs.questions).singleElement().asString().contains("履歴 " + change.seq() + " 番")
                .contains("対象: " + change.target()).contains("変更前: " + change.before());
        assertThat(f.valueOf(cell)).isNotEqualTo(original);

        f.screen.dialogs.answer = true;
        vm.revertSelected();
        assertThat(f.valueOf(cell)).isEqualTo(original);
        assertThat(f.screen.storedPlan().scores().stream().filter(cell::holds).findFirst().orElseThrow().value())
                .isEqualTo(original);
        HistoryRow revert = newest(vm);
        assertThat(revert.seq()).isGreaterThan(change.seq());
        assertThat(revert.entry().kind()).isEqualTo("revert");
        assertThat(revert.entry().refersTo()).isEqualTo(change.seq());
        assertThat(revert.description()).contains(String.valueOf(change.seq()));
        assertThat(vm.messageProperty().get()).isEqualTo("履歴 " + change.seq() + " 番の変更を取り消しました。");
        // The revert is an edit like any other: Undo takes it back.
        assertThat(f.screen.editor.undoDescription()).contains(revert.description());
        vm.dispose();
    }

    @Test
    void aRefusedRevertSaysWhyInTheUsersLanguage() throws Exception {
        Score s = f.firstScore();
        f.setScore(s, f.otherValue(s), null);
        HistoryViewModel vm = new HistoryViewModel(f.context);
        HistoryRow change = newest(vm);
        f.screen.editor.apply(RemoveMeasures.of(s.measure()));
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.seq() == change.seq()).findFirst().orElseThrow());
        vm.revertSelected();
        assertThat(vm.messageProperty().get()).isEqualTo("履歴 " + change.seq() + " 番の変更は取り消せません: 施策「"
                + s.measure() + "」はこの計画にありません。");
        // Nothing was put back: no score of a measure that is gone.
        assertThat(f.plan().scores()).noneMatch(x -> x.measure().equals(s.measure()));
        assertThat(f.screen.statusMessages).last().isEqualTo(vm.messageProperty().get());
        vm.dispose();
    }

    @Test
    void entriesWithoutAChangeCannotBeReverted() throws Exception {
        HistoryViewModel vm = new HistoryViewModel(f.context);
        HistoryRow created = vm.rows().get(vm.rows().size() - 1);
        vm.selectedProperty().set(created);
        assertThat(vm.canRevertProperty().get()).isFalse();
        vm.revertSelected();
        assertThat(f.screen.dialogs.questions).isEmpty();
        vm.dispose();
    }

    @Test
    void theDisplayNameIsRecordedForTheNextEntry() throws Exception {
        HistoryViewModel vm = new HistoryViewModel(f.context);
        assertThat(vm.recordedAsProperty().get()).contains(org.kaname.service.Users.systemUser());
        vm.displayNameProperty().set("  政策企画課 田中  ");
        vm.saveDisplayName();
        assertThat(vm.messageProperty().get()).isEqualTo("これからの変更は「政策企画課 田中」の名前で記録されます。");
        Score s = f.firstScore();
        f.setScore(s, f.otherValue(s), null);
        assertThat(newest(vm).person()).isEqualTo("政策企画課 田中");
        assertThat(vm.people()).extracting(FilterChoice::label).contains("政策企画課 田中");

        vm.displayNameProperty().set("名".repeat(101));
        vm.saveDisplayName();
        assertThat(vm.messageProperty().get()).contains("100 文字以内");
        assertThat(f.context.users().current()).isEqualTo("政策企画課 田中");

        vm.displayNameProperty().set("");
        vm.saveDisplayName();
        assertThat(f.context.users().current()).isEqualTo(org.kaname.service.Users.systemUser());
        vm.dispose();
    }

    @Test
    void afterDisposeTheListNoLongerFollowsThePlan() throws Exception {
        HistoryViewModel vm = new HistoryViewModel(f.context);
        int rows = vm.rows().size();
        vm.dispose();
        Score s = f.firstScore();
        f.setScore(s, f.otherValue(s), null);
        assertThat(vm.rows()).hasSize(rows);
    }

    @Test
    void englishTexts() throws Exception {
        f.close();
        f = new HistoryFixture(dir.resolve("en"), Locale.ENGLISH);
        Score s = f.firstScore();
        f.setScore(s, f.otherValue(s), null);
        HistoryViewModel vm = new HistoryViewModel(f.context);
        assertThat(vm.measures().get(0).label()).isEqualTo("All");
        assertThat(newest(vm).time()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(newest(vm).kindName()).doesNotContainPattern("\\p{IsHan}");
        vm.dispose();
    }
}
