package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;

class BootstrapCellsTest {
    /** Two raters, 1 and 3: the bootstrap sum is 2, 4 or 6 with probabilities 1/4, 1/2, 1/4 (offsets 0, 2, 4). */
    @Test
    void exactDistributionOfTheBootstrapSum() {
        double[] d = BootstrapCells.meanDistribution(new double[] {1, 3}, 1, 2);
        assertThat(d).containsExactly(new double[] {0.25, 0, 0.5, 0, 0.25}, within(1e-15));
    }

    /**
     * Raters 1, 2, 2, 5 on 1–5 (v = 0, .25, .25, 1): the bootstrap mean of v has mean 0.375 and variance
     * σ²/k = (Σ(v − 0.375)²/4)/4 = (0.140625 + 0.015625·2 + 0.390625)/16 = 0.03515625.
     * The exact (alias) path and the draw-by-draw path must both reproduce it.
     */
    @Test
    void bothSamplingPathsHaveTheBootstrapMeanAndVariance() {
        Plan plan = TestPlans.plan().benefit("x", 1)
                .measure("A").scores("A", "x", 1.0, 2.0, 2.0, 5.0).build();
        ScoreTable table = ScoreTable.of(plan);
        BootstrapCells lattice = new BootstrapCells(table, List.of(0), Aggregation.MEAN, 10_000);
        BootstrapCells direct = new BootstrapCells(table, List.of(0), Aggregation.MEAN, 1); // too few samples to pay
        for (BootstrapCells cells : List.of(lattice, direct)) {
            SplittableRandom random = new SplittableRandom(9);
            double[] buffer = cells.newBuffer();
            int n = 400_000;
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double v = cells.draw(0, random, buffer);
                sum += v;
                squares += v * v;
            }
            double mean = sum / n;
            assertThat(mean).isCloseTo(0.375, within(0.002));
            assertThat(squares / n - mean * mean).isCloseTo(0.03515625, within(0.0008));
        }
    }

    @Test
    void unanimousRatersAreNeverRedrawnAndMedianDrawsComeFromTheValues() {
        Plan plan = TestPlans.plan().benefit("x", 1)
                .measure("A").scores("A", "x", 4.0, 4.0, 4.0)
                .measure("B").scores("B", "x", 1.0, 5.0, 3.0).build();
        ScoreTable table = ScoreTable.of(plan);
        BootstrapCells cells = new BootstrapCells(table, List.of(0, 1), Aggregation.MEDIAN, 1000);
        SplittableRandom random = new SplittableRandom(1);
        double[] buffer = cells.newBuffer();
        for (int i = 0; i < 1000; i++) {
            assertThat(cells.draw(0, random, buffer)).isEqualTo(0.75);
            assertThat(cells.draw(1, random, buffer)).isIn(0.0, 0.5, 1.0); // a median of draws from 1, 3, 5
        }
    }
}
