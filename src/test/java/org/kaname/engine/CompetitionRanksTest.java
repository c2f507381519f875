package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompetitionRanksTest {
    /** The radix path (large inputs) must give exactly the order and ranks of the comparison sort, ties included. */
    @Test
    void radixSortAgreesWithTheComparisonSort() {
        int n = CompetitionRanks.RADIX_FROM * 3 + 7;
        double[] scores = new double[n];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            // Few distinct values (many ties), plus the extremes 0 and 100.
            scores[i] = i % 97 == 0 ? 100 : i % 89 == 0 ? 0 : random.nextInt(400) / 4.0;
        }
        int[] orderSorted = new int[n];
        int[] ranksSorted = new int[n];
        CompetitionRanks.rank(scores, n, new long[n], orderSorted, ranksSorted); // too small a buffer for radix
        int[] orderRadix = new int[n];
        int[] ranksRadix = new int[n];
        CompetitionRanks.rank(scores, n, new long[2 * n], orderRadix, ranksRadix);

        assertThat(orderRadix).isEqualTo(orderSorted);
        assertThat(ranksRadix).isEqualTo(ranksSorted);
        assertThat(scores[orderRadix[0]]).isEqualTo(100.0);
        assertThat(ranksRadix[orderRadix[0]]).isEqualTo(1);
        for (int k = 1; k < n; k++) {
            double before = scores[orderRadix[k - 1]];
            double here = scores[orderRadix[k]];
            assertThat(here).isLessThanOrEqualTo(before);
            if (here == before) {
                assertThat(orderRadix[k]).isGreaterThan(orderRadix[k - 1]); // ties in plan order
                assertThat(ranksRadix[orderRadix[k]]).isEqualTo(ranksRadix[orderRadix[k - 1]]);
            } else {
                assertThat(ranksRadix[orderRadix[k]]).isEqualTo(k + 1);
            }
        }
    }
}
