package org.kaname.ui.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kaname.engine.MeasureOutcome;
import org.kaname.engine.MonteCarloResult;
import org.kaname.engine.OneWaySensitivity;
import org.kaname.engine.SamplePercent;
import org.kaname.engine.WeightInterval;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;

/** Turns the engine's sensitivity results into rows and plain sentences (「S1-1 は 97% のサンプルで「高」のまま」). */
final class SensitivityTexts {
    private final Messages m;

    SensitivityTexts(Messages messages) {
        this.m = messages;
    }

    /**
     * One row per scored measure, in base rank order, with each tier's share shown by {@link SamplePercent} (the
     * chart and the printed report use the same rule, so 99.6% reads 99% everywhere).
     */
    static List<OutcomeRow> rows(MonteCarloResult result, Map<String, String> baseTiers) {
        List<OutcomeRow> rows = new ArrayList<>();
        for (MeasureOutcome o : result.outcomes()) {
            List<String> names = result.tierNames();
            double[] shares = new double[names.size() + 1];
            double sum = 0;
            for (int i = 0; i < names.size(); i++) {
                shares[i] = o.tierProbabilities().getOrDefault(names.get(i), 0.0);
                sum += shares[i];
            }
            // Samples below every tier: the rest, so the bar always covers all samples. The shares are counts over
            // the sample size, so a rest below one sample in a billion is the rounding of their sum, not a sample.
            double rest = 1 - sum;
            shares[names.size()] = rest > 1e-9 ? rest : 0;
            List<TierShare> parts = new ArrayList<>();
            for (int i = 0; i < shares.length; i++) {
                if (shares[i] > 0) {
                    boolean below = i == names.size();
                    parts.add(new TierShare(below ? "" : names.get(i), below ? -1 : i, shares[i],
                            SamplePercent.whole(shares[i])));
                }
            }
            rows.add(new OutcomeRow(o.measureId(), o.title(), o.baseRank(), baseTiers.getOrDefault(o.measureId(), ""),
                    o.meanRank(), o.rankP5(), o.rankP95(), o.probabilityFirst(), parts));
        }
        return rows;
    }

    /** The tier name as shown; samples below every tier are 「該当なし」. */
    String tierName(TierShare share) {
        return share.tierIndex() < 0 ? m.get("tier.none") : share.tier();
    }

    /** Plain sentences: the run, then each measure's chance of keeping its tier. */
    List<String> readings(MonteCarloResult result, List<OutcomeRow> rows) {
        List<String> out = new ArrayList<>();
        out.add(m.get("reading.run", number(result.options().samples()),
                Math.round(result.options().spread() * 100)));
        rows.stream().filter(r -> r.baseRank() == 1).findFirst().ifPresent(r -> out.add(m.get("reading.first",
                r.measureId(), SamplePercent.whole(r.probabilityFirst()))));
        for (OutcomeRow r : rows) {
            Optional<TierShare> base = r.shares().stream().filter(s -> s.tierIndex() >= 0 && s.tier().equals(r.baseTier()))
                    .findFirst();
            if (base.isEmpty()) {
                continue;
            }
            String sentence = m.get("reading.keeps", r.measureId(), base.get().percent(), r.baseTier());
            Optional<TierShare> other = r.shares().stream().filter(s -> s != base.get() && s.percent() > 0)
                    .max(Comparator.comparingDouble(TierShare::probability));
            if (other.isPresent()) {
                sentence += m.get("reading.otherwise", other.get().percent(), tierName(other.get()));
            }
            out.add(sentence);
        }
        if (!result.unscored().isEmpty()) {
            out.add(m.get("reading.unscored", String.join("、", result.unscored())));
        }
        return out;
    }

    /** One row per criterion: the interval in percent and the changes beyond each end, in words. */
    List<OneWayRow> oneWayRows(Plan plan, OneWaySensitivity.Result result) {
        String top = topTierName(plan);
        List<OneWayRow> rows = new ArrayList<>();
        for (WeightInterval w : result.intervals()) {
            String name = plan.criterion(w.criterionId()).map(Criterion::name).orElse(w.criterionId());
            String low = w.atLow().isEmpty() ? m.get("oneWay.noChangeLow")
                    : changes(w.atLow(), top);
            String high = w.atHigh().isEmpty() ? m.get("oneWay.noChangeHigh")
                    : changes(w.atHigh(), top);
            String reading = m.get("oneWay.reading", name, percent(w.low()), percent(w.high()), percent(w.weight()),
                    top);
            rows.add(new OneWayRow(w.criterionId(), name, 100 * w.weight(), 100 * w.low(), 100 * w.high(), low, high,
                    reading));
        }
        return rows;
    }

    /** 「いまの1位は S1-1、「高」は S1-1・S1-2 です。」 */
    String oneWaySummary(Plan plan, OneWaySensitivity.Result result) {
        if (result.firstMeasureId().isEmpty()) {
            return m.get("oneWay.noneScored");
        }
        String top = topTierName(plan);
        return m.get("oneWay.summary", result.firstMeasureId(), top,
                result.topTier().isEmpty() ? m.get("oneWay.nobody") : String.join("、", result.topTier()));
    }

    private String changes(List<WeightInterval.Change> changes, String top) {
        return changes.stream().map(c -> m.get("change." + c.kind().name(), c.measureId(), top))
                .collect(Collectors.joining("、"));
    }

    static String topTierName(Plan plan) {
        return plan.tiers().stream().max(Comparator.comparingDouble(org.kaname.model.Tier::minScore))
                .map(org.kaname.model.Tier::name).orElse("");
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
