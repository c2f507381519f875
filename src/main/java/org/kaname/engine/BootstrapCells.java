package org.kaname.engine;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.kaname.model.Criterion;

/**
 * Redraws each measure × criterion value from its raters' values (a bootstrap: as many draws, with replacement, as
 * there are raters, then the aggregate), normalised as in the ranking contract. Three cases, all exact:
 * <ul>
 * <li>raters agree (or only one rated): the value never changes, no draw;</li>
 * <li>mean of whole-number values (the usual 1–5 ratings): the bootstrap mean can take only a few values, so its exact
 * distribution is computed once by convolution and then sampled with one random number (Walker's alias method);</li>
 * <li>otherwise (median, fractional values): the draws are made one by one.</li>
 * </ul>
 */
final class BootstrapCells {
    private static final byte FIXED = 0;
    private static final byte LATTICE = 1;
    private static final byte DRAW = 2;
    /** Widest whole-number range handled by the exact distribution. */
    private static final int MAX_SPAN = 100;

    private final Aggregation aggregation;
    private final byte[] kind;
    /** FIXED: the value; LATTICE: the value of outcome 0, each further outcome adding {@code step}. */
    private final double[] base;
    private final double[] step;
    /**
     * LATTICE: the alias entry of outcome j at {@code tableStart[cell] + j}, packed into one long so a draw touches one
     * memory location — the alias in the high half, the chance (× 2³²) of keeping j in the low half.
     * DRAW: the normalised raw values at {@code tableStart[cell]}.
     */
    private final int[] tableStart;
    private final int[] size;
    private final long[] aliasTable;
    private final double[] drawValues;
    private final int maxCount;

    /** Cells of the scored measures ({@code scored}, plan positions) × criteria, row by row. */
    BootstrapCells(ScoreTable table, List<Integer> scored, Aggregation aggregation, int samples) {
        this.aggregation = aggregation;
        int cc = table.criterionCount();
        int cells = scored.size() * cc;
        kind = new byte[cells];
        base = new double[cells];
        step = new double[cells];
        tableStart = new int[cells];
        size = new int[cells];
        long[][] tables = new long[cells][];
        double[][] draws = new double[cells][];
        int latticeTotal = 0;
        int drawTotal = 0;
        int max = 1;
        for (int i = 0; i < scored.size(); i++) {
            for (int c = 0; c < cc; c++) {
                int cell = i * cc + c;
                Criterion criterion = table.criteria().get(c);
                double[] raw = table.values(scored.get(i), c);
                max = Math.max(max, raw.length);
                double lo = Arrays.stream(raw).min().orElseThrow();
                double hi = Arrays.stream(raw).max().orElseThrow();
                if (lo == hi) {
                    kind[cell] = FIXED;
                    base[cell] = ScoreTable.normalise(criterion, lo);
                } else if (aggregation == Aggregation.MEAN && latticeWorthIt(raw, lo, hi, samples)) {
                    kind[cell] = LATTICE;
                    double[] distribution = meanDistribution(raw, (int) lo, (int) (hi - lo));
                    int k = raw.length;
                    base[cell] = ScoreTable.normalise(criterion, lo);
                    step[cell] = ScoreTable.normalise(criterion, lo + 1.0 / k) - base[cell];
                    size[cell] = distribution.length;
                    tables[cell] = aliasTable(distribution);
                    latticeTotal += distribution.length;
                } else {
                    kind[cell] = DRAW;
                    size[cell] = raw.length;
                    draws[cell] = new double[raw.length];
                    for (int k = 0; k < raw.length; k++) {
                        draws[cell][k] = ScoreTable.normalise(criterion, raw[k]);
                    }
                    drawTotal += raw.length;
                }
            }
        }
        maxCount = max;
        aliasTable = new long[latticeTotal];
        drawValues = new double[drawTotal];
        int lattice = 0;
        int draw = 0;
        for (int cell = 0; cell < cells; cell++) {
            if (kind[cell] == LATTICE) {
                tableStart[cell] = lattice;
                System.arraycopy(tables[cell], 0, aliasTable, lattice, size[cell]);
                lattice += size[cell];
            } else if (kind[cell] == DRAW) {
                tableStart[cell] = draw;
                System.arraycopy(draws[cell], 0, drawValues, draw, size[cell]);
                draw += size[cell];
            }
        }
    }

    /** Scratch space {@link #draw} needs for the median. */
    double[] newBuffer() {
        return new double[maxCount];
    }

    /** One bootstrap value of cell {@code cell}, normalised (cost flipped). */
    double draw(int cell, SplittableRandom random, double[] buffer) {
        switch (kind[cell]) {
            case FIXED:
                return base[cell];
            case LATTICE: {
                long r = random.nextLong();
                int j = (int) (((r >>> 32) * size[cell]) >>> 32);
                long entry = aliasTable[tableStart[cell] + j];
                int outcome = (r & 0xFFFF_FFFFL) < (entry & 0xFFFF_FFFFL) ? j : (int) (entry >>> 32);
                return base[cell] + step[cell] * outcome;
            }
            default:
                return aggregation == Aggregation.MEAN ? drawMean(cell, random) : drawMedian(cell, random, buffer);
        }
    }

    /** Whole numbers in a modest range, and convolving costs less than drawing one by one in every sample. */
    private static boolean latticeWorthIt(double[] raw, double lo, double hi, int samples) {
        for (double v : raw) {
            if (v != Math.rint(v)) {
                return false;
            }
        }
        double span = hi - lo;
        long k = raw.length;
        return span <= MAX_SPAN && k * k * (span + 1) * (span + 1) / 2 <= 4L * samples * k;
    }

    /** P(sum of k draws − k·lo = j), j = 0 … k·span, by k-fold convolution of the raters' frequencies. */
    static double[] meanDistribution(double[] raw, int lo, int span) {
        int k = raw.length;
        double[] single = new double[span + 1];
        for (double v : raw) {
            single[(int) v - lo] += 1.0 / k;
        }
        double[] dist = single.clone();
        for (int t = 1; t < k; t++) {
            double[] next = new double[dist.length + span];
            for (int a = 0; a < dist.length; a++) {
                if (dist[a] == 0) {
                    continue;
                }
                for (int b = 0; b <= span; b++) {
                    next[a + b] += dist[a] * single[b];
                }
            }
            dist = next;
        }
        return dist;
    }

    /**
     * Vose's alias method: column j keeps outcome j with its chance, else gives its alias. A column that always keeps
     * j has itself as alias, so its chance need not be stored exactly.
     */
    static long[] aliasTable(double[] p) {
        int n = p.length;
        double[] scaled = new double[n];
        double[] keep = new double[n];
        int[] alias = new int[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int s = 0;
        int l = 0;
        double total = 0;
        for (double v : p) {
            total += v;
        }
        for (int j = 0; j < n; j++) {
            scaled[j] = p[j] * n / total;
            if (scaled[j] < 1) {
                small[s++] = j;
            } else {
                large[l++] = j;
            }
        }
        while (s > 0 && l > 0) {
            int less = small[--s];
            int more = large[--l];
            keep[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            if (scaled[more] < 1) {
                small[s++] = more;
            } else {
                large[l++] = more;
            }
        }
        while (l > 0) {
            alias[large[--l]] = -1;
        }
        while (s > 0) {
            alias[small[--s]] = -1;
        }
        long[] table = new long[n];
        for (int j = 0; j < n; j++) {
            table[j] = alias[j] < 0 ? ((long) j << 32)
                    : ((long) alias[j] << 32) | Math.min(0xFFFF_FFFFL, (long) (keep[j] * 4294967296.0));
        }
        return table;
    }

    /** Mean of k draws with replacement; two 32-bit indices per random long (multiply-shift, bias below k/2³²). */
    private double drawMean(int cell, SplittableRandom random) {
        int k = size[cell];
        int first = tableStart[cell];
        double sum = 0;
        int j = 0;
        for (; j + 1 < k; j += 2) {
            long r = random.nextLong();
            sum += drawValues[first + (int) (((r >>> 32) * k) >>> 32)];
            sum += drawValues[first + (int) (((r & 0xFFFF_FFFFL) * k) >>> 32)];
        }
        if (j < k) {
            sum += drawValues[first + (int) (((random.nextLong() >>> 32) * k) >>> 32)];
        }
        return sum / k;
    }

    private double drawMedian(int cell, SplittableRandom random, double[] buffer) {
        int k = size[cell];
        int first = tableStart[cell];
        for (int j = 0; j < k; j++) {
            buffer[j] = drawValues[first + (int) (((random.nextLong() >>> 32) * k) >>> 32)];
        }
        Arrays.sort(buffer, 0, k);
        return Aggregation.medianOfSorted(buffer, k);
    }
}
