package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.io.PlanValidator;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

class PlanEditorTest {
    @TempDir
    Path dir;
    Services services;
    PlanEditor editor;
    long id;
    final List<Runnable> queued = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        services = Services.open(dir, Locale.JAPANESE);
        id = services.plans().plans().get(0).id();
        editor = new PlanEditor(services.plans(), id, services.plans().open(id).plan(),
                new PlanValidator(Locale.JAPANESE), Runnable::run);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Plan stored() throws Exception {
        return services.plans().open(id).plan();
    }

    @Test
    void anEditIsAppliedAndStoredAtOnce() throws Exception {
        editor.apply(PlanEdit.of("題名の変更", p -> p.withTitle("新しい題名")));
        assertThat(editor.plan().title()).isEqualTo("新しい題名");
        assertThat(stored().title()).isEqualTo("新しい題名");
    }

    @Test
    void undoAndRedoRestoreAndStoreEachVersion() throws Exception {
        String original = editor.plan().title();
        editor.apply(PlanEdit.of("題名の変更", p -> p.withTitle("A")));
        editor.apply(PlanEdit.of("題名の変更", p -> p.withTitle("B")));
        assertThat(editor.undoDescription()).contains("題名の変更");
        editor.undo();
        assertThat(stored().title()).isEqualTo("A");
        editor.undo();
        assertThat(stored().title()).isEqualTo(original);
        assertThat(editor.canUndo()).isFalse();
        editor.redo();
        assertThat(stored().title()).isEqualTo("A");
        editor.apply(PlanEdit.of("題名の変更", p -> p.withTitle("C")));
        assertThat(editor.canRedo()).as("a new edit clears redo").isFalse();
    }

    @Test
    void anEditThatWouldMakeTheP1anInvalidChangesNothing() throws Exception {
        Plan before = editor.plan();
        Measure first = before.measures().get(0);
        Measure second = before.measures().get(1);
        PlanEdit cycle = PlanEdit.of("前提の追加", p -> {
            List<Measure> ms = new ArrayList<>(p.measures());
            ms.set(0, first.withDependsOn(List.of(second.id())));
            ms.set(1, second.withDependsOn(List.of(first.id())));
            return p.withMeasures(ms);
        });
        assertThatThrownBy(() -> editor.apply(cycle)).isInstanceOf(InvalidEditException.class)
                .hasMessageContaining(first.id()).hasMessageContaining("→");
        assertThat(editor.plan()).isEqualTo(before);
        assertThat(stored()).isEqualTo(before);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void queuedSavesWriteOnlyTheNewestSnapshot() throws Exception {
        Executor later = queued::add;
        PlanEditor deferred = new PlanEditor(services.plans(), id, stored(), new PlanValidator(Locale.JAPANESE), later);
        List<Optional<Throwable>> results = new ArrayList<>();
        deferred.addListener(new PlanEditor.Listener() {
            @Override
            public void planChanged(Plan plan) {
            }

            @Override
            public void saved(Optional<Throwable> error) {
                results.add(error);
            }
        });
        deferred.apply(PlanEdit.of("1", p -> p.withTitle("一")));
        deferred.apply(PlanEdit.of("2", p -> p.withTitle("二")));
        assertThat(stored().title()).as("nothing written before the saver runs").isNotEqualTo("二");
        queued.forEach(Runnable::run);
        assertThat(stored().title()).isEqualTo("二");
        assertThat(results).containsExactly(Optional.empty());
    }

    @Test
    void aFailedSaveIsReported() throws Exception {
        List<Optional<Throwable>> results = new ArrayList<>();
        PlanEditor gone = new PlanEditor(services.plans(), 999, stored(), new PlanValidator(Locale.JAPANESE),
                Runnable::run);
        gone.addListener(new PlanEditor.Listener() {
            @Override
            public void planChanged(Plan plan) {
            }

            @Override
            public void saved(Optional<Throwable> error) {
                results.add(error);
            }
        });
        gone.apply(PlanEdit.of("題名", p -> p.withTitle("x")));
        assertThat(results).singleElement().satisfies(e -> assertThat(e).containsInstanceOf(PlanNotFoundException.class));
    }
}
