package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaname.io.PlanJson;
import org.kaname.model.Criterion;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Scale;
import org.kaname.service.SamplePlan;

class PlanFingerprintTest {
    private final Plan sample = SamplePlan.load(new PlanJson(Locale.JAPANESE));

    @Test
    void isTheSha256OfTheSortedIdsAndScales() throws Exception {
        Plan tiny = Plan.empty("t", new FiscalYears(2026, 2030))
                .withCriteria(List.of(new Criterion("b", "B", "", 1, null, Scale.of(0, 10, null)),
                        new Criterion("a", "A", "", 1, null, null)))
                .withMeasures(List.of(Measure.of("m2", "g", "x"), Measure.of("m1", "g", "y")));
        String canonical = "kaname-score-structure/1\nmeasure\tm1\nmeasure\tm2\ncriterion\ta\t1\t5\ncriterion\tb\t0\t10\n";
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(PlanFingerprint.of(tiny)).isEqualTo(java.util.HexFormat.of().formatHex(hash));
    }

    @Test
    void ignoresWordingWeightsAndOrderButNotIdsOrScales() {
        String fp = PlanFingerprint.of(sample);
        List<Measure> reversed = new ArrayList<>(sample.measures());
        java.util.Collections.reverse(reversed);
        assertThat(PlanFingerprint.of(sample.withMeasures(reversed).withTitle("別の題"))).isEqualTo(fp);
        List<Criterion> reweighted = sample.criteria().stream().map(c -> c.withWeight(c.weight() * 2)).toList();
        assertThat(PlanFingerprint.of(sample.withCriteria(reweighted))).isEqualTo(fp);

        List<Criterion> rescaled = new ArrayList<>(sample.criteria());
        Criterion c0 = rescaled.get(0);
        rescaled.set(0, new Criterion(c0.id(), c0.name(), c0.description(), c0.weight(), c0.direction(),
                Scale.of(1, 10, null)));
        assertThat(PlanFingerprint.of(sample.withCriteria(rescaled))).isNotEqualTo(fp);
        assertThat(PlanFingerprint.of(sample.withMeasures(sample.measures().subList(0, 9)))).isNotEqualTo(fp);
    }
}
