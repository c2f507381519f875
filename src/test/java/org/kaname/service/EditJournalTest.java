package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.edit.Cell;
import org.kaname.edit.ClearScore;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.RenamePlan;
import org.kaname.edit.SetScore;
import org.kaname.edit.SetScoreNote;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.store.Dialect;
import org.kaname.store.JournalEntry;
import org.kaname.store.JournalFilter;
import org.kaname.store.PlanVersionInfo;
import org.kaname.store.TestDatabases;

/** The journal, undo across restarts, reverting an entry and named versions, through the services the app uses. */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class EditJournalTest {
    @Parameter
    Dialect dialect;

    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    private static Score first(Plan plan) {
        return plan.scores().get(0);
    }

    private static double other(double value) {
        return value == 1 ? 2 : 1;
    }

    /**
     * Makes {@code name} the one who edits from now on, and returns the name the journal records: the display name
     * on the local file; on a server the login, which is who edits there.
     */
    private String actingAs(Services services, String name) {
        if (dialect == Dialect.H2) {
            services.users().setDisplayName(name);
        }
        return services.users().current();
    }

    private List<JournalEntry> journal(Services services) throws Exception {
        return services.history().rows(1, JournalFilter.ALL, Locale.JAPANESE).stream()
                .map(HistoryService.Row::entry).toList();
    }

    @Test
    void eachEditIsJournaledWithWhoWhatBeforeAfterAndReason() throws Exception {
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            String yamada = actingAs(services, "企画課 山田");
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            Score s = first(editor.plan());
            editor.apply(new SetScore(Cell.of(s), other(s.value()), "会議での合意", T));
            editor.apply(new RenamePlan("新しい題名"));

            List<JournalEntry> rows = journal(services);
            assertThat(rows).extracting(JournalEntry::kind).containsExactly("create", "set-score", "rename-plan");
            JournalEntry score = rows.get(1);
            assertThat(score.user()).isEqualTo(yamada);
            assertThat(List.of(score.measure(), score.criterion(), score.rater()))
                    .containsExactly(s.measure(), s.criterion(), s.rater());
            assertThat(score.before()).isEqualTo(org.kaname.edit.ScoreValues.text(s.value()));
            assertThat(score.after()).isEqualTo(org.kaname.edit.ScoreValues.text(other(s.value())));
            assertThat(score.reason()).isEqualTo("会議での合意");
            assertThat(rows.get(2).after()).contains("新しい題名");
            assertThat(rows.get(2).before()).contains(services.plans().open(1).plan().title().equals("新しい題名")
                    ? "" : "特別区");
            assertThat(rows).extracting(JournalEntry::seq).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void aRefusedEditChangesNothingAndIsNotJournaled() throws Exception {
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            Score s = first(editor.plan());
            Plan before = editor.plan();
            assertThatThrownBy(() -> editor.apply(SetScore.keepingNote(Cell.of(s), 99, T)))
                    .isInstanceOf(EditRefusedException.class)
                    .satisfies(e -> assertThat(editor.texts().refusal((EditRefusedException) e))
                            .contains("99").contains(s.criterion()).contains("尺度"));
            assertThatThrownBy(() -> editor.apply(new ClearScore(new Cell("無い施策", s.criterion(), s.rater()))))
                    .isInstanceOf(EditRefusedException.class).hasMessageContaining("無い施策");
            assertThat(editor.plan()).isEqualTo(before);
            assertThat(services.plans().open(1).plan()).isEqualTo(before);
            assertThat(journal(services)).extracting(JournalEntry::kind).containsExactly("create");
        }
    }

    @Test
    void undoAndRedoWorkAcrossARestart() throws Exception {
        Score s;
        String title;
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            s = first(editor.plan());
            title = editor.plan().title();
            editor.apply(SetScore.keepingNote(Cell.of(s), other(s.value()), T));
            editor.apply(new RenamePlan("改題"));
        }
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            assertThat(editor.undoDescription()).contains("計画名を「改題」に変更");
            assertThat(editor.undo()).isEmpty();
            assertThat(services.plans().open(1).plan().title()).isEqualTo(title);
            assertThat(editor.undo()).isEmpty();
            assertThat(services.plans().open(1).plan().scores().get(0).value()).isEqualTo(s.value());
            assertThat(editor.canUndo()).isFalse();
            assertThat(editor.undo()).hasValueSatisfying(m -> assertThat(m).contains("元に戻す"));
        }
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            assertThat(editor.canUndo()).isFalse();
            assertThat(editor.redoDescription()).hasValueSatisfying(d -> assertThat(d).contains(s.measure()));
            assertThat(editor.redo()).isEmpty();
            assertThat(services.plans().open(1).plan().scores().get(0).value()).isEqualTo(other(s.value()));
            assertThat(editor.redoDescription()).contains("計画名を「改題」に変更");
            assertThat(journal(services)).extracting(JournalEntry::kind)
                    .containsExactly("create", "set-score", "rename-plan", "undo", "undo", "redo");
        }
    }

    @Test
    void revertingOneEntryIsANewJournaledEditThatLeavesLaterOnesAlone() throws Exception {
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            Plan opened = editor.plan();
            Score a = opened.scores().get(0);
            Score b = opened.scores().get(1);
            editor.apply(SetScore.keepingNote(Cell.of(a), other(a.value()), T));
            editor.apply(new SetScoreNote(Cell.of(b), "後からの理由"));
            long seqOfA = journal(services).get(1).seq();

            editor.revert(seqOfA, "評価の変更");

            Plan stored = services.plans().open(1).plan();
            assertThat(stored.scores().get(0).value()).isEqualTo(a.value());
            assertThat(stored.scores().get(1).note()).isEqualTo("後からの理由");
            JournalEntry revert = journal(services).get(3);
            assertThat(revert.kind()).isEqualTo("revert");
            assertThat(revert.refersTo()).isEqualTo(seqOfA);
            assertThat(revert.before()).isEqualTo(org.kaname.edit.ScoreValues.text(other(a.value())));
            assertThat(revert.after()).isEqualTo(org.kaname.edit.ScoreValues.text(a.value()));
            assertThat(editor.undo()).isEmpty();
            assertThat(services.plans().open(1).plan().scores().get(0).value()).isEqualTo(other(a.value()));
            assertThatThrownBy(() -> editor.revert(999, "x")).isInstanceOf(EditRefusedException.class);
        }
    }

    @Test
    void historyFiltersByMeasureRaterAndPerson() throws Exception {
        // Two people in one session need a display name, which only the local file has: on a server each person is
        // their own login (the roles tests filter by login there).
        assumeTrue(dialect == Dialect.H2, "display names are the local file's");
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            Plan plan = editor.plan();
            Score a = plan.scores().get(0);
            Score z = plan.scores().get(plan.scores().size() - 1);
            editor.apply(SetScore.keepingNote(Cell.of(a), other(a.value()), T));
            services.users().setDisplayName("別の人");
            editor.apply(SetScore.keepingNote(Cell.of(z), other(z.value()), T));
            assertThat(services.history().rows(1, new JournalFilter(a.measure(), null, null, null, 100), Locale.ROOT))
                    .extracting(r -> r.entry().measure()).containsOnly(a.measure()).isNotEmpty();
            assertThat(services.history().rows(1, new JournalFilter(null, z.rater(), null, null, 100), Locale.ROOT))
                    .extracting(r -> r.entry().rater()).containsOnly(z.rater());
            assertThat(services.history().rows(1, new JournalFilter(null, null, "別の人", null, 100), Locale.ROOT))
                    .singleElement().satisfies(r -> assertThat(r.entry().measure()).isEqualTo(z.measure()));
            assertThat(services.history().rows(1, JournalFilter.ALL.withLimit(1), Locale.ROOT))
                    .singleElement().satisfies(r -> assertThat(r.entry().user()).isEqualTo("別の人"));
        }
    }

    @Test
    void aVersionIsFrozenNamedAndNumbered() throws Exception {
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            Plan before = services.plans().open(1).plan();
            PlanVersionInfo v1 = services.versions().snapshot(1, "令和9年度 部長会議提出版");
            Score s = first(before);
            services.plans().apply(1, SetScore.keepingNote(Cell.of(s), other(s.value()), T));
            PlanVersionInfo v2 = services.versions().snapshot(1, "  修正版 ");

            assertThat(v1.number()).isEqualTo(1);
            assertThat(v2.number()).isEqualTo(2);
            assertThat(services.versions().versions(1)).extracting(PlanVersionInfo::name)
                    .containsExactly("令和9年度 部長会議提出版", "修正版");
            assertThat(services.versions().plan(1, 1)).isEqualTo(before);
            assertThat(services.versions().plan(1, 2).scores().get(0).value()).isEqualTo(other(s.value()));
            assertThat(v2.journalSeq()).isGreaterThan(v1.journalSeq());
            assertThatThrownBy(() -> services.versions().plan(1, 3)).isInstanceOf(VersionNotFoundException.class);
            assertThatThrownBy(() -> services.versions().snapshot(1, " ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> services.versions().snapshot(42, "x")).isInstanceOf(PlanNotFoundException.class);
        }
    }

    @Test
    void aVersionComparedWithNowShowsTheChangedScoreAndWhoChangedIt() throws Exception {
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            services.versions().snapshot(1, "部長会議提出版");
            String yamada = actingAs(services, "企画課 山田");
            Score s = first(services.plans().open(1).plan());
            services.plans().apply(1, SetScore.keepingNote(Cell.of(s), other(s.value()), T));

            org.kaname.engine.compare.Comparison c = services.versions().compare(1, VersionRef.of(1),
                    VersionRef.CURRENT);

            assertThat(c.scores()).singleElement().satisfies(change -> {
                assertThat(change.before()).isEqualTo(s.value());
                assertThat(change.after()).isEqualTo(other(s.value()));
                assertThat(change.changedBy()).isEqualTo(yamada);
            });
            assertThat(c.ranking()).hasSize(services.plans().open(1).plan().measures().size());
            assertThat(services.versions().compare(1, VersionRef.of(1), VersionRef.of(1)).isEmpty()).isTrue();
            assertThatThrownBy(() -> services.versions().compare(1, VersionRef.of(7), VersionRef.CURRENT))
                    .isInstanceOf(VersionNotFoundException.class);
            assertThat(VersionRef.parse("current")).isEqualTo(VersionRef.CURRENT);
            assertThatThrownBy(() -> VersionRef.parse("0")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void revertingAScoreOfARaterRemovedSinceIsRefusedAndChangesNothing() throws Exception {
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            Score s = first(editor.plan());
            editor.apply(SetScore.keepingNote(Cell.of(s), other(s.value()), T));
            long seq = journal(services).get(1).seq();
            editor.apply(new org.kaname.edit.RemoveRater(s.rater()));
            Plan before = editor.plan();

            assertThatThrownBy(() -> editor.revert(seq, "評価の変更")).isInstanceOf(EditRefusedException.class)
                    .satisfies(e -> assertThat(editor.texts().refusal((EditRefusedException) e)).contains(s.rater()));
            assertThat(editor.plan()).isEqualTo(before);
            assertThat(services.plans().open(1).plan()).isEqualTo(before);
        }
    }
}
