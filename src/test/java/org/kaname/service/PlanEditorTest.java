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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.edit.Edit;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.EditTarget;
import org.kaname.edit.PlanRewrite;
import org.kaname.edit.RenamePlan;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.store.Dialect;
import org.kaname.store.TestDatabases;

@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class PlanEditorTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;
    Services services;
    PlanEditor editor;
    long id;
    final List<Runnable> queued = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        services = TestDatabases.services(dialect, dir, Locale.JAPANESE);
        id = services.plans().plans().get(0).id();
        editor = services.editor(id, services.plans().open(id).plan(), Runnable::run);
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
        editor.apply(new RenamePlan("新しい題名"));
        assertThat(editor.plan().title()).isEqualTo("新しい題名");
        assertThat(stored().title()).isEqualTo("新しい題名");
    }

    @Test
    void undoAndRedoRestoreAndStoreEachVersion() throws Exception {
        String original = editor.plan().title();
        editor.apply(new RenamePlan("A"));
        editor.apply(new RenamePlan("B"));
        assertThat(editor.undoDescription()).contains("計画名を「B」に変更");
        editor.undo();
        assertThat(stored().title()).isEqualTo("A");
        editor.undo();
        assertThat(stored().title()).isEqualTo(original);
        assertThat(editor.canUndo()).isFalse();
        editor.redo();
        assertThat(stored().title()).isEqualTo("A");
        editor.apply(new RenamePlan("C"));
        assertThat(editor.canRedo()).as("a new edit clears redo").isFalse();
    }

    @Test
    void anEditThatWouldMakeTheP1anInvalidChangesNothing() throws Exception {
        Plan before = editor.plan();
        Measure first = before.measures().get(0);
        Measure second = before.measures().get(1);
        Edit cycle = new PlanRewrite("edit", EditTarget.PLAN, List.of("前提の追加"), p -> {
            List<Measure> ms = new ArrayList<>(p.measures());
            ms.set(0, first.withDependsOn(List.of(second.id())));
            ms.set(1, second.withDependsOn(List.of(first.id())));
            return p.withMeasures(ms);
        });
        assertThatThrownBy(() -> editor.apply(cycle)).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining(first.id()).hasMessageContaining("→");
        assertThat(editor.plan()).isEqualTo(before);
        assertThat(stored()).isEqualTo(before);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void queuedCommitsAreWrittenInOrder() throws Exception {
        Executor later = queued::add;
        PlanEditor deferred = services.editor(id, stored(), later);
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
        deferred.apply(new RenamePlan("一"));
        deferred.apply(new RenamePlan("二"));
        assertThat(stored().title()).as("nothing written before the saver runs").isNotEqualTo("二");
        queued.forEach(Runnable::run);
        assertThat(stored().title()).isEqualTo("二");
        assertThat(results).containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void aFailedSaveIsReported() throws Exception {
        List<Optional<Throwable>> results = new ArrayList<>();
        PlanEditor gone = services.editor(999, stored(), Runnable::run);
        gone.addListener(new PlanEditor.Listener() {
            @Override
            public void planChanged(Plan plan) {
            }

            @Override
            public void saved(Optional<Throwable> error) {
                results.add(error);
            }
        });
        gone.apply(new RenamePlan("x"));
        assertThat(results).singleElement().satisfies(e -> assertThat(e).containsInstanceOf(PlanNotFoundException.class));
    }
}
