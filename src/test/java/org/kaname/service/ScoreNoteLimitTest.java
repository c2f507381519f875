package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.edit.Cell;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.SetScore;
import org.kaname.edit.SetScoreNote;
import org.kaname.model.Limits;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.store.Dialect;
import org.kaname.store.TestDatabases;

/**
 * A score's rationale edited on its own (one cell, not a change of parts the validator sees) is held to the plan's
 * limits too: at most {@link Limits#LONG_TEXT_LENGTH} characters, none a score sheet cannot hold.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class ScoreNoteLimitTest {
    @Parameter
    Dialect dialect;

    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aNoteOfTheLongestLengthIsStoredAndOneMoreIsRefusedInTheUsersLanguage() throws Exception {
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            Score s = editor.plan().scores().get(0);
            String longest = "理".repeat(Limits.LONG_TEXT_LENGTH);
            editor.apply(new SetScoreNote(Cell.of(s), longest));
            assertThat(services.plans().open(1).plan().scores().get(0).note()).isEqualTo(longest);

            Plan before = services.plans().open(1).plan();
            assertThatThrownBy(() -> editor.apply(new SetScoreNote(Cell.of(s), longest + "由")))
                    .isInstanceOf(EditRefusedException.class)
                    .satisfies(e -> assertThat(editor.texts().refusal((EditRefusedException) e))
                            .contains("30001").contains("30000").contains("理由"));
            assertThatThrownBy(() -> editor.apply(new SetScore(Cell.of(s), s.value() == 1 ? 2 : 1,
                    "x".repeat(Limits.LONG_TEXT_LENGTH + 1), T)))
                    .isInstanceOf(EditRefusedException.class).hasMessageContaining("30001");
            assertThat(services.plans().open(1).plan()).isEqualTo(before);
        }
    }

    @Test
    void aControlCharacterOrABrokenCharacterInANoteIsRefusedWithItsPosition() throws Exception {
        try (Services services = TestDatabases.services(dialect, dir, Locale.ENGLISH)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            Score s = editor.plan().scores().get(0);
            assertThatThrownBy(() -> editor.apply(new SetScoreNote(Cell.of(s), "ab\u0007c")))
                    .isInstanceOf(EditRefusedException.class)
                    .satisfies(e -> assertThat(editor.texts().refusal((EditRefusedException) e))
                            .contains("Character 3").contains("U+0007"));
            assertThatThrownBy(() -> editor.apply(new SetScoreNote(Cell.of(s), "😀x\uD800")))
                    .isInstanceOf(EditRefusedException.class).hasMessageContaining("Character 3")
                    .hasMessageContaining("U+D800");
            editor.apply(new SetScoreNote(Cell.of(s), "tab\there\r\nnext line 😀"));
            assertThat(services.plans().open(1).plan().scores().get(0).note()).isEqualTo("tab\there\r\nnext line 😀");
        }
    }
}
