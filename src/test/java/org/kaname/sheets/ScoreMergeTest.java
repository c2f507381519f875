package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;
import org.kaname.model.Score;

class ScoreMergeTest {
    static final Instant OLD = Instant.parse("2025-11-04T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-01-15T03:00:00Z");

    private static Plan plan(List<Score> scores) {
        return Plan.empty("t", new FiscalYears(2026, 2030)).withScores(scores);
    }

    @Test
    void setsReplacesRemovesAndKeepsEqualCellsWithTheirTime() {
        Score keep = new Score("m1", "c1", "r1", 3, "同じ", OLD);
        Score replace = new Score("m1", "c2", "r1", 2, "", OLD);
        Score remove = new Score("m2", "c1", "r1", 4, "", OLD);
        Score otherRater = new Score("m1", "c2", "r2", 5, "", OLD);
        Plan plan = plan(List.of(keep, replace, remove, otherRater));

        ScoreMerge.Result r = ScoreMerge.merge(plan, List.of(
                new SheetEntry("r1", "m1", "c1", 3.0, "同じ", "記入!G4"),
                new SheetEntry("r1", "m1", "c2", 4.0, "上げた", "記入!G5"),
                new SheetEntry("r1", "m2", "c1", null, "", "記入!G6"),
                new SheetEntry("r1", "m2", "c2", 1.0, "新規", "記入!G7"),
                new SheetEntry("r1", "m3", "c1", null, "", "記入!G8")), NOW);

        assertThat(r.plan().scores()).containsExactly(
                keep,
                new Score("m1", "c2", "r1", 4, "上げた", NOW),
                otherRater,
                new Score("m2", "c2", "r1", 1, "新規", NOW));
        assertThat(List.of(r.added(), r.changed(), r.removed(), r.unchanged())).containsExactly(1, 1, 1, 1);
    }

    @Test
    void aChangedRationaleAloneIsAChange() {
        Plan plan = plan(List.of(new Score("m1", "c1", "r1", 3, "前", OLD)));
        ScoreMerge.Result r = ScoreMerge.merge(plan, List.of(new SheetEntry("r1", "m1", "c1", 3.0, "後", "x")), NOW);
        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.plan().scores()).containsExactly(new Score("m1", "c1", "r1", 3, "後", NOW));
    }
}
