package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.io.PlanJson;
import org.kaname.model.IndicatorIds;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.store.BackupReason;
import org.kaname.store.JournalFilter;

/**
 * Databases written by earlier releases open in this one with every plan and round intact. The fixtures are real
 * files made by those releases ({@code src/test/resources/org/kaname/store/schema<N>/}): {@code kaname.mv.db} with two
 * plans (the sample, and the sample with a revealed and an open workshop round), and each plan's export by that
 * release, which this release must export byte for byte the same after the upgrade, but for the indicator ids the
 * upgrade to schema 6 gives.
 * H2 only: files written by earlier releases (a server starts at the current schema).
 */
class LegacyDatabaseUpgradeTest {
    @TempDir
    Path dir;

    private void install(String schema) throws Exception {
        for (String name : List.of("kaname.mv.db", "kaname.seal")) {
            try (InputStream in = getClass().getResourceAsStream("/org/kaname/store/" + schema + "/" + name)) {
                if (in != null) {
                    Files.copy(in, dir.resolve(name));
                }
            }
        }
    }

    private String fixture(String schema, String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/kaname/store/" + schema + "/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema2", "schema3"})
    void everyPlanAndRoundSurvivesTheUpgradeExactly(String schema) throws Exception {
        install(schema);
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            assertThat(services.plans().plans()).extracting(p -> p.id()).containsExactly(1L, 2L);
            PlanJson json = new PlanJson(Locale.JAPANESE);
            for (long id : List.of(1L, 2L)) {
                // Byte for byte the old export, but for the indicator ids schema 6 gives (S1-KGI-1…, in plan order).
                String old = fixture(schema, "plan-" + id + ".json");
                Plan before = json.read(old.getBytes(StandardCharsets.UTF_8), "plan-" + id + ".json");
                String exported = services.plans().exportText(id);
                assertThat(exported).as("plan %d", id).isEqualTo(json.write(IndicatorIds.assignMissing(before)))
                        .contains("\"id\": \"S1-KGI-1\"", "\"id\": \"S3-KPI-2\"");
                assertThat(exported.replaceAll("(?m)^ *\"id\": \"[^\"]*-K[GSP]I-[0-9]+\",\n", ""))
                        .as("plan %d without indicator ids", id).isEqualTo(old);
                assertThat(services.history().rows(id, JournalFilter.ALL, Locale.JAPANESE))
                        .singleElement().satisfies(r -> {
                            assertThat(r.entry().kind()).isEqualTo("migrated");
                            assertThat(r.entry().user()).isEqualTo(Users.systemUser());
                        });
            }
            assertThat(services.plans().open(2).plan().rounds()).hasSize(2)
                    .allSatisfy(r -> assertThat(r.scores()).isNotEmpty());
        }
        assertThat(Files.list(dir.resolve("backups")).map(p -> p.getFileName().toString()))
                .anySatisfy(n -> assertThat(n).contains(BackupReason.BEFORE_MIGRATION.code()));
    }

    @Test
    void anUpgradedPlanTakesEditsAndIsUpgradedOnlyOnce() throws Exception {
        install("schema2");
        Score first;
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            first = services.plans().open(1).plan().scores().get(0);
            services.plans().apply(1, SetScore.keepingNote(Cell.of(first), first.value() == 1 ? 2 : 1, null));
        }
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            assertThat(services.plans().open(1).plan().scores().get(0).value()).isEqualTo(first.value() == 1 ? 2 : 1);
            assertThat(services.history().rows(1, JournalFilter.ALL, Locale.JAPANESE))
                    .extracting(r -> r.entry().kind()).containsExactly("migrated", "set-score");
        }
    }
}
