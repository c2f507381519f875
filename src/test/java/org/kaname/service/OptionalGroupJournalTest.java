package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.UngroupedPlans;
import org.kaname.edit.ChangeGroup;
import org.kaname.edit.ChangeMeasure;
import org.kaname.edit.RemoveGroup;
import org.kaname.model.Plan;
import org.kaname.store.Dialect;
import org.kaname.store.TestDatabases;

/**
 * Edits of a plan with a measure in no group and a group in no pillar, through the services the app and the CLI use:
 * stored, journaled and undone after a restart (the journal's parts keep the missing group as missing).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class OptionalGroupJournalTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    @Test
    void editsOfUngroupedMeasuresAreStoredAndUndoneAcrossARestart() throws Exception {
        Plan original = UngroupedPlans.mixed();
        long id;
        Plan edited;
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            id = services.plans().create(original);
            PlanService plans = services.plans();
            Plan after = plans.apply(id, ChangeMeasure.title(UngroupedPlans.UNGROUPED, "庁内チャットの全庁導入"));
            assertThat(after.measure(UngroupedPlans.UNGROUPED).orElseThrow().group()).isNull();
            // Taking G1 out of its pillar leaves the plan with no group under a pillar.
            after = plans.apply(id, new ChangeGroup("G1", ChangeGroup.Field.PILLAR, ""));
            assertThat(after.group("G1").orElseThrow().pillar()).isNull();
            // Removing a group removes its measures and none of the ungrouped ones.
            after = plans.apply(id, new RemoveGroup("G2"));
            assertThat(after.measures()).extracting(m -> m.id()).containsExactly("B01", "B03", "B04");
            edited = after;
            assertThat(plans.open(id).plan()).isEqualTo(edited);
        }
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            assertThat(services.plans().open(id).plan()).isEqualTo(edited);
            PlanEditor editor = services.editor(id, services.plans().open(id).plan(), Runnable::run);
            for (int i = 0; i < 3; i++) {
                assertThat(editor.undo()).isEmpty();
            }
            assertThat(editor.plan()).isEqualTo(original);
            assertThat(services.plans().open(id).plan()).isEqualTo(original);
        }
    }
}
