package org.kaname.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenFixture;

/**
 * The history of revealed rounds on its own: plans built with the rounds engine on the sample plan (raters r1, r2,
 * r3) are handed to {@link RoundHistoryViewModel#refresh} as the workshop view model's editor listener would.
 */
class RoundHistoryViewModelTest {
    /** 2025-11-24 16:00 UTC, 2025-11-25 01:00 in Japan. */
    static final Instant REVEALED = Instant.ofEpochSecond(1_764_000_000L);
    @TempDir
    Path dir;
    ScreenFixture fixture;
    Plan sample;
    RoundHistoryViewModel history;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        sample = fixture.editor.plan();
        history = new RoundHistoryViewModel(sample, fixture.context.messages("org.kaname.ui.workshop.messages"),
                ZoneOffset.ofHours(9));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    /** {@code plan} with a round on S1-4 revealed: each rater's speed and feasibility (other criteria empty). */
    private static Plan revealedRound(Plan plan, String title, int[] speed, int[] feasibility, Instant at) {
        Plan p = Rounds.open(plan, title, List.of("S1-4"), List.of("r1", "r2", "r3"), false, false, at);
        List<String> raters = List.of("r1", "r2", "r3");
        for (int i = 0; i < raters.size(); i++) {
            p = Rounds.enter(p, "S1-4", "speed", raters.get(i), (double) speed[i], "", at);
            p = Rounds.enter(p, "S1-4", "feasibility", raters.get(i), (double) feasibility[i], "", at);
        }
        return Rounds.reveal(p, at);
    }

    @Test
    void withoutRevealedRoundsThereIsNothingToShow() {
        assertThat(history.rows()).isEmpty();
        assertThat(history.selectedRoundProperty().get()).isNull();
        assertThat(history.roundMeasures()).isEmpty();
        assertThat(history.chartMeasureIdProperty().get()).isNull();
        assertThat(history.chartProperty().get()).isNull();
        assertThat(history.movementSummaryProperty().get()).isEmpty();
        assertThat(history.movement()).isEmpty();
    }

    @Test
    void aRevealedRoundIsARowTheChosenRoundAndItsFirstMeasureIsCharted() {
        // Speed 1, 3, 5 (sd 2, half the 1–5 span: 50 %), feasibility 2, 2, 5 (sd √3 = 1.732, 43 %): mean 47 %;
        // both ranges ≥ 2, so two strong cells.
        Plan one = revealedRound(sample, "第1回", new int[] {1, 3, 5}, new int[] {2, 2, 5}, REVEALED);
        history.refresh(one);
        assertThat(history.rows()).singleElement().satisfies(h -> {
            assertThat(h.number()).isEqualTo(1);
            assertThat(h.title()).isEqualTo("第1回");
            assertThat(h.revealed()).isEqualTo("2025-11-25 01:00");
            assertThat(h.meanSpread()).isEqualTo("47%");
            assertThat(h.strongCells()).isEqualTo(2);
            assertThat(h.anonymous()).isFalse();
        });
        assertThat(history.selectedRoundProperty().get()).isEqualTo(1);
        assertThat(history.roundMeasures()).extracting(Measure::id).containsExactly("S1-4");
        assertThat(history.chartMeasureIdProperty().get()).isEqualTo("S1-4");
        assertThat(history.chartProperty().get()).isNotNull();
        assertThat(history.movementSummaryProperty().get()).as("nothing before round 1").isEmpty();
        // An open round is not history.
        history.refresh(Rounds.open(one, "第2回", List.of("S1-1"), List.of("r1"), false, false, REVEALED));
        assertThat(history.rows()).extracting(HistoryRow::number).containsExactly(1);
        assertThat(history.roundMeasures()).extracting(Measure::id).containsExactly("S1-4");
    }

    @Test
    void theChosenRoundStaysWhileItIsRevealedAndFallsBackToTheLatestWhenItGoes() {
        Plan one = revealedRound(sample, "第1回", new int[] {1, 3, 5}, new int[] {2, 2, 5}, REVEALED);
        // Round 2: speed 3, 3, 4 (sd 0.577, 14 %, range 1: not strong); feasibility 2, 3, 5 (sd 1.528, 38 %): 26 %.
        Plan two = revealedRound(one, "第2回", new int[] {3, 3, 4}, new int[] {2, 3, 5}, REVEALED.plusSeconds(3600));
        history.refresh(one);
        history.refresh(two);
        assertThat(history.rows()).extracting(HistoryRow::number).containsExactly(1, 2);
        assertThat(history.rows().get(1).revealed()).isEqualTo("2025-11-25 02:00");
        assertThat(history.selectedRoundProperty().get()).as("round 1 was chosen and is still there").isEqualTo(1);
        assertThat(history.movement()).isEmpty();

        history.selectedRoundProperty().set(2);
        assertThat(history.movementSummaryProperty().get())
                .isEqualTo("第1回 → 第2回：平均のばらつき 47% → 26%、強い相違 2 → 1");
        assertThat(history.movement()).extracting(MovementRow::criterionId).containsExactly("speed", "feasibility");

        // As an undo of round 2's reveal would: the chosen round is gone, the latest remaining one is shown.
        history.refresh(one);
        assertThat(history.rows()).extracting(HistoryRow::number).containsExactly(1);
        assertThat(history.selectedRoundProperty().get()).isEqualTo(1);
        assertThat(history.movementSummaryProperty().get()).isEmpty();
        assertThat(history.movement()).isEmpty();

        history.refresh(sample);
        assertThat(history.rows()).isEmpty();
        assertThat(history.selectedRoundProperty().get()).isNull();
        assertThat(history.roundMeasures()).isEmpty();
        assertThat(history.chartMeasureIdProperty().get()).isNull();
        assertThat(history.chartProperty().get()).isNull();
    }
}
