package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.InstanceOfAssertFactories;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.Cell;
import org.kaname.edit.Change;
import org.kaname.edit.ChangeMeasure;
import org.kaname.edit.Edit;
import org.kaname.edit.PlanPart;
import org.kaname.edit.SetPrerequisite;
import org.kaname.edit.SetScore;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.store.JournalChange;
import org.kaname.store.ValueConflict;
import org.kaname.store.ValueConflictException;

/**
 * Two people's views of one plan (two shared-mode editors over one database, each with the plan as it was when it
 * opened): changes of different values both go in, a change of a value the other changed meanwhile is refused with
 * their value, who and when, and nothing of it is written. On H2, so the store's check runs everywhere.
 */
class ValueConflictTest {
    @TempDir
    Path dir;
    Services services;
    long id;
    View sato;
    View suzuki;

    /** One person's editor, and what it heard. */
    final class View implements PlanEditor.Listener {
        final String name;
        final PlanEditor editor;
        final List<List<ValueConflict>> conflicts = new ArrayList<>();
        final List<Edit> refused = new ArrayList<>();
        final List<List<String>> refreshedBy = new ArrayList<>();
        final List<Optional<Throwable>> saved = new ArrayList<>();

        View(String name) throws Exception {
            this.name = name;
            long seq = services.plans().journalSeq(id);
            editor = services.editor(id, services.plans().open(id).plan(), seq, Runnable::run, Runnable::run);
            editor.addListener(this);
        }

        void apply(Edit edit) throws Exception {
            services.users().setDisplayName(name);
            editor.apply(edit);
        }

        @Override
        public void planChanged(Plan plan) {
        }

        @Override
        public void saved(Optional<Throwable> error) {
            saved.add(error);
        }

        @Override
        public void conflicted(List<ValueConflict> found, Edit edit) {
            conflicts.add(found);
            refused.add(edit);
        }

        @Override
        public void refreshed(Plan plan, List<String> byUsers) {
            refreshedBy.add(byUsers);
        }
    }

    @BeforeEach
    void open() throws Exception {
        services = Services.open(dir, Locale.JAPANESE);
        id = services.plans().plans().get(0).id();
        sato = new View("佐藤");
        suzuki = new View("鈴木");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Plan stored() throws Exception {
        return services.plans().open(id).plan();
    }

    private Cell cell(int measure, int criterion, int rater) {
        Plan p = sato.editor.plan();
        return new Cell(p.measures().get(measure).id(), p.criteria().get(criterion).id(), p.raters().get(rater).id());
    }

    private static SetScore score(Cell cell, double value) {
        return new SetScore(cell, value, "", Instant.parse("2026-12-06T01:00:00Z"));
    }

    private static Optional<Score> scoreAt(Plan plan, Cell cell) {
        return plan.scores().stream().filter(cell::holds).findFirst();
    }

    @Test
    void theSameCellChangedByBothIsRefusedWithTheirValueWhoAndWhenAndNothingWritten() throws Exception {
        Cell c = cell(0, 0, 0);
        Instant before = Instant.now();
        sato.apply(score(c, 1));
        long seq = services.plans().journalSeq(id);
        suzuki.apply(score(c, 3));

        assertThat(suzuki.conflicts).hasSize(1);
        ValueConflict conflict = suzuki.conflicts.get(0).get(0);
        assertThat(conflict.mine()).isEqualTo("3");
        assertThat(conflict.theirs()).isEqualTo("1");
        assertThat(conflict.theirUser()).isEqualTo("佐藤");
        assertThat(conflict.theirTime()).isAfterOrEqualTo(before.minusSeconds(1)).isBeforeOrEqualTo(Instant.now());
        assertThat(conflict.target()).contains(c.measure());
        assertThat(suzuki.saved).last().satisfies(e -> assertThat(e).containsInstanceOf(ValueConflictException.class));
        assertThat(services.plans().journalSeq(id)).as("nothing journaled").isEqualTo(seq);
        assertThat(scoreAt(stored(), c)).map(Score::value).contains(1.0);
        assertThat(scoreAt(suzuki.editor.plan(), c)).as("the refused view shows their value").map(Score::value)
                .contains(1.0);
        assertThat(suzuki.editor.canUndo()).as("the refused edit is not undoable").isFalse();

        // Keeping mine: the edit made again replaces their value knowingly.
        suzuki.apply(suzuki.refused.get(0));
        assertThat(scoreAt(stored(), c)).map(Score::value).contains(3.0);
        assertThat(suzuki.conflicts).hasSize(1);
    }

    @Test
    void differentCellsOfOneMeasureBothGoIn() throws Exception {
        Cell a = cell(0, 0, 0);
        Cell b = cell(0, 1, 1);
        sato.apply(score(a, 2));
        suzuki.apply(score(b, 4));
        assertThat(suzuki.conflicts).isEmpty();
        assertThat(scoreAt(stored(), a)).map(Score::value).contains(2.0);
        assertThat(scoreAt(stored(), b)).map(Score::value).contains(4.0);
        assertThat(scoreAt(suzuki.editor.plan(), a)).as("the other's change arrived").map(Score::value)
                .contains(2.0);
        assertThat(suzuki.refreshedBy).containsExactly(List.of("佐藤"));
    }

    @Test
    void differentMeasuresBothGoIn() throws Exception {
        Cell a = cell(0, 0, 0);
        Cell b = cell(1, 0, 0);
        sato.apply(score(a, 2));
        suzuki.apply(score(b, 5));
        assertThat(suzuki.conflicts).isEmpty();
        assertThat(scoreAt(stored(), a)).map(Score::value).contains(2.0);
        assertThat(scoreAt(stored(), b)).map(Score::value).contains(5.0);
    }

    @Test
    void differentFieldsOfOneMeasureBothGoInAndTheJournalSaysWhatWasMerged() throws Exception {
        String m = sato.editor.plan().measures().get(0).id();
        sato.apply(ChangeMeasure.title(m, "佐藤の名称"));
        long satoSeq = services.plans().journalSeq(id);
        suzuki.apply(ChangeMeasure.owner(m, "鈴木課"));

        assertThat(suzuki.conflicts).isEmpty();
        Measure stored = stored().measures().get(0);
        assertThat(stored.title()).isEqualTo("佐藤の名称");
        assertThat(stored.owner()).isEqualTo("鈴木課");
        assertThat(suzuki.editor.plan().measures().get(0)).isEqualTo(stored);

        List<JournalChange> news = services.plans().journal().since(id, satoSeq);
        assertThat(news).hasSize(1);
        Change merged = news.get(0).change();
        assertThat(merged.parts()).containsExactly(PlanPart.MEASURES);
        Measure before = merged.before().source().measures().get(0);
        Measure after = merged.after().source().measures().get(0);
        assertThat(before.title()).as("before = what was stored").isEqualTo("佐藤の名称");
        assertThat(before.owner()).isNotEqualTo("鈴木課");
        assertThat(after.title()).as("after = the merge").isEqualTo("佐藤の名称");
        assertThat(after.owner()).isEqualTo("鈴木課");
        assertThat(news.get(0).user()).isEqualTo("鈴木");
        assertThat(stored()).as("the stored plan reads back, digest and all").isNotNull();
    }

    @Test
    void differentMeasuresChangedInTheirFieldsBothGoIn() throws Exception {
        String m0 = sato.editor.plan().measures().get(0).id();
        String m1 = sato.editor.plan().measures().get(1).id();
        sato.apply(ChangeMeasure.title(m0, "一つ目"));
        suzuki.apply(ChangeMeasure.title(m1, "二つ目"));
        assertThat(suzuki.conflicts).isEmpty();
        assertThat(stored().measures().get(0).title()).isEqualTo("一つ目");
        assertThat(stored().measures().get(1).title()).isEqualTo("二つ目");
    }

    @Test
    void theSameFieldChangedByBothIsAConflictAndNothingIsWritten() throws Exception {
        String m = sato.editor.plan().measures().get(0).id();
        sato.apply(ChangeMeasure.title(m, "佐藤の名称"));
        long seq = services.plans().journalSeq(id);
        suzuki.apply(ChangeMeasure.title(m, "鈴木の名称"));

        assertThat(suzuki.conflicts).hasSize(1);
        ValueConflict conflict = suzuki.conflicts.get(0).get(0);
        assertThat(conflict.target()).isEqualTo(m + " の 名称");
        assertThat(conflict.mine()).isEqualTo("鈴木の名称");
        assertThat(conflict.theirs()).isEqualTo("佐藤の名称");
        assertThat(conflict.theirUser()).isEqualTo("佐藤");
        assertThat(conflict.theirTime()).isNotNull();
        assertThat(services.plans().journalSeq(id)).isEqualTo(seq);
        assertThat(stored().measures().get(0).title()).isEqualTo("佐藤の名称");
        assertThat(suzuki.editor.plan().measures().get(0).title()).isEqualTo("佐藤の名称");
    }

    @Test
    void changesThatMergeIntoAnInvalidPlanAreRefusedWithTheReason() throws Exception {
        List<Measure> measures = sato.editor.plan().measures();
        String a = measures.get(measures.size() - 1).id();
        String b = measures.get(measures.size() - 2).id();
        sato.apply(SetPrerequisite.add(a, b));
        long seq = services.plans().journalSeq(id);
        suzuki.apply(SetPrerequisite.add(b, a));

        assertThat(suzuki.conflicts).as("each alone is valid; together they are a cycle").hasSize(1);
        assertThat(suzuki.conflicts.get(0).get(0).target()).contains(a).contains(b);
        assertThat(services.plans().journalSeq(id)).isEqualTo(seq);
        assertThat(stored().measures()).isEqualTo(suzuki.editor.plan().measures());
    }

    @Test
    void undoingAMergedChangeTakesBackOnlyThisPersonsPart() throws Exception {
        String m = sato.editor.plan().measures().get(0).id();
        String owner = sato.editor.plan().measures().get(0).owner();
        sato.apply(ChangeMeasure.title(m, "佐藤の名称"));
        suzuki.apply(ChangeMeasure.owner(m, "鈴木課"));

        services.users().setDisplayName("鈴木");
        assertThat(suzuki.editor.undo()).isEmpty();
        Measure stored = stored().measures().get(0);
        assertThat(stored.owner()).isEqualTo(owner);
        assertThat(stored.title()).as("the other person's title stays").isEqualTo("佐藤の名称");
    }

    @Test
    void undoAfterAnotherPersonsLaterChangeKeepsIt() throws Exception {
        List<Measure> measures = sato.editor.plan().measures();
        String first = measures.get(0).id();
        String second = measures.get(1).id();
        String title = measures.get(0).title();
        sato.apply(ChangeMeasure.title(first, "佐藤の名称"));
        suzuki.apply(ChangeMeasure.owner(second, "鈴木課"));
        sato.editor.othersChanged(-1);
        assertThat(sato.editor.plan().measures().get(1).owner()).as("sato has seen suzuki's change").isEqualTo("鈴木課");

        services.users().setDisplayName("佐藤");
        assertThat(sato.editor.undo()).isEmpty();

        assertThat(stored().measures().get(0).title()).isEqualTo(title);
        assertThat(stored().measures().get(1).owner()).as("suzuki's later change stays").isEqualTo("鈴木課");
        assertThat(sato.editor.plan().measures()).isEqualTo(stored().measures());
    }

    @Test
    void undoOfAValueSomeoneChangedSinceIsRefusedWithWhoChangedIt() throws Exception {
        String m = sato.editor.plan().measures().get(0).id();
        sato.apply(ChangeMeasure.title(m, "佐藤の名称"));
        suzuki.apply(ChangeMeasure.title(m, "鈴木の名称"));
        assertThat(suzuki.conflicts).as("suzuki had not seen sato's title").hasSize(1);
        suzuki.apply(suzuki.refused.get(0));
        sato.editor.othersChanged(-1);
        long seq = services.plans().journalSeq(id);

        assertThat(sato.editor.undo()).get(InstanceOfAssertFactories.STRING).contains(m).contains("鈴木の名称").contains("他の人が後から変更");
        assertThat(services.plans().journalSeq(id)).as("nothing written").isEqualTo(seq);
        assertThat(stored().measures().get(0).title()).isEqualTo("鈴木の名称");
    }

    @Test
    void textTypedOverSomeoneElsesNewValueMeetsItAsAConflict() throws Exception {
        String m = sato.editor.plan().measures().get(0).id();
        suzuki.apply(ChangeMeasure.title(m, "鈴木の名称"));
        sato.editor.othersChanged(-1);
        assertThat(sato.editor.plan().measures().get(0).title()).isEqualTo("鈴木の名称");
        long seq = services.plans().journalSeq(id);

        // The screen kept sato's typing over the refresh; leaving the field makes the typed text an edit.
        sato.editor.resolveNextAgainstPlanBeforeRefresh();
        sato.apply(ChangeMeasure.title(m, "佐藤の入力"));

        assertThat(sato.conflicts).hasSize(1);
        ValueConflict c = sato.conflicts.get(0).get(0);
        assertThat(c.theirs()).isEqualTo("鈴木の名称");
        assertThat(c.mine()).isEqualTo("佐藤の入力");
        assertThat(c.theirUser()).isEqualTo("鈴木");
        assertThat(services.plans().journalSeq(id)).as("nothing written").isEqualTo(seq);
        assertThat(sato.editor.plan().measures().get(0).title()).isEqualTo("鈴木の名称");

        sato.apply(sato.refused.get(0));
        assertThat(stored().measures().get(0).title()).as("overwriting, once chosen, goes in").isEqualTo("佐藤の入力");
    }
}
